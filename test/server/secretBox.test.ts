import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEY_FILE, secretBox, secretKeyFrom } from '../../src/server/identity/secretBox';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beredskab-key-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the secret box', () => {
  it('opens what it sealed, for the same context and key only', () => {
    const box = secretBox(Buffer.from('k'.repeat(40)));
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:4');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP', 'totp:4')).not.toBe(sealed);
    expect(box.open(sealed, 'totp:4')).toBe('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'totp:5')).toBeUndefined();
    expect(secretBox(Buffer.from('x'.repeat(40))).open(sealed, 'totp:4')).toBeUndefined();
    const [v, iv, tag, data] = sealed.split('.');
    const flipped = `${v}.${iv}.${tag}.${data!.startsWith('A') ? 'B' : 'A'}${data!.slice(1)}`;
    expect(box.open(flipped, 'totp:4')).toBeUndefined();
    expect(box.open('not sealed', 'totp:4')).toBeUndefined();
  });

  it('hashes with the key: the same code under another key is another hash', () => {
    const a = secretBox(Buffer.from('a'.repeat(40)));
    expect(a.mac('abcde-fghjk')).toBe(a.mac('abcde-fghjk'));
    expect(a.mac('abcde-fghjk')).not.toBe(secretBox(Buffer.from('b'.repeat(40))).mac('abcde-fghjk'));
  });
});

describe('the key', () => {
  it('is made once in DATA_DIR/secret.key with mode 0600 and read again on the next start', () => {
    const dir = tempDir();
    const first = secretKeyFrom(undefined, dir);
    const file = path.join(dir, KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(secretKeyFrom(undefined, dir).equals(first)).toBe(true);
    expect(secretKeyFrom(undefined, tempDir()).equals(first)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([KEY_FILE]);
  });

  it('is SECRET_KEY when set, which must be long enough; no file is made', () => {
    const dir = tempDir();
    expect(() => secretKeyFrom('kort', dir)).toThrow(/SECRET_KEY skal være mindst 32 tegn/);
    const key = secretKeyFrom('s'.repeat(44), dir);
    expect(key.toString()).toBe('s'.repeat(44));
    expect(fs.existsSync(path.join(dir, KEY_FILE))).toBe(false);
  });
});
