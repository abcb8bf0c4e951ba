// Flags: --unhandled-rejections=warn
const p = Promise.reject(new Error('late'));
setTimeout(() => p.catch(() => console.log('caught late')), 10);
