import { da } from '../admin/i18n/da';

/**
 * Danish labels from the panel's own message file, so a level or a field is named the
 * same on screen and in the workbook. A missing key falls back to the key itself.
 */
export function label(path: string): string {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], da);
  return typeof value === 'string' ? value : path.split('.').at(-1)!;
}

export const yesNo = (value: boolean | null | undefined) =>
  value === null || value === undefined ? '–' : value ? 'Ja' : 'Nej';
