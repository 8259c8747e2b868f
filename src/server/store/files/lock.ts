import fs from 'node:fs';
import path from 'node:path';
import { FILE_MODE } from './durable';

export class StoreLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process writes a DATA_DIR at a time: the journal has one end. A lock left by a
 * process that was killed is taken over; a live one is refused with a Danish message.
 * Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'store.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', FILE_MODE);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      const release = () => {
        process.off('exit', release);
        if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === String(process.pid)) fs.rmSync(file);
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && alive(holder))
        throw new StoreLockedError(
          `${dataDir} bruges af en anden proces (pid ${holder}, ${holder === process.pid ? 'denne' : 'en kørende server'}). Stop serveren først.`,
        );
      fs.rmSync(file, { force: true });
    }
  }
  throw new StoreLockedError(`${dataDir}: kunne ikke låse datamappen`);
}
