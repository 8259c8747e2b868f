import { Stack, Typography } from '@mui/material';
import { RecordContextProvider, useTranslate } from 'react-admin';
import type { MeetingStatus } from '../../domain/deadlines';
import type { ResponseStats } from '../api/dashboard';
import { MeetingStatusChip } from '../chips/MeetingStatusChip';
import { useFormatNumber } from '../formatting/useFormatNumber';
import { DashboardCard } from './DashboardCard';
import { EmptyNote } from './EmptyNote';

const SHOWN: MeetingStatus[] = ['onTime', 'late', 'overdue', 'planned', 'pending'];

/** Were the response meetings after yellow and red incidents held within their deadline? */
export const ResponseCard = ({ response }: { response: ResponseStats }) => {
  const translate = useTranslate();
  const { share } = useFormatNumber();
  const t = (key: string, args?: object) => translate(`beredskab.dashboard.response.${key}`, args);
  return (
    <DashboardCard title={t('title')}>
      {response.required === 0 ? (
        <EmptyNote>{t('none')}</EmptyNote>
      ) : (
        <Stack gap={1.5}>
          <Typography variant="h6" component="p" className="response-on-time">
            {response.shareOnTime === null
              ? t('noneDecided')
              : t('onTime', { share: share(response.shareOnTime) })}
          </Typography>
          <Typography color="text.secondary">
            {t('required')}: {response.required}
          </Typography>
          <Stack component="ul" gap={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {SHOWN.map((status) => (
              <Stack
                key={status}
                component="li"
                direction="row"
                justifyContent="space-between"
                alignItems="center"
              >
                <RecordContextProvider value={{ id: status, meetingStatus: status }}>
                  <MeetingStatusChip />
                </RecordContextProvider>
                <Typography fontWeight={600}>{response[status]}</Typography>
              </Stack>
            ))}
          </Stack>
        </Stack>
      )}
    </DashboardCard>
  );
};
