import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useLocaleState } from 'react-admin';
import type { ReportForm } from '../api/reporting';
import { fetchReport } from './reportApi';
import { danishText, figureProblem, itemKey, missingReason, type Entry } from './reportModel';

export type Loaded =
  { state: 'loading' } | { state: 'bad'; message: string } | { state: 'ready'; form: ReportForm };

const entriesOf = (form: ReportForm | undefined): Record<string, Entry> =>
  Object.fromEntries(
    (form?.items ?? []).map((item) => [
      itemKey(item),
      { text: danishText(item.value), comment: item.comment ?? '' },
    ]),
  );

/**
 * The form as the server has it, and the reporter's typing over it, with each figure's problem.
 * The typing belongs to the answer it was typed over: loaded anew (after a submission), the
 * server's figures show again.
 */
export function useReportForm(token: string) {
  const [locale] = useLocaleState();
  const query = useQuery({
    queryKey: ['indberetning', token],
    queryFn: () => fetchReport(token),
    retry: false,
  });
  const form = query.data;
  const [typed, setTyped] = useState<{ over?: ReportForm; entries: Record<string, Entry> }>({ entries: {} });
  const entries = typed.over === form ? typed.entries : entriesOf(form);
  // The server's word on a figure after a save, until that figure is typed again.
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  // Set by a first try to submit: from then on a figure left empty without a reason is marked.
  const [reasonsShown, showReasons] = useState(false);

  const setEntry = useCallback(
    (key: string, change: Partial<Entry>) => {
      setServerErrors(({ [key]: _gone, ...rest }) => rest);
      setTyped((now) => {
        const base = now.over === form ? now.entries : entriesOf(form);
        return {
          over: form,
          entries: { ...base, [key]: { ...(base[key] ?? { text: '', comment: '' }), ...change } },
        };
      });
    },
    [form],
  );

  const loaded: Loaded = form
    ? { state: 'ready', form }
    : query.error
      ? { state: 'bad', message: query.error.message }
      : { state: 'loading' };
  const items = form?.items ?? [];
  const problems: Record<string, string> = { ...serverErrors };
  for (const item of items) {
    const problem = figureProblem(
      entries[itemKey(item)]?.text ?? '',
      item.unit,
      locale === 'en' ? 'en' : 'da',
    );
    if (problem) problems[itemKey(item)] = problem;
  }
  const unexplained = items
    .map(itemKey)
    .filter((key) => missingReason(entries[key] ?? { text: '', comment: '' }));
  const reload = async () => {
    await query.refetch();
  };
  return {
    loaded,
    entries,
    setEntry,
    problems,
    unexplained,
    reasonsShown,
    showReasons,
    setServerErrors,
    reload,
  };
}
