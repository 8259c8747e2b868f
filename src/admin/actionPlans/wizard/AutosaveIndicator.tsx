import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudSyncIcon from '@mui/icons-material/CloudSync';
import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatDate } from '../../formatting/useFormatDate';
import type { AutosaveState } from './useAutosave';

/** "Gemmer…" / "Gemt 14.32": where the draft stands, announced politely to screen readers. */
export const AutosaveIndicator = ({ state, draft }: { state: AutosaveState; draft: boolean }) => {
  const translate = useTranslate();
  const format = useFormatDate();
  const { status, savedAt, message, held } = state;
  const busy = status === 'pending' || status === 'saving';
  const failed = status === 'invalid' || status === 'failed' || status === 'conflict';
  const text = busy
    ? translate('beredskab.actionPlans.autosave.saving')
    : failed
      ? translate(`beredskab.actionPlans.autosave.${status}`, { message: message ?? '' })
      : savedAt
        ? translate('beredskab.actionPlans.autosave.saved', { time: format.time(savedAt) })
        : translate(draft ? 'beredskab.actionPlans.autosave.idle' : 'beredskab.actionPlans.autosave.manual');
  const note =
    draft && held ? ` · ${translate('beredskab.actionPlans.autosave.held', { smart_count: held })}` : '';
  const Icon = failed ? CloudOffIcon : busy ? CloudSyncIcon : CloudDoneIcon;
  return (
    <Stack direction="row" gap={0.5} alignItems="center" role="status" aria-live="polite">
      <Icon fontSize="small" color={failed ? 'error' : 'action'} />
      <Typography variant="body2" color={failed ? 'error' : 'text.secondary'}>
        {text}
        {note}
      </Typography>
    </Stack>
  );
};
