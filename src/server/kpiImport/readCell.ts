import { readDanishNumber } from '../../domain/danishNumber';
import { valueError } from '../../domain/kpiRules';
import type { RawCell } from './table';

/** A cell's figure for an indicator of `unit`, or why it cannot be saved. */
export function readCell(cell: RawCell, unit: string): { value: number | null; error: string | null } {
  if (cell.problem) return { value: null, error: cell.problem };
  let value: number;
  if (cell.number !== undefined) {
    if (cell.percentFormat && unit !== 'percent')
      return { value: null, error: 'Cellen er en procent, men indikatoren tæller et antal' };
    // Excel keeps 25 % as 0.25; twelve digits drop the float's dust (0.155 × 100).
    value = cell.percentFormat ? Number((cell.number * 100).toPrecision(12)) : cell.number;
  } else {
    const reading = readDanishNumber(cell.text);
    if (reading.error !== undefined) return { value: null, error: reading.error };
    if (cell.text.includes('%') && unit !== 'percent')
      return { value: null, error: 'Tallet er en procent, men indikatoren tæller et antal' };
    value = reading.value;
  }
  return { value, error: valueError(unit, value) ?? null };
}
