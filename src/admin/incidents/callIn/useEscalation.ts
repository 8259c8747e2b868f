import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useDataProvider } from 'react-admin';
import type { EscalationTimeline } from '../../../domain/escalationTimeline';
import type { BeredskabDataProvider } from '../../providers/dataProvider';

/**
 * `GET /api/incidents/:id/escalation`, not for the board. While a step is still to come, or a
 * message waits for the sender or its delivery report, it is asked again now and then.
 */
export function useEscalation(incidentId: number | undefined): EscalationTimeline | undefined {
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'notifications' });
  const { data } = useQuery({
    queryKey: ['notifications', 'escalation', incidentId],
    queryFn: () => dataProvider.escalation(incidentId!),
    enabled: canAccess === true && incidentId !== undefined,
    refetchInterval: (query) => {
      const timeline = query.state.data;
      if (!timeline) return false;
      const waiting = timeline.steps.some((s) => s.sent + s.failed < s.count);
      return waiting ? 5_000 : timeline.next ? 30_000 : false;
    },
  });
  return canAccess ? data : undefined;
}
