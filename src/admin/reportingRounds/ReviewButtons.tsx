import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import ReplyIcon from '@mui/icons-material/Reply';
import { Stack } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useNotify,
  useTranslate,
  type HttpError,
  type RaRecord,
} from 'react-admin';
import type { RoundProgress } from '../api/reporting';
import { LabelledButton } from '../buttons/LabelledButton';
import { ReasonDialog } from '../kpiGrid/ReasonDialog';
import type { BeredskabDataProvider } from '../providers/dataProvider';

type Action = 'approve' | 'return' | 'unapprove';

const DONE: Record<Action, string> = {
  approve: 'beredskab.rounds.approved',
  return: 'beredskab.rounds.returned',
  unapprove: 'beredskab.rounds.unapproved',
};

/** Approve a submitted report, return it with a comment, or undo an approval with a reason. */
export const ReviewButtons = ({
  round,
  reporter,
}: {
  round: RaRecord;
  reporter: RoundProgress['reporters'][number];
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'reportingRounds', record: round });
  const [asking, setAsking] = useState<'return' | 'unapprove'>();
  const { mutate, isPending } = useMutation({
    mutationFn: ({ action, text }: { action: Action; text?: string }) =>
      dataProvider.review(
        round.id,
        reporter.reporterId,
        action,
        action === 'return' ? { comment: text } : action === 'unapprove' ? { reason: text } : {},
      ),
    onSuccess: (_answer, { action }) => {
      setAsking(undefined);
      notify(DONE[action], { type: 'info' });
      void queryClient.invalidateQueries({ queryKey: ['reportingRounds'] });
      void queryClient.invalidateQueries({ queryKey: ['kpi'] });
    },
    onError: (error: HttpError) =>
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      }),
  });
  if (!canAccess) return null;
  const args = { organisation: reporter.organisation };
  return (
    <Stack direction="row" gap={1} flexWrap="wrap" sx={{ mt: 2 }}>
      {reporter.status === 'submitted' && (
        <>
          <LabelledButton
            label="beredskab.rounds.approve"
            variant="contained"
            disabled={isPending}
            onClick={() => mutate({ action: 'approve' })}
          >
            <CheckIcon />
          </LabelledButton>
          <LabelledButton
            label="beredskab.rounds.return"
            variant="outlined"
            onClick={() => setAsking('return')}
          >
            <ReplyIcon />
          </LabelledButton>
        </>
      )}
      {reporter.status === 'approved' && (
        <LabelledButton
          label="beredskab.rounds.unapprove"
          variant="outlined"
          onClick={() => setAsking('unapprove')}
        >
          <UndoIcon />
        </LabelledButton>
      )}
      {asking && (
        <ReasonDialog
          title={translate(`beredskab.rounds.${asking}Title`, args)}
          label={asking === 'return' ? 'beredskab.rounds.returnComment' : 'beredskab.rounds.unapproveReason'}
          help={translate(
            asking === 'return' ? 'beredskab.rounds.returnHelp' : 'beredskab.rounds.unapproveHelp',
          )}
          confirm={`beredskab.rounds.${asking}`}
          pending={isPending}
          onClose={() => setAsking(undefined)}
          onConfirm={(text) => mutate({ action: asking, text })}
        />
      )}
    </Stack>
  );
};
