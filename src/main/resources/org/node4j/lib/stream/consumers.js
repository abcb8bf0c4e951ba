// stream/consumers: read a whole stream (anything async-iterable) into one
// value.
'use strict';

const { Buffer } = require('buffer');

async function blob(stream) {
  const { Blob } = require('internal/blob');
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const ret = await blob(stream);
  return ret.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

// Strings pass through; bytes are decoded as one UTF-8 text, so a character
// split across chunks survives.
async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = { arrayBuffer, blob, buffer, text, json };
