import { useGetList, useGetOne, type RaRecord } from 'react-admin';

/**
 * The programme a first visit opens on: the one with the latest measurement, so a new user
 * sees KPIs rather than an empty programme; else the one with the latest incident.
 * Undefined while it is being looked up.
 */
export function useDefaultProgramme(programmes: RaRecord[], needed: boolean): RaRecord | undefined {
  const look = needed && programmes.length > 1;
  const latest = { page: 1, perPage: 1 };
  const measurement = useGetList(
    'measurements',
    { sort: { field: 'year', order: 'DESC' }, pagination: latest },
    { enabled: look },
  );
  const indicatorId = measurement.data?.[0]?.indicatorId;
  const indicator = useGetOne('indicators', { id: indicatorId }, { enabled: look && indicatorId != null });
  const incident = useGetList(
    'incidents',
    { sort: { field: 'occurredAt', order: 'DESC' }, pagination: latest },
    { enabled: look && measurement.isSuccess && indicatorId == null },
  );
  const known = (id: unknown) => programmes.find((p) => p.id === id);
  if (!look) return programmes[0];
  if (measurement.isPending) return undefined;
  if (indicatorId != null) {
    if (indicator.isPending) return undefined;
    return known(indicator.data?.programmeId) ?? programmes[0];
  }
  if (incident.isPending && !measurement.isError) return undefined;
  return known(incident.data?.[0]?.programmeId) ?? programmes[0];
}
