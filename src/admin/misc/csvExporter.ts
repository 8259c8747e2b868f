import { downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { dateFormats } from './useFormatDate';

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

/** 26.10.2026 21.00 in Copenhagen time, as Danish Excel reads it, whatever the panel's language. */
const danish = dateFormats('da-DK');

/** A cell as Danish Excel opens it: decimal commas, quotes only where needed. */
function csvCell(text: string): string {
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

/** The exporter of one list: Danish headers from the field labels, labels and names for codes and ids. */
export function csvExporter(resource: string, columns: readonly CsvColumn[]): Exporter {
  return async (records: RaRecord[], fetchRelatedRecords) => {
    const translate = i18nProvider.translate;
    const shown = columns.filter((c) => !c.confidential || records.some((r) => c.source in r));
    const related = new Map<string, Record<string, RaRecord>>();
    for (const c of shown) {
      if (c.reference) related.set(c.source, await fetchRelatedRecords(records, c.source, c.reference));
    }
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
      if (c.type === 'instant') return danish.instant(String(value));
      if (c.type === 'day') return danish.day(String(value));
      return String(value);
    };
    const header = shown.map((c) => translate(`resources.${resource}.fields.${c.source}`, { _: c.source }));
    const rows = records.map((r) => shown.map((c) => text(c, valueAt(r, c.source))));
    downloadCSV(
      toDanishCsv(header, rows),
      translate(`resources.${resource}.name`, { smart_count: 2, _: resource }),
    );
  };
}
