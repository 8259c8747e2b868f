import { useCallback, useEffect, useMemo } from 'react';
import { useGetList, useStore, type RaRecord } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { copenhagenYear } from '../../domain/copenhagenDay';
import { openingYear } from '../../domain/dashboardStart';
import type { PeriodQuery } from '../api/period';
import { useDashboardStart } from '../providers/useDashboardStart';
import { useGrants } from '../providers/useGrants';
import { useDefaultProgramme } from './useDefaultProgramme';
import { useDefaultYear } from './useDefaultYear';

export interface PeriodParams {
  programmes: RaRecord[];
  programme: RaRecord | undefined;
  /** Undefined until the defaults are known. */
  period: PeriodQuery | undefined;
  isPending: boolean;
  change(next: Partial<PeriodQuery>): void;
}

const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

const searchOf = ({ programmeId, year, projectYear }: Partial<PeriodQuery>) => ({
  programmeId: String(programmeId),
  ...(year ? { year: String(year) } : {}),
  ...(projectYear ? { projectYear: 'true' } : {}),
});

/**
 * Programme, year and project year kept in the URL (`?programmeId=1&year=2019`), so a
 * page can be bookmarked and sent on; the last choice is remembered for the next visit.
 */
export function usePeriodParams(storeKey: string): PeriodParams {
  const [params, setParams] = useSearchParams();
  const [stored, setStored] = useStore<Partial<PeriodQuery>>(storeKey, {});
  // A user in no programme is not kept waiting on a list they may not read.
  const grants = useGrants();
  const member = grants && (grants.role === 'admin' || grants.memberships.length > 0);
  // The login answer carried the programmes and where to open: the first render draws from it at
  // once, while the list is asked again beside the statistics (a programme may have come since).
  const start = useDashboardStart();
  const list = useGetList(
    'programmes',
    { sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    {
      enabled: member === true,
      placeholderData: start && { data: start.programmes, total: start.programmes.length },
    },
  );
  const programmes = useMemo(() => (member ? (list.data ?? []) : []), [member, list.data]);
  const isPending = member === undefined || (member && list.isPending);
  const known = (id: number | undefined) => programmes.find((p) => p.id === id);
  const fromUrl = numberParam(params.get('programmeId'));
  // The programme last used on any of these pages, then this page's own memory.
  const [lastUsed, setLastUsed] = useStore<number | undefined>('period.programmeId');
  // A link to a programme the user does not see (not a member, or gone) opens on their own instead.
  const fromUrlKnown = known(fromUrl);
  const chosen = fromUrlKnown ?? known(lastUsed) ?? known(stored.programmeId);
  const opening = start ? known(start.programmeId ?? undefined) : undefined;
  const fallback = useDefaultProgramme(programmes, !isPending && !chosen && !opening);
  const programme = chosen ?? opening ?? fallback;
  // The remembered year and project year belong to the remembered programme only.
  const remembered = !fromUrlKnown && programme?.id === stored.programmeId ? stored : {};
  // The URL's year and project year belong to the URL's programme.
  const urlApplies = fromUrl === undefined || fromUrlKnown !== undefined;
  const urlYear = urlApplies ? numberParam(params.get('year')) : undefined;
  const chosenYear = urlYear ?? remembered.year;
  const carried = start?.programmes.find((p) => p.id === programme?.id);
  const openYear =
    carried &&
    openingYear(
      carried,
      { figures: carried.latestFigures, incidents: carried.latestIncidents },
      copenhagenYear(new Date()),
    );
  const defaultYear = useDefaultYear(programme, chosenYear === undefined && openYear === undefined);
  const year = chosenYear ?? openYear ?? defaultYear;
  const projectYear =
    urlApplies && params.has('projectYear')
      ? params.get('projectYear') === 'true'
      : Boolean(remembered.projectYear);
  const programmeId = programme ? Number(programme.id) : undefined;
  const period = useMemo(
    () => (programmeId && year ? { programmeId, year, projectYear } : undefined),
    [programmeId, year, projectYear],
  );

  const change = useCallback(
    (next: Partial<PeriodQuery>) => {
      if (!period) return;
      // Another programme starts on its own default year.
      const switching = next.programmeId !== undefined && next.programmeId !== period.programmeId;
      setParams(searchOf(switching ? { programmeId: next.programmeId } : { ...period, ...next }), {
        replace: true,
      });
    },
    [period, setParams],
  );

  // The defaults go into the URL, so what is shown can be shared as it is.
  const inUrl = fromUrlKnown !== undefined && urlYear !== undefined;
  const { year: storedYear, programmeId: storedId, projectYear: storedProjectYear } = stored;
  useEffect(() => {
    if (!period) return;
    if (lastUsed !== period.programmeId) setLastUsed(period.programmeId);
    if (!inUrl) setParams(searchOf(period), { replace: true });
    else if (
      storedId !== period.programmeId ||
      storedYear !== period.year ||
      Boolean(storedProjectYear) !== period.projectYear
    )
      setStored(period);
  }, [period, inUrl, setParams, setStored, storedId, storedYear, storedProjectYear, lastUsed, setLastUsed]);

  return { programmes, programme, period, isPending, change };
}
