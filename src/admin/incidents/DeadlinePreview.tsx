import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useFormatDate } from '../formatting/useFormatDate';
import type { BeredskabDataProvider } from '../providers/dataProvider';

/**
 * The response deadline as soon as a level is picked. The server computes it (with the
 * programme's extra closed days) exactly as saving would: the panel never does.
 */
export const DeadlinePreview = () => {
  const translate = useTranslate();
  const format = useFormatDate();
  const dataProvider = useDataProvider<BeredskabDataProvider>();
  const previous = useRecordContext();
  const [level, occurredAt, levelSetAt, programmeId] = useWatch({
    name: ['level', 'occurredAt', 'levelSetAt', 'programmeId'],
  });
  const query: Record<string, string> = {
    programmeId: String(programmeId ?? ''),
    level: String(level ?? ''),
    occurredAt: String(occurredAt ?? ''),
    ...(levelSetAt ? { levelSetAt: String(levelSetAt) } : {}),
    ...(previous?.id ? { incidentId: String(previous.id) } : {}),
  };
  const ready = Boolean(programmeId && level && occurredAt);
  const { data } = useQuery({
    queryKey: ['deadline', query],
    queryFn: () => dataProvider.deadline(query),
    enabled: ready,
    retry: false,
  });
  if (!ready || !data) return null;
  return (
    <Alert severity={data.responseDeadline ? 'warning' : 'success'} icon={false} role="status" sx={{ mt: 1 }}>
      {data.responseDeadline
        ? translate('beredskab.incidents.deadlinePreview', {
            deadline: format.instant(data.responseDeadline),
          })
        : translate('beredskab.incidents.noDeadline')}
    </Alert>
  );
};
