import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FILE_MODE, syncDir } from '../store/files/durable';

/**
 * What the store must not hold in clear (second-factor secrets) is sealed with a key the
 * server keeps outside it: a copy of db.json, users.json, the journal or the database alone
 * gives away no secret.
 */
export interface SecretBox {
  /** AES-256-GCM; `context` (e.g. the user's id) is bound in, so a sealed secret cannot be moved to another user. */
  seal(plain: string, context: string): string;
  /** The plain text, or undefined when it was sealed with another key or context. */
  open(sealed: string, context: string): string | undefined;
  /** A keyed hash, for what is only ever compared (recovery codes): useless without the key. */
  mac(value: string): string;
}

/** The key file, created on the first start when SECRET_KEY is not set. */
export const KEY_FILE = 'secret.key';
const MIN_KEY_LENGTH = 32;
const VERSION = 'v1';

const subKey = (material: Buffer, purpose: string) =>
  Buffer.from(crypto.hkdfSync('sha256', material, Buffer.alloc(0), `beredskab ${purpose}`, 32));

export function secretBox(material: Buffer): SecretBox {
  const sealKey = subKey(material, 'second factor secrets');
  const macKey = subKey(material, 'recovery codes');
  return {
    seal(plain, context) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', sealKey, iv).setAAD(Buffer.from(context));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, ...[iv, cipher.getAuthTag(), data].map((p) => p.toString('base64url'))].join('.');
    },
    open(sealed, context) {
      const [version, iv, tag, data] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || data === undefined) return undefined;
      try {
        const decipher = crypto
          .createDecipheriv('aes-256-gcm', sealKey, Buffer.from(iv, 'base64url'))
          .setAAD(Buffer.from(context))
          .setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        return undefined;
      }
    },
    mac: (value) => crypto.createHmac('sha256', macKey).update(value).digest('hex'),
  };
}

/**
 * The key material: `SECRET_KEY` when set (every process on one database must share it),
 * else DATA_DIR/secret.key, made on the first start with mode 0600. It is never in the
 * journal, the snapshots or their backups.
 */
export function secretKeyFrom(secretKey: string | undefined, dataDir: string): Buffer {
  if (secretKey !== undefined) {
    if (secretKey.length < MIN_KEY_LENGTH)
      throw new Error(
        `SECRET_KEY skal være mindst ${MIN_KEY_LENGTH} tegn, fx fra \`openssl rand -base64 32\``,
      );
    return Buffer.from(secretKey, 'utf8');
  }
  const file = path.join(dataDir, KEY_FILE);
  if (!fs.existsSync(file)) createKeyFile(file);
  const text = fs.readFileSync(file, 'utf8').trim();
  if (text.length < MIN_KEY_LENGTH) throw new Error(`${file} holder ingen gyldig nøgle`);
  return Buffer.from(text, 'utf8');
}

/** Written aside and linked into place, so two processes starting at once agree on one key. */
function createKeyFile(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'wx', FILE_MODE);
  try {
    fs.writeSync(fd, `${crypto.randomBytes(32).toString('base64')}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    fs.rmSync(temp, { force: true });
  }
  syncDir(path.dirname(file));
}
