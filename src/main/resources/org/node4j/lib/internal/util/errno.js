// errno numbers to Node's codes and libuv's messages (Linux values).
'use strict';

const table = {
  1: ['EPERM', 'operation not permitted'],
  2: ['ENOENT', 'no such file or directory'],
  3: ['ESRCH', 'no such process'],
  4: ['EINTR', 'interrupted system call'],
  5: ['EIO', 'i/o error'],
  9: ['EBADF', 'bad file descriptor'],
  11: ['EAGAIN', 'resource temporarily unavailable'],
  12: ['ENOMEM', 'not enough memory'],
  13: ['EACCES', 'permission denied'],
  17: ['EEXIST', 'file already exists'],
  20: ['ENOTDIR', 'not a directory'],
  21: ['EISDIR', 'illegal operation on a directory'],
  22: ['EINVAL', 'invalid argument'],
  24: ['EMFILE', 'too many open files'],
  28: ['ENOSPC', 'no space left on device'],
  32: ['EPIPE', 'broken pipe'],
  39: ['ENOTEMPTY', 'directory not empty'],
};

function describe(errno) {
  const entry = table[-errno];
  if (entry === undefined) return { name: `Unknown system error ${errno}`, message: `Unknown system error ${errno}` };
  return { name: entry[0], message: entry[1] };
}

module.exports = { describe };
