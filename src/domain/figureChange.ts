/**
 * A reported figure that moved a lot since last year, flagged for the reviewer (issue 29): more
 * than half up or down, or a percentage moved by more than 10 points. Nothing to compare with
 * (no figure last year, none this year) is no large change; from 0 any rise is one.
 */
export function isLargeChange(unit: string, lastYear: number | null, value: number | null): boolean {
  if (lastYear === null || value === null) return false;
  if (unit === 'percent' && Math.abs(value - lastYear) > 10) return true;
  if (lastYear === 0) return value !== 0;
  return Math.abs(value - lastYear) / Math.abs(lastYear) > 0.5;
}
