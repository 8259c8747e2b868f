/**
 * Reads a figure as a Danish spreadsheet writes it: "26,8", "26,8 %", "1.234", or as an
 * English one writes it: "26.8". Undefined when it is no number.
 */
export function parseNumber(text: string): number | undefined {
  let s = text.trim().replace(/\s|%/g, '');
  if (s === '' || !/^-?[\d.,]+$/.test(s)) return undefined;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  const value = Number(s);
  return Number.isFinite(value) ? value : undefined;
}
