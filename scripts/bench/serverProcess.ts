import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './largeStore';

/**
 * The real server on a free port over `dataDir`, as `npm run server` starts it. Node with
 * tsx's loader is one process, so `server.kill()` stops the server itself.
 */
export async function startBenchServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', ...env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /kører på (http:\/\/[\w.:[\]-]+:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server.on('exit', () => reject(new Error(out)));
  });
  return { url, server };
}
