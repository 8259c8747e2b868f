import { z } from 'zod';

/** Shared field shapes, so every resource validates ids, texts and dates the same way. */
export const id = z.int().positive();

export const requiredText = (max = 200) => z.string().trim().min(1).max(max);

/** Optional text is stored as null, never as '' (react-admin sends both). */
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** Years the panel deals in; beyond them ISO strings change shape (+010000-…) and sort wrongly. */
const inRange = (iso: string) => iso >= '1900-01-01' && iso < '2101-01-01';

/** Instants are stored in UTC so that string order is time order. */
export const isoDateTime = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s).toISOString())
  .refine(inRange, { params: { rule: 'yearRange' } });

export const optionalDateTime = isoDateTime.nullish().transform((v) => v ?? null);

export const isoDate = z.iso.date().refine(inRange, { params: { rule: 'yearRange' } });

export const optionalDate = isoDate.nullish().transform((v) => v ?? null);

export const count = z.int().min(0).max(10_000_000);

export const optionalCount = count.nullish().transform((v) => v ?? null);

export const flag = z.boolean().default(false);

const PHONE = /^\+?[0-9][0-9 ()-]{2,19}$/;
export const phone = z
  .string()
  .trim()
  .refine((s) => PHONE.test(s), { params: { rule: 'phone' } });

export const optionalPhone = phone
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));

export const optionalEmail = z
  .email()
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));
