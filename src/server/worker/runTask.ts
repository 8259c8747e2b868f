import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface TaskOptions {
  /** A cap on the worker's memory: a task that needs more ends its worker, and the server goes on. */
  resourceLimits?: ResourceLimits;
  /** A task still running after this is stopped. */
  timeoutMs?: number;
  lowPriority?: boolean;
  /** How long a task may wait for a free worker before it is refused as busy; without it, as long as it takes. */
  maxWaitMs?: number;
}

/** Why a task did not finish: out of memory, out of time, no worker free in time, or its own error. */
export class TaskFailed extends Error {
  constructor(
    message: string,
    readonly reason: 'memory' | 'time' | 'busy' | 'error',
    readonly status?: number,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** Imports and snapshots together: each worker may take tens of megabytes, so few at a time. */
export const POOL_SIZE = 2;
/** An idle worker gives its memory back after this. */
const IDLE_MS = 60_000;

interface Task {
  module: string;
  fn: string;
  input: unknown;
  options: TaskOptions;
  resolve: (result: unknown) => void;
  reject: (err: unknown) => void;
  waiting?: NodeJS.Timeout;
}

type Reply = {
  ok: boolean;
  result?: unknown;
  message?: string;
  status?: number;
  errors?: Record<string, string>;
};

/** One worker thread, reused for task after task with the same limits. */
class Slot {
  readonly worker: Worker;
  task: Task | undefined;
  alive = true;
  private idle: NodeJS.Timeout | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly kind: string,
    options: TaskOptions,
    private readonly gone: (slot: Slot) => void,
  ) {
    this.worker = new Worker(new URL('./task.mjs', import.meta.url), {
      workerData: { lowPriority: options.lowPriority ?? false },
      resourceLimits: options.resourceLimits,
    });
    this.worker.on('message', (m: Reply) =>
      this.finish((t) =>
        m.ok
          ? t.resolve(m.result)
          : t.reject(new TaskFailed(m.message ?? 'failed', 'error', m.status, m.errors)),
      ),
    );
    this.worker.on('error', (err: Error & { code?: string }) => {
      const reason = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'error';
      this.end((t) => t.reject(new TaskFailed(err.message, reason)));
    });
    this.worker.on('exit', (code) =>
      this.end((t) => t.reject(new TaskFailed(`the worker exited with ${code}`, 'error'))),
    );
    this.worker.unref();
  }

  start(task: Task): void {
    clearTimeout(this.idle);
    this.task = task;
    // A busy worker keeps a command-line tool alive until its snapshot is written; an idle one does not.
    this.worker.ref();
    if (task.options.timeoutMs)
      this.timer = setTimeout(
        () => this.end((t) => t.reject(new TaskFailed('the task took too long', 'time'))),
        task.options.timeoutMs,
      );
    this.worker.postMessage({ module: task.module, fn: task.fn, input: task.input });
  }

  private finish(settle: (task: Task) => void): void {
    const task = this.task;
    if (!task) return;
    clearTimeout(this.timer);
    this.task = undefined;
    this.worker.unref();
    this.idle = setTimeout(() => this.end(() => undefined), IDLE_MS).unref();
    settle(task);
    this.gone(this);
  }

  /** The worker is done for: its task (if any) fails, and its place in the pool is free. */
  end(settle: (task: Task) => void, tell = true): void {
    if (!this.alive) return;
    this.alive = false;
    clearTimeout(this.timer);
    clearTimeout(this.idle);
    const task = this.task;
    this.task = undefined;
    void this.worker.terminate();
    if (task) settle(task);
    if (tell) this.gone(this);
  }
}

/**
 * At most POOL_SIZE worker threads for imports and snapshots, reused: a task waits in
 * line for a free one, and a task that may wait only briefly (an import, a person waiting)
 * is refused as busy when none frees up in time.
 */
class WorkerPool {
  private slots: Slot[] = [];
  private line: Task[] = [];

  run<T>(module: URL, fn: string, input: unknown, options: TaskOptions): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const task: Task = {
        module: module.href,
        fn,
        input,
        options,
        resolve: resolve as Task['resolve'],
        reject,
      };
      if (options.maxWaitMs !== undefined)
        task.waiting = setTimeout(() => {
          this.line = this.line.filter((t) => t !== task);
          reject(new TaskFailed('no worker free', 'busy'));
        }, options.maxWaitMs);
      this.line.push(task);
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.line.length > 0) {
      const task = this.line[0]!;
      const kind = JSON.stringify([task.options.resourceLimits ?? null, task.options.lowPriority ?? false]);
      let slot = this.slots.find((s) => !s.task && s.kind === kind);
      if (!slot) {
        const idle = this.slots.find((s) => !s.task);
        if (this.slots.length >= POOL_SIZE && !idle) return;
        // A worker made for other limits makes way for one with these.
        if (this.slots.length >= POOL_SIZE) {
          idle!.end(() => undefined, false);
          this.slots = this.slots.filter((s) => s !== idle);
        }
        slot = new Slot(kind, task.options, (s) => this.freed(s));
        this.slots.push(slot);
      }
      this.line.shift();
      clearTimeout(task.waiting);
      slot.start(task);
    }
  }

  private freed(slot: Slot): void {
    if (!slot.alive) this.slots = this.slots.filter((s) => s !== slot);
    this.dispatch();
  }
}

const pool = new WorkerPool();

/** Runs `fn` of the module at `module` in one of the pool's worker threads with `input`, and answers its result. */
export function runTask<T>(module: URL, fn: string, input: unknown, options: TaskOptions = {}): Promise<T> {
  return pool.run<T>(module, fn, input, options);
}
