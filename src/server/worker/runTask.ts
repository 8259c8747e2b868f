import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface TaskOptions {
  /** A cap on the worker's memory: a task that needs more ends, and the server goes on. */
  resourceLimits?: ResourceLimits;
  /** A task still running after this is stopped. */
  timeoutMs?: number;
  lowPriority?: boolean;
}

/** Why a task did not finish: out of memory, out of time, or its own error (with its status, if any). */
export class TaskFailed extends Error {
  constructor(
    message: string,
    readonly reason: 'memory' | 'time' | 'error',
    readonly status?: number,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** Runs `fn` of the module at `module` in a worker thread with `input`, and answers its result. */
export function runTask<T>(module: URL, fn: string, input: unknown, options: TaskOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./task.mjs', import.meta.url), {
      workerData: { module: module.href, fn, input, lowPriority: options.lowPriority ?? false },
      resourceLimits: options.resourceLimits,
    });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    };
    const timer = options.timeoutMs
      ? setTimeout(() => {
          settle(() => reject(new TaskFailed('the task took too long', 'time')));
          void worker.terminate();
        }, options.timeoutMs)
      : undefined;
    worker.once(
      'message',
      (m: { ok: boolean; result?: T; message?: string; status?: number; errors?: Record<string, string> }) =>
        settle(() =>
          m.ok
            ? resolve(m.result as T)
            : reject(new TaskFailed(m.message ?? 'failed', 'error', m.status, m.errors)),
        ),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(new TaskFailed(err.message, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'error')),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new TaskFailed(`the worker exited with ${code}`, 'error'))),
    );
  });
}
