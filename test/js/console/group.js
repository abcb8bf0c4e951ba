// group/groupCollapsed/groupEnd indentation, multi-line strings, extra groupEnd.
'use strict';
console.log('top');
console.group('Level 1');
console.log('one');
console.group();
console.log('two\nlines');
console.error('to stderr');
console.groupCollapsed('collapsed', 3);
console.info('three');
console.table([{ a: 1 }]);
console.groupEnd();
console.groupEnd();
console.warn('back to one');
console.groupEnd();
console.groupEnd();
console.log('top again');
