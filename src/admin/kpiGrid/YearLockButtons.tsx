import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useCreate, useNotify, useTranslate, useUpdate, type RaRecord } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import { ReasonDialog } from './ReasonDialog';
import { gridQueryKey } from './useKpiGrid';

interface Props {
  programmeId: number;
  year: number;
  lock: RaRecord | undefined;
  dirty: boolean;
}

/** "Lås året" / "Lås året op", for admins: the status meeting's decision, each with a reason. */
export const YearLockButtons = ({ programmeId, year, lock, dirty }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'yearLocks', record: { programmeId } });
  const [open, setOpen] = useState(false);
  const [create, { isPending: creating }] = useCreate();
  const [update, { isPending: updating }] = useUpdate();
  if (!canAccess) return null;

  const done = (message: string) => ({
    onSuccess: () => {
      setOpen(false);
      notify(message, { type: 'success', messageArgs: { year } });
      void queryClient.invalidateQueries({ queryKey: gridQueryKey(programmeId, year) });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      void queryClient.invalidateQueries({ queryKey: ['yearLocks'] });
    },
    onError: (error: unknown) => notify((error as Error).message, { type: 'error' }),
  });
  const confirm = (reason: string) =>
    lock
      ? update(
          'yearLocks',
          { id: lock.id, data: { ...lock, active: false, unlockReason: reason }, previousData: lock },
          done('beredskab.yearLock.unlocked'),
        )
      : create('yearLocks', { data: { programmeId, year, reason } }, done('beredskab.yearLock.locked'));

  const t = (key: string) => translate(`beredskab.yearLock.${key}`, { year });
  return (
    <>
      <LabelledButton
        label={lock ? 'beredskab.yearLock.unlock' : 'beredskab.yearLock.lock'}
        onClick={() => setOpen(true)}
        disabled={!lock && dirty}
        title={!lock && dirty ? t('dirty') : undefined}
      >
        {lock ? <LockOpenIcon /> : <LockIcon />}
      </LabelledButton>
      {open && (
        <ReasonDialog
          title={t(lock ? 'unlockTitle' : 'lockTitle')}
          help={t(lock ? 'unlockHelp' : 'lockHelp')}
          confirm={lock ? 'beredskab.yearLock.unlock' : 'beredskab.yearLock.lock'}
          pending={creating || updating}
          onClose={() => setOpen(false)}
          onConfirm={confirm}
        />
      )}
    </>
  );
};
