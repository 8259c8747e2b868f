// A worker of the pool: runs tasks off the request thread, one at a time, each the
// server's TypeScript module `module`, its export `fn`, called with `input`. The server
// runs TypeScript through tsx; a worker needs it registered for itself.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

// On Linux a priority is per thread: requests on the main thread go first.
if (workerData.lowPriority)
  try {
    os.setPriority(19);
  } catch {
    /* not allowed here: the task runs at normal priority */
  }

const modules = new Map();
parentPort.on('message', async ({ module, fn, input }) => {
  try {
    if (!modules.has(module)) modules.set(module, await tsImport(module, import.meta.url));
    parentPort.postMessage({ ok: true, result: await modules.get(module)[fn](input) });
  } catch (err) {
    parentPort.postMessage({
      ok: false,
      message: err instanceof Error ? err.message : String(err),
      status: err?.status,
      errors: err?.errors,
    });
  }
});
