/**
 * How a spreadsheet names an indicator in its header row. The template writes the name a
 * reader knows ("Beboerklagesager"), or "name (code)" when another indicator of the
 * programme has the same name or a code that reads like it; the import reads any of
 * those, and the code alone, as older templates and housing companies' own files write it.
 */
export interface NamedIndicator {
  code: string;
  name: string;
}

/** Headings compared as a reader would: case, spacing at the ends and doubled spaces do not count. */
export const normHeading = (s: string) => s.trim().toLocaleLowerCase('da').replace(/\s+/g, ' ');

const withCode = (i: NamedIndicator) => `${i.name} (${i.code})`;

/** Names that stand for one indicator only: no other has that name, nor that code. */
function uniqueNames<T extends NamedIndicator>(indicators: readonly T[]): Set<string> {
  const seen = new Map<string, number>();
  for (const i of indicators) seen.set(normHeading(i.name), (seen.get(normHeading(i.name)) ?? 0) + 1);
  const codes = new Set(indicators.map((i) => normHeading(i.code)));
  return new Set([...seen].filter(([name, n]) => n === 1 && !codes.has(name)).map(([name]) => name));
}

/** The template's heading of each indicator, in order. */
export function indicatorHeadings<T extends NamedIndicator>(indicators: readonly T[]): string[] {
  const unique = uniqueNames(indicators);
  return indicators.map((i) => (unique.has(normHeading(i.name)) ? i.name : withCode(i)));
}

/** Every heading that names one indicator: its code, "name (code)", and its name when unique. */
export function headingIndex<T extends NamedIndicator>(indicators: readonly T[]): Map<string, T> {
  const unique = uniqueNames(indicators);
  const index = new Map<string, T>();
  for (const i of indicators) {
    if (unique.has(normHeading(i.name))) index.set(normHeading(i.name), i);
    index.set(normHeading(withCode(i)), i);
  }
  // A code always means its own indicator.
  for (const i of indicators) index.set(normHeading(i.code), i);
  return index;
}
