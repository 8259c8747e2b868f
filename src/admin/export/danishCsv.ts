import type { RaRecord } from 'react-admin';
import { spreadsheetDay, spreadsheetInstant, spreadsheetText } from '../../domain/spreadsheetCells';

/**
 * One column of a list's CSV. `choices` names the translation namespace of its labels
 * (`beredskab.<choices>.<value>`); `reference` the resource whose name replaces the id.
 */
export interface CsvColumn {
  source: string;
  type?: 'text' | 'number' | 'boolean' | 'day' | 'instant';
  choices?: string;
  reference?: string;
  /** The field of the referenced record to show; `name` unless told. */
  referenceText?: string;
  /** Sent only to the response group: the column is left out when no record has it. */
  confidential?: boolean;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A cell as Danish Excel opens it: never a formula, quotes only where needed. */
function csvCell(cell: string): string {
  const text = spreadsheetText(cell);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Semicolon separated with a BOM, so Danish Excel opens it in UTF-8 straight away. */
export function toDanishCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n');
}

const valueAt = (record: RaRecord, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | null | undefined)?.[key], record);

/**
 * A list's records as the CSV file: Danish headers from the field labels, labels and names
 * for codes and ids (`related`: the referenced records by column), dates as dates.
 */
export function danishCsv(
  resource: string,
  columns: readonly CsvColumn[],
  records: readonly RaRecord[],
  related: ReadonlyMap<string, Record<string, RaRecord>>,
  translate: Translate,
): string {
  const text = (c: CsvColumn, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    if (Array.isArray(value)) return value.map((v) => text(c, v)).join(', ');
    if (c.reference) {
      const record = related.get(c.source)?.[String(value)];
      return record ? String(record[c.referenceText ?? 'name'] ?? value) : String(value);
    }
    if (c.choices) return translate(`beredskab.${c.choices}.${String(value)}`, { _: String(value) });
    if (c.type === 'boolean' || typeof value === 'boolean')
      return translate(value ? 'beredskab.yes' : 'beredskab.no');
    if (c.type === 'number' || typeof value === 'number') return String(value).replace('.', ',');
    // 03-12-2026 10:30 whatever the panel's language: Danish spreadsheets read it as a date.
    if (c.type === 'instant') return spreadsheetInstant(String(value));
    if (c.type === 'day') return spreadsheetDay(String(value));
    return String(value);
  };
  const header = columns.map((c) => translate(`resources.${resource}.fields.${c.source}`, { _: c.source }));
  const rows = records.map((r) => columns.map((c) => text(c, valueAt(r, c.source))));
  return toDanishCsv(header, rows);
}
