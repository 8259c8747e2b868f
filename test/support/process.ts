import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

export interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop: () => Promise<void>;
  /** kill -9, of the server and whatever it runs under. */
  killHard: () => Promise<void>;
}

const SERVER = [process.execPath, '--import', 'tsx', 'src/server/index.ts'];

/**
 * How long a spawned tool is waited for: until a server listens, until a script exits.
 * Each starts a TypeScript runtime, a second or three on an idle machine and many more on a
 * loaded one. Past it the process is stopped and the wait fails with what it said, rather than hang.
 */
export interface SpawnOptions {
  timeoutMs?: number;
}

/**
 * Starts `src/server/index.ts` as `npm run server` would, on a free port, and waits until
 * it listens. One process (node with tsx's loader, not the tsx wrapper that forks a child),
 * so a kill reaches the server itself. With `wrap` (say `unshare --pid --fork`) the
 * server runs under that command, in a process group of its own, so that `killHard`
 * reaches it whatever runs in between.
 */
export function startServerProcess(
  env: Record<string, string>,
  wrap: string[] = [],
  { timeoutMs = 30_000 }: SpawnOptions = {},
): Promise<Running> {
  const [command, ...args] = [...wrap, ...SERVER];
  const child = spawn(command!, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: wrap.length > 0,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited()) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const killHard = () =>
    new Promise<void>((resolve) => {
      if (exited()) return resolve();
      child.once('exit', () => resolve());
      if (wrap.length > 0) process.kill(-child.pid!, 'SIGKILL');
      else child.kill('SIGKILL');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running: it would hold the port and DATA_DIR's lock after the test.
      void killHard();
      reject(new Error(`server did not start in ${timeoutMs / 1000} s, killed it:\n${out}`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new ServerExited(code, signal, out));
    });
    child.stdout!.on('data', () => {
      const match = /kører på (http:\/\/[\w.:[\]-]+:\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => out, stop, killHard });
      }
    });
  });
}

/** A server that ended before it listened: how, and what it said. */
export class ServerExited extends Error {
  constructor(
    readonly code: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly output: string,
  ) {
    super(`server exited with ${code ?? signal}:\n${output}`);
  }
}

/**
 * Runs a command-line script with tsx and returns its exit code and output. One that has not
 * exited within `timeoutMs` is stopped (SIGTERM, which tsx passes on to the script; SIGKILL
 * if that is not enough) and the wait fails, naming the script and what it printed.
 */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  { timeoutMs = 60_000 }: SpawnOptions = {},
) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(TSX, [script, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }, 5_000).unref();
      reject(
        new Error(
          `${script} ${args.join(' ')} did not exit in ${timeoutMs / 1000} s, stopped it:\n${output}`,
        ),
      );
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    // 'close', not 'exit': only then has all the script printed been read.
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
