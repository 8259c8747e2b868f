import { downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { danishCsv, type CsvColumn } from './danishCsv';

export type { CsvColumn } from './danishCsv';

/** The exporter of one list: the records as a Danish CSV (danishCsv.ts), downloaded. */
export function csvExporter(resource: string, columns: readonly CsvColumn[]): Exporter {
  return async (records: RaRecord[], fetchRelatedRecords) => {
    const translate = i18nProvider.translate;
    const shown = columns.filter((c) => !c.confidential || records.some((r) => c.source in r));
    const related = new Map<string, Record<string, RaRecord>>();
    for (const c of shown) {
      if (c.reference) related.set(c.source, await fetchRelatedRecords(records, c.source, c.reference));
    }
    downloadCSV(
      danishCsv(resource, shown, records, related, translate),
      translate(`resources.${resource}.name`, { smart_count: 2, _: resource }),
    );
  };
}
