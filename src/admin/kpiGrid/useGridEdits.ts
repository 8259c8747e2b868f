import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { KpiGrid } from '../api/kpiGrid';
import { useIntlLocale } from '../formatting/useIntlLocale';
import { cellKey, cellProblem, changedCells, storedValues, type Texts } from './gridModel';

/**
 * What the user has typed in the grid, checked cell by cell as they type, and the errors
 * the server gave per cell on the last save (cleared as soon as that cell is edited).
 */
export function useGridEdits(grid: KpiGrid | undefined) {
  const translate = useTranslate();
  const [panelLocale] = useLocaleState();
  const locale = useIntlLocale();
  const [texts, setTexts] = useState<Texts>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [notices, setNotices] = useState<Record<string, string>>({});

  // Thousands grouped as the dashboard writes them (3.000) in Danish, which the grid reads
  // back as it is typed; not in English, where "3,000" would read back as a decimal comma.
  const format = useMemo(
    () => new Intl.NumberFormat(locale, { useGrouping: panelLocale !== 'en', maximumFractionDigits: 6 }),
    [locale, panelLocale],
  );
  const stored = useMemo(() => (grid ? storedValues(grid) : new Map<string, number>()), [grid]);
  const units = useMemo(() => new Map(grid?.indicators.map((i) => [i.id, i.unit])), [grid]);
  const changes = useMemo(() => (grid ? changedCells(grid, texts) : []), [grid, texts]);

  const problems = useMemo(() => {
    const notANumber = translate('beredskab.kpiGrid.notANumber');
    const found: Record<string, string> = { ...serverErrors };
    for (const [key, text] of Object.entries(texts)) {
      const unit = units.get(Number(key.split(':')[0])) ?? 'count';
      const problem = cellProblem(text, unit, notANumber, panelLocale === 'en' ? 'en' : 'da');
      if (problem) found[key] = problem;
    }
    return found;
  }, [texts, serverErrors, units, translate, panelLocale]);

  const textOf = useCallback(
    (key: string) => texts[key] ?? (stored.has(key) ? format.format(stored.get(key)!) : ''),
    [texts, stored, format],
  );
  const setText = useCallback((key: string, text: string) => {
    setTexts((all) => ({ ...all, [key]: text }));
    setServerErrors(({ [key]: _gone, ...rest }) => rest);
    setNotices(({ [key]: _seen, ...rest }) => rest);
  }, []);
  /** Figures from an imported file, written into their cells as if typed. */
  const fill = useCallback(
    (cells: { indicatorId: number; areaId: number | null; value: number }[]) =>
      setTexts((all) => ({
        ...all,
        ...Object.fromEntries(cells.map((c) => [cellKey(c.indicatorId, c.areaId), format.format(c.value)])),
      })),
    [format],
  );
  const reset = useCallback(() => {
    setTexts({});
    setServerErrors({});
    setNotices({});
  }, []);

  const dirty = changes.length > 0;
  useEffect(() => {
    if (!dirty) return;
    // Leaving or reloading the page with unsaved figures asks first.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    texts,
    changes,
    problems,
    notices,
    dirty,
    textOf,
    setText,
    fill,
    reset,
    setServerErrors,
    setNotices,
  };
}

export type GridEdits = ReturnType<typeof useGridEdits>;
