// How a Duplex made from other streams (compose, Duplex.from({ readable,
// writable })) passes data through: its writes go into one stream, its reads
// come from another. Pending callbacks live in `waiting`, which the caller's
// _destroy clears with dropWaiting().
'use strict';

function takeAndCall(waiting, name) {
  const cb = waiting[name];
  if (cb) {
    waiting[name] = null;
    cb();
  }
}

// d._write/_final feed `target`; a write waits for 'drain' when target is full,
// and _final waits until the caller reports the writing side finished.
function forwardWrites(d, target, waiting) {
  d._write = function(chunk, encoding, callback) {
    if (target.write(chunk, encoding)) callback();
    else waiting.ondrain = callback;
  };
  d._final = function(callback) {
    target.end();
    waiting.onfinish = callback;
  };
  target.on('drain', () => takeAndCall(waiting, 'ondrain'));
}

// The writing side is done: release the held _final callback.
function writesFinished(waiting) {
  takeAndCall(waiting, 'onfinish');
}

// d._read pulls from `source` until it is empty or d is full; an empty source
// resumes the read on its next 'readable'. The source's end ends d.
function forwardReads(d, source, waiting) {
  source.on('readable', () => takeAndCall(waiting, 'onreadable'));
  source.on('end', () => { d.push(null); });
  d._read = function() {
    for (;;) {
      const chunk = source.read();
      if (chunk === null) {
        waiting.onreadable = d._read;
        return;
      }
      if (!d.push(chunk)) return;
    }
  };
}

function dropWaiting(waiting) {
  waiting.onreadable = null;
  waiting.ondrain = null;
  waiting.onfinish = null;
}

function newWaiting() {
  return { ondrain: null, onfinish: null, onreadable: null };
}

module.exports = { newWaiting, forwardWrites, writesFinished, forwardReads, dropWaiting };
