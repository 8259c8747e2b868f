import { useStore } from 'react-admin';
import { LAST_CHOICE, type LastChoice as Choice } from './newIncident';

/** The programme and area of the last incident registered in this browser, for the next one. */
export function useLastChoice() {
  const [last, setLast] = useStore<Choice>(LAST_CHOICE, {});
  const remember = <T extends Choice>(data: T): T => {
    setLast({ programmeId: data.programmeId, areaId: data.areaId });
    return data;
  };
  return { last, remember };
}
