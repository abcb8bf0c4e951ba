// Color support detection for TTY streams, from the environment as Node does it.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

function getColorDepth(fd, env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return COLORS_16;
      case '2': return COLORS_256;
      case '3': return COLORS_16m;
      default: return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_16m;
  if (env.CI) return COLORS_256;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (/truecolor|24bit/.test(term)) return COLORS_16m;
    if (/256/.test(term)) return COLORS_256;
    if (/^(xterm|screen|vt100|vt220|rxvt|color|ansi|cygwin|linux|konsole|eterm)/.test(term)) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

// Whether output on fd should carry ANSI colors (console, fatal error reports).
function shouldColorize(fd) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) return getColorDepth(fd, env) > 2;
  return internalBinding('tty_wrap').isTTY(fd) && getColorDepth(fd, env) > 2;
}

// tty.WriteStream#hasColors and #getColorDepth, for any stream with an fd
// (stdout and stderr off a terminal answer too: no colours).
const streamColorMethods = {
  hasColors(count = 16, env = process.env) {
    if (typeof count === 'object' && count !== null) {
      env = count;
      count = 16;
    }
    return this.getColorDepth(env) >= Math.log2(count);
  },
  getColorDepth(env = process.env) {
    return getColorDepth(this.fd, env);
  },
};

module.exports = { getColorDepth, shouldColorize, streamColorMethods };
