// The snapshot runs in a worker thread, so no request waits while db.json is rewritten.
// The server runs TypeScript through tsx; a worker needs it registered for itself.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

// On Linux a priority is per thread: requests on the main thread go first.
try {
  os.setPriority(19);
} catch {
  /* not allowed here: the snapshot runs at normal priority */
}

const { writeSnapshot } = await tsImport('./snapshot.ts', import.meta.url);
try {
  parentPort.postMessage({ ok: true, ...(await writeSnapshot(workerData)) });
} catch (err) {
  parentPort.postMessage({ ok: false, message: err instanceof Error ? err.stack : String(err) });
}
