import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import type { Participant } from '../../../domain/participantSchema';

export type ParticipantMap = ReadonlyMap<number, Participant>;

/** The programme's response group by id: who is responsible, who informs, who signs. */
export function useParticipants(programmeId: number | undefined) {
  const { data, isPending } = useGetList<Participant>(
    'participants',
    { filter: { programmeId }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 500 } },
    { enabled: programmeId !== undefined },
  );
  const byId = useMemo<ParticipantMap>(() => new Map((data ?? []).map((p) => [p.id, p])), [data]);
  const signatories = useMemo(() => (data ?? []).filter((p) => p.signsPlan), [data]);
  return { byId, signatories, isPending };
}

/** "Mads Kjærgaard (Randers Ungdomsskole)", or the free text when no participant is named. */
export function responsibleName(
  participants: ParticipantMap,
  id: number | null | undefined,
  text?: string | null,
) {
  const p = id != null ? participants.get(id) : undefined;
  if (p) return `${p.name} (${p.organisation})`;
  return text || '–';
}
