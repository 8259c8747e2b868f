import { z } from 'zod';
import { id, optionalText, requiredText } from './fields';

export const UNITS = ['count', 'percent'] as const;
export const DIRECTIONS = ['lower', 'higher'] as const;
export const PERIODS = ['calendarYear', 'projectYear'] as const;
export const TARGET_RULES = ['relativePerYear', 'absoluteChange', 'fixed', 'higherThanBaseline'] as const;

const year = z.int().min(1990).max(2100);

/**
 * How an indicator's target is set (seed 003): complaints fall 5 % of the baseline a
 * year and never exceed it; turnover falls 2 points by a year; safety ends higher than
 * its baseline; or a fixed value.
 */
export const targetSchema = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('relativePerYear'),
    percentPerYear: z.number().min(-100).max(100),
    capAtBaseline: z.boolean().default(true),
  }),
  z.object({ rule: z.literal('absoluteChange'), change: z.number().min(-1000).max(1000), byYear: year }),
  z.object({ rule: z.literal('fixed'), value: z.number().min(0) }),
  z.object({ rule: z.literal('higherThanBaseline') }),
]);
export type Target = z.infer<typeof targetSchema>;

export const indicatorSchema = z.object({
  programmeId: id,
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-zA-Z0-9_-]+$/),
  name: requiredText(200),
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  baselineYear: year,
  target: targetSchema,
  /** Measured per calendar year, or per project year (Viborg: 1 April – 31 March). */
  period: z.enum(PERIODS).default('calendarYear'),
  /** Measured for each area, or once for the whole programme (the resident survey). */
  perArea: z.boolean().default(true),
  dataSource: optionalText(1000),
});
export type IndicatorInput = z.infer<typeof indicatorSchema>;
export type Indicator = IndicatorInput & { id: number };

export const measurementSchema = z.object({
  indicatorId: id,
  /** None for a programme-wide figure. */
  areaId: id.nullish().transform((v) => v ?? null),
  year,
  value: z.number().min(0).max(10_000_000),
  source: optionalText(500),
  note: optionalText(2000),
});
export type MeasurementInput = z.infer<typeof measurementSchema>;
export type Measurement = MeasurementInput & { id: number };

/** A programme year approved at the status meeting: its measurements are frozen until unlocked. */
export const yearLockSchema = z.object({
  programmeId: id,
  year,
  reason: requiredText(1000),
  active: z.boolean().default(true),
  unlockReason: optionalText(1000),
});
export type YearLock = z.infer<typeof yearLockSchema> & { id: number };
