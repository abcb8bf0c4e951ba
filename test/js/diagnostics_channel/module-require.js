'use strict';
// require() reports to the 'module.require' TracingChannel.
const dc = require('diagnostics_channel');
const path = require('path');
const events = [];
const record = (name) => (ctx) => events.push([name, path.basename(ctx.parentFilename), ctx.id,
  ctx.error ? ctx.error.code : undefined, ctx.result === undefined ? undefined : typeof ctx.result]);
const handlers = { start: record('start'), end: record('end'), error: record('error'),
  asyncStart: record('asyncStart'), asyncEnd: record('asyncEnd') };
dc.tracingChannel('module.require').subscribe(handlers);
require('os');
try { require('./does-not-exist'); } catch {}
dc.tracingChannel('module.require').unsubscribe(handlers);
require('util');
for (const e of events) console.log(JSON.stringify(e));
