// warn/error go to stderr, log/info/debug to stdout; destructured methods stay bound.
'use strict';
console.log('log');
console.info('info');
console.debug('debug');
console.warn('warn %s', 'fmt');
console.error('error', 1, 'two');
const { log, error } = console;
log('bound log');
error('bound error');
console.error();
console.log();
