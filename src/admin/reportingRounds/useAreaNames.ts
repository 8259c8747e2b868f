import { useGetList, useTranslate } from 'react-admin';

/** An item's place by name: its area, or the whole programme. */
export function useAreaNames(programmeId: number | undefined) {
  const translate = useTranslate();
  const { data = [] } = useGetList(
    'areas',
    { filter: { programmeId }, pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: programmeId !== undefined },
  );
  const names = new Map(data.map((a) => [a.id, a.name as string]));
  return (areaId: number | null, given?: string | null) =>
    given ?? (areaId === null ? translate('beredskab.reporters.wholeProgramme') : (names.get(areaId) ?? ''));
}
