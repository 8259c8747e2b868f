import crypto from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** The name an authenticator app shows above the code. */
export const ISSUER = 'Beredskab';
export const RECOVERY_CODE_COUNT = 10;

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30 seconds. */
const totpOf = (secret: string, username = '') =>
  new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

/** 160 random bits, as RFC 4226 recommends, in base32 for typing into an app by hand. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** `otpauth://totp/Beredskab:<username>?…&issuer=Beredskab`, what the QR code holds. */
export const totpUri = (secret: string, username: string): string => totpOf(secret, username).toString();

/**
 * The time step a code belongs to, allowing one step either side of now for a clock that
 * drifts or a code typed as it turned; undefined for a wrong code. Real time, not the domain's clock.
 */
export function totpStep(secret: string, code: string, now: number): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const totp = totpOf(secret);
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? undefined : totp.counter({ timestamp: now }) + delta;
}

// No 0/o, 1/l/i: the codes are read off paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes of ten characters (about 49 bits each), written `abcde-fghjk`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** A recovery code as typed: case, spaces and dashes do not matter. */
export const normalRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');
