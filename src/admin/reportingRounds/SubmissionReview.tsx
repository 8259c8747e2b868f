import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import type { RoundProgress } from '../api/reporting';
import { useFormatDate } from '../formatting/useFormatDate';
import { useFormatNumber } from '../formatting/useFormatNumber';
import { ReportStatusChip } from './ReportStatusChip';
import { ReviewButtons } from './ReviewButtons';
import { useAreaNames } from './useAreaNames';
import { useSubmission } from './useSubmission';

interface Props {
  round: RaRecord;
  reporter: RoundProgress['reporters'][number];
}

/** One reporter's figures beside last year's, a large change flagged, with its approve / return buttons. */
export const SubmissionReview = ({ round, reporter }: Props) => {
  const translate = useTranslate();
  const { inUnit, signed } = useFormatNumber();
  const { instant } = useFormatDate();
  const placeOf = useAreaNames(round.programmeId as number);
  const t = (key: string, args?: object) => translate(`beredskab.rounds.${key}`, args);
  const { submission: data, isPending, error } = useSubmission(round, reporter.reporterId);
  const headingId = `submission-${reporter.reporterId}`;
  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardContent>
        <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" mb={1}>
          <Typography id={headingId} variant="h6" component="h2">
            {reporter.organisation}
          </Typography>
          <ReportStatusChip status={reporter.status} />
          {reporter.submittedAt && (
            <Typography variant="body2" color="text.secondary">
              {t('submittedAt')} {instant(reporter.submittedAt)}
            </Typography>
          )}
        </Stack>
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{(error as Error).message}</Alert>}
        {data?.returnComment && reporter.status === 'returned' && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {data.returnComment}
          </Alert>
        )}
        {data?.approvedBy && data.approvedAt && reporter.status === 'approved' && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('approvedBy', { by: data.approvedBy, at: instant(data.approvedAt) })}
          </Typography>
        )}
        {data && (
          // Scrolled sideways on a phone: a named region a keyboard can reach.
          <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby={headingId}>
            <Table size="small" aria-labelledby={headingId}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('figure')}</TableCell>
                  <TableCell>{t('place')}</TableCell>
                  <TableCell align="right">{t('lastYear')}</TableCell>
                  <TableCell align="right">{t('thisYear')}</TableCell>
                  <TableCell align="right">{t('change')}</TableCell>
                  <TableCell>{t('comment')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.items.map((item) => {
                  const large = item.largeChange;
                  const change =
                    item.value !== null && item.lastYear !== null ? signed(item.value - item.lastYear) : '';
                  return (
                    <TableRow
                      key={`${item.indicatorId}:${item.areaId ?? 'all'}`}
                      data-large={large || undefined}
                    >
                      <TableCell component="th" scope="row">
                        {item.name}
                      </TableCell>
                      <TableCell>{placeOf(item.areaId, item.areaName)}</TableCell>
                      <TableCell align="right">{inUnit(item.lastYear, item.unit)}</TableCell>
                      <TableCell align="right">
                        {item.value === null ? t('noFigure') : inUnit(item.value, item.unit)}
                      </TableCell>
                      <TableCell align="right">
                        {change}
                        {large && (
                          <Chip
                            size="small"
                            color="warning"
                            icon={<WarningAmberIcon />}
                            label={t('largeChange')}
                            title={t('largeChangeHelp')}
                            sx={{ ml: 1 }}
                          />
                        )}
                      </TableCell>
                      <TableCell>{item.comment ?? ''}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
        <ReviewButtons round={round} reporter={reporter} />
      </CardContent>
    </Card>
  );
};
