// IP address syntax, shared by net, dns, url and http.
'use strict';

// Dotted-quad decimal only: each part 0-255, no leading zeros.
const v4Part = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const v4 = `(?:${v4Part}\\.){3}${v4Part}`;
const IPv4Re = new RegExp(`^${v4}$`);

const g = '[0-9a-fA-F]{1,4}';
// RFC 4291 text forms, with an optional embedded IPv4 tail and zone id.
const IPv6Re = new RegExp('^(?:' +
  `(?:${g}:){7}(?:${g}|:)|` +
  `(?:${g}:){6}(?:${v4}|:${g}|:)|` +
  `(?:${g}:){5}(?::${v4}|(?::${g}){1,2}|:)|` +
  `(?:${g}:){4}(?:(?::${g}){0,1}:${v4}|(?::${g}){1,3}|:)|` +
  `(?:${g}:){3}(?:(?::${g}){0,2}:${v4}|(?::${g}){1,4}|:)|` +
  `(?:${g}:){2}(?:(?::${g}){0,3}:${v4}|(?::${g}){1,5}|:)|` +
  `(?:${g}:){1}(?:(?::${g}){0,4}:${v4}|(?::${g}){1,6}|:)|` +
  `(?::(?:(?::${g}){0,5}:${v4}|(?::${g}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(input) {
  return IPv4Re.test(`${input}`);
}

function isIPv6(input) {
  return IPv6Re.test(`${input}`);
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6, IPv4Re, IPv6Re };
