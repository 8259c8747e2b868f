import { useGetList, type RaRecord } from 'react-admin';
import { copenhagenYear } from '../../domain/copenhagenDay';
import { openingYear } from '../../domain/dashboardStart';

const thisYear = () => copenhagenYear(new Date());
const yearOf = (date: unknown) => (typeof date === 'string' ? Number(date.slice(0, 4)) : undefined);

/**
 * The year a period selector starts on, by the domain's rule (openingYear), looked up here for a
 * programme the login answer did not carry (one created since).
 */
export function useDefaultYear(programme: RaRecord | undefined, needed = true): number | undefined {
  const current = thisYear();
  const [start, end] = [yearOf(programme?.periodStart), yearOf(programme?.periodEnd)];
  const running = !!programme && (!start || start <= current) && (!end || current <= end);
  // Asked only when no year was chosen: the page should not wait for lookups it does not use.
  const look = needed && !!programme && !running;
  const filter = { programmeId: programme?.id };
  const incidents = useGetList(
    'incidents',
    { filter, sort: { field: 'occurredAt', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { enabled: look },
  );
  const indicators = useGetList(
    'indicators',
    { filter, pagination: { page: 1, perPage: 200 } },
    { enabled: look },
  );
  const indicatorIds = (indicators.data ?? []).map((i) => i.id);
  const measurements = useGetList(
    'measurements',
    {
      filter: { indicatorId: indicatorIds },
      sort: { field: 'year', order: 'DESC' },
      pagination: { page: 1, perPage: 1 },
    },
    { enabled: look && indicatorIds.length > 0 },
  );
  if (!programme) return undefined;
  if (running) return current;
  if (incidents.isPending || indicators.isPending || (indicatorIds.length > 0 && measurements.isPending))
    return undefined;
  return openingYear(
    programme,
    {
      figures: Number(measurements.data?.[0]?.year ?? 0),
      incidents: yearOf(incidents.data?.[0]?.occurredAt),
    },
    current,
  );
}
