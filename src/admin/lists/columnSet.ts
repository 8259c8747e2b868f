import type { ReactElement } from 'react';

/**
 * One column set per list, for its list page and for the same list shown inside a record,
 * where the columns that record already says are left out (`notInRecord`, by key). Elements,
 * not a component: the DataTable counts its children, e.g. for its loading skeleton.
 */
export const columnSet =
  (all: ReactElement[], notInRecord: readonly string[]) =>
  ({ inRecord = false } = {}) =>
    inRecord ? all.filter((column) => !notInRecord.includes(String(column.key))) : all;
