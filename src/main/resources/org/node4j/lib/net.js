// node:net. So far the address helpers and the happy-eyeballs defaults;
// sockets and servers (on Netty) come with the net issue.
'use strict';

const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { validateBoolean, validateInt32 } = require('internal/validators');

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

// Below 10 ms an attempt could not even finish a local handshake; node clamps.
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = Math.max(value, 10);
}

module.exports = {
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
