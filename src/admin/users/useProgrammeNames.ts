import { useGetList } from 'react-admin';

/**
 * The names of the programmes the user may see, by id: one cached request for every
 * membership chip on a page (a programme administrator's list holds their own only).
 */
export function useProgrammeNames(): Map<unknown, string> {
  const { data = [] } = useGetList('programmes', {
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  return new Map(data.map((p) => [p.id, String(p.name)]));
}
