import fs from 'node:fs';
import writeFileAtomic from 'write-file-atomic';

/** Temp file, fsync, rename: a crash leaves either the old or the new file, never half of one. */
export function writeJsonAtomic(file: string, data: unknown): void {
  writeFileAtomic.sync(file, JSON.stringify(data), { fsync: true });
}

export function readJson<T>(file: string): T | undefined {
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${file} is not valid JSON; restore it from a backup before starting`);
  }
}
