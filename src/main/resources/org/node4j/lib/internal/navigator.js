// The `navigator` global (a subset of the web's Navigator). Every property is
// computed on first read, so touching `navigator` costs nothing at startup.
'use strict';

const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

// navigator.platform as browsers spell it for each OS and CPU.
function getNavigatorPlatform(arch, platform) {
  switch (platform) {
    case 'darwin': return 'MacIntel';
    case 'win32': return 'Win32';
    case 'aix': return 'AIX';
    case 'linux':
      if (arch === 'ia32') return 'Linux i686';
      if (arch === 'x64') return 'Linux x86_64';
      return `Linux ${arch}`;
    case 'freebsd':
    case 'openbsd': {
      const os = platform === 'freebsd' ? 'FreeBSD' : 'OpenBSD';
      if (arch === 'ia32') return `${os} i386`;
      if (arch === 'x64') return `${os} amd64`;
      return `${os} ${arch}`;
    }
    case 'sunos':
      return arch === 'ia32' ? 'SunOS i86pc' : `SunOS ${arch}`;
    default:
      return `${platform[0].toUpperCase()}${platform.slice(1)} ${arch}`;
  }
}

// The locale Intl uses by default (from LC_ALL/LC_MESSAGES/LANG).
function defaultLanguage() {
  return new Intl.Collator().resolvedOptions().locale || 'en-US';
}

const kInitialize = Symbol('kInitialize');

class Navigator {
  #hardwareConcurrency;
  #language;
  #languages;
  #userAgent;
  #platform;

  constructor(key = undefined) {
    // Only this module makes the one instance.
    if (key !== kInitialize) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    this.#hardwareConcurrency ??= require('os').availableParallelism();
    return this.#hardwareConcurrency;
  }

  get language() {
    this.#language ??= defaultLanguage();
    return this.#language;
  }

  // Frozen, and made from the real language even when `language` was redefined.
  get languages() {
    this.#languages ??= Object.freeze([this.#language ?? defaultLanguage()]);
    return this.#languages;
  }

  get userAgent() {
    const version = process.version;
    this.#userAgent ??= `Node.js/${version.slice(1, version.indexOf('.'))}`;
    return this.#userAgent;
  }

  get platform() {
    this.#platform ??= getNavigatorPlatform(process.arch, process.platform);
    return this.#platform;
  }
}

// Accessors are enumerable, as in Node.
for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, name, { __proto__: null, enumerable: true });
}

const navigator = new Navigator(kInitialize);

module.exports = { getNavigatorPlatform, navigator, Navigator };
