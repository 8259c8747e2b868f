import LockIcon from '@mui/icons-material/Lock';
import SendIcon from '@mui/icons-material/Send';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  type HttpError,
} from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import type { BeredskabDataProvider } from '../providers/dataProvider';

/** "Åbn runden" on a draft (mails the links), "Luk runden" on an open round (the links stop). */
export const RoundButtons = () => {
  const round = useRecordContext();
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'reportingRounds', record: round });
  const [asking, setAsking] = useState(false);
  const action = round?.status === 'draft' ? 'open' : round?.status === 'open' ? 'close' : undefined;
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.roundAction(round!.id, action!),
    onSuccess: () => {
      notify(action === 'open' ? 'beredskab.rounds.opened' : 'beredskab.rounds.closed', { type: 'info' });
      setAsking(false);
      void queryClient.invalidateQueries({ queryKey: ['reportingRounds'] });
      refresh();
    },
    onError: (error: HttpError) => {
      setAsking(false);
      notify(error.message || 'ra.notification.http_error', {
        type: 'error',
        messageArgs: { _: error.message },
      });
    },
  });
  if (!round || !action || !canAccess) return null;
  return (
    <>
      <LabelledButton
        label={`beredskab.rounds.${action}`}
        variant={action === 'open' ? 'contained' : 'outlined'}
        onClick={() => setAsking(true)}
      >
        {action === 'open' ? <SendIcon /> : <LockIcon />}
      </LabelledButton>
      <Confirm
        isOpen={asking}
        loading={isPending}
        title={`beredskab.rounds.${action}ConfirmTitle`}
        titleTranslateOptions={{ year: round.year }}
        content={`beredskab.rounds.${action}Confirm`}
        confirm={`beredskab.rounds.${action}`}
        onConfirm={() => mutate()}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
