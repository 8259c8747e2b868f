import { Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import AddIcon from '@mui/icons-material/Add';
import type { IncidentLogEntry } from '../../domain/incidentLogSchema';
import { Timeline } from '../history/Timeline';
import { LogEntryDialog } from './LogEntryDialog';
import { useChecklistItems } from './useChecklistItems';
import { useIncidentLog } from './useIncidentLog';
import { useLogItems } from './useLogItems';

/**
 * The incident log (hændelseslog) of the shown incident with its ticked activation steps,
 * and "Tilføj logpost" and "Ret" for editors.
 */
export const IncidentLog = () => {
  const incident = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({
    action: 'create',
    resource: 'incidentLogEntries',
    // The entry belongs to the incident's programme.
    record: incident && { programmeId: incident.programmeId },
  });
  const [form, setForm] = useState<{ correcting?: IncidentLogEntry }>();
  const { data = [], refetch } = useIncidentLog(incident ? [Number(incident.id)] : []);
  const logItems = useLogItems(data, canAccess ? (correcting) => setForm({ correcting }) : undefined);
  const items = [...logItems, ...useChecklistItems(incident)];
  if (!incident) return null;
  return (
    <Box component="section" aria-labelledby="incident-log-title" sx={{ p: 2 }}>
      <Stack direction="row" justifyContent="space-between" alignItems="center" mb={1}>
        <Typography variant="h6" id="incident-log-title">
          {translate('beredskab.incidentLog.title')}
        </Typography>
        {canAccess && (
          <LabelledButton label="beredskab.incidentLog.add" onClick={() => setForm({})} variant="outlined">
            <AddIcon />
          </LabelledButton>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary" mb={1}>
        {translate('beredskab.incidentLog.help')}
      </Typography>
      <Timeline items={items} empty="beredskab.incidentLog.empty" label="beredskab.incidentLog.title" />
      {form && (
        <LogEntryDialog
          incidentId={Number(incident.id)}
          correcting={form.correcting}
          onClose={() => setForm(undefined)}
          onSaved={() => void refetch()}
        />
      )}
    </Box>
  );
};
