// Preloaded with `node --import` by tests: writes every module URL the process loads to the file in
// RECORD_IMPORTS_FILE when it exits (a module-loader hook, so dynamic imports are seen as well).
import { writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const loaded = [];
port1.on('message', (url) => loaded.push(url));
port1.unref();
const hooks = `let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { port: port2 }, transferList: [port2] });
process.on('exit', () => writeFileSync(process.env.RECORD_IMPORTS_FILE ?? 'imports.json', JSON.stringify(loaded)));
