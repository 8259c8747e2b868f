import { useStore } from 'react-admin';

interface Choice {
  programmeId?: number;
  areaId?: number;
}

/** The programme and area of the last incident registered in this browser, for the next one. */
export function useLastChoice() {
  const [last, setLast] = useStore<Choice>('beredskab.incidents.lastChoice', {});
  const remember = <T extends Choice>(data: T): T => {
    setLast({ programmeId: data.programmeId, areaId: data.areaId });
    return data;
  };
  return { last, remember };
}
