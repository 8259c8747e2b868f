import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate, type Identifier } from 'react-admin';
import { useFormatDate } from '../formatting/useFormatDate';
import { useFormatNumber } from '../formatting/useFormatNumber';
import { ReportStatusChip } from './ReportStatusChip';
import { useRoundProgress } from './useRoundProgress';

const COUNTS = ['expected', 'received', 'onTime', 'late', 'missing'] as const;

/** Expected / received / on time / late / missing, the two rates, and each reporter's state. */
export const RoundProgressCard = ({ roundId }: { roundId: Identifier }) => {
  const translate = useTranslate();
  const { percent } = useFormatNumber();
  const { instant } = useFormatDate();
  const { data, error, isPending } = useRoundProgress(roundId);
  const t = (key: string) => translate(`beredskab.rounds.${key}`);
  if (isPending) return <LinearProgress />;
  if (error || !data)
    return (
      <Alert severity="error">
        {translate('beredskab.rounds.loadError', { message: (error as Error | null)?.message ?? '' })}
      </Alert>
    );
  return (
    <Card component="section" aria-labelledby="round-progress">
      <CardContent>
        <Typography id="round-progress" variant="h6" component="h2" gutterBottom>
          {t('progress')}
        </Typography>
        <Box
          component="dl"
          sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(8rem, 1fr))', gap: 2, m: 0 }}
        >
          {COUNTS.map((key) => (
            <div key={key}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {t(key)}
              </Typography>
              <Typography component="dd" variant="h5" sx={{ m: 0 }} data-count={key}>
                {data[key]}
              </Typography>
            </div>
          ))}
          <div>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t('reportingRate')}
            </Typography>
            <Typography component="dd" variant="h5" sx={{ m: 0 }}>
              {percent(data.reportingRate)}
            </Typography>
          </div>
          <div>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t('timeliness')}
            </Typography>
            <Typography component="dd" variant="h5" sx={{ m: 0 }}>
              {percent(data.timeliness)}
            </Typography>
          </div>
        </Box>
        {data.reporters.length === 0 ? (
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('noReporters')}
          </Alert>
        ) : (
          // A phone scrolls the table sideways in its own box, named so a keyboard can scroll it too.
          <Box
            sx={{ overflowX: 'auto', mt: 2 }}
            tabIndex={0}
            role="region"
            aria-label={translate('beredskab.a11y.scrollRegion', { name: t('progress') })}
          >
            <Table size="small" aria-label={t('progress')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('reporter')}</TableCell>
                  <TableCell>{t('reportStatus')}</TableCell>
                  <TableCell>{t('submittedAt')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.reporters.map((r) => (
                  <TableRow key={r.reporterId}>
                    <TableCell component="th" scope="row">
                      {r.organisation}
                    </TableCell>
                    <TableCell>
                      <ReportStatusChip status={r.status} />
                    </TableCell>
                    <TableCell>
                      {r.submittedAt ? instant(r.submittedAt) : t('notYet')}
                      {r.received && !r.onTime && ` · ${t('late')}`}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
