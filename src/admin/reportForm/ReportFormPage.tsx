import { Alert, AlertTitle, Box, Container, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { useFormatDate } from '../formatting/useFormatDate';
import { ReportActions } from './ReportActions';
import { ReportImport } from './ReportImport';
import { ReportItemCard } from './ReportItemCard';
import { danishText, itemKey } from './reportModel';
import { useReportForm } from './useReportForm';

const READ_ONLY = new Set(['submitted', 'approved']);

/**
 * The page a reporter's mailed link opens, without an account (`#/indberet/<token>`): what this
 * reporter owes in this round, last year's figure and the target beside each, a draft kept
 * between visits, and the submission. Read-only once submitted, open again when returned.
 */
export const ReportFormPage = () => {
  const { token = '' } = useParams();
  const translate = useTranslate();
  const { day, instant } = useFormatDate();
  const form = useReportForm(token);
  const t = (key: string, args?: object) => translate(`beredskab.reportForm.${key}`, args);
  const { loaded } = form;
  const report = loaded.state === 'ready' ? loaded.form : undefined;
  const readOnly = !!report && READ_ONLY.has(report.status);
  const placeOf = (areaId: number | null, name?: string | null) =>
    name ?? (areaId === null ? t('wholeProgramme') : '');

  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'background.default', py: { xs: 2, sm: 4 } }}>
      <Container maxWidth="md" sx={{ px: { xs: 1.5, sm: 3 } }}>
        <Typography component="h1" variant="h5" gutterBottom>
          {report
            ? t('title', { year: report.round.year })
            : translate('beredskab.reportForm.title', { year: '' })}
        </Typography>
        {loaded.state === 'loading' && (
          <>
            <LinearProgress aria-label={t('loading')} />
            <Typography sx={{ mt: 1 }}>{t('loading')}</Typography>
          </>
        )}
        {loaded.state === 'bad' && (
          <Alert severity="error" role="alert">
            {t('badLink')}
          </Alert>
        )}
        {report && (
          <Stack gap={2}>
            <Typography variant="subtitle1" component="p" fontWeight={600}>
              {t('forOrganisation', { organisation: report.organisation, due: day(report.round.dueOn) })}
            </Typography>
            {report.status === 'returned' && report.returnComment && (
              <Alert severity="warning" role="alert">
                <AlertTitle>{t('returnedTitle')}</AlertTitle>
                {report.returnComment}
              </Alert>
            )}
            {readOnly ? (
              <Alert severity="success" role="status">
                {report.status === 'approved'
                  ? t('approvedReceipt')
                  : t('receipt', { at: report.submittedAt ? instant(report.submittedAt) : '' })}
              </Alert>
            ) : (
              <>
                <Typography>{t('intro')}</Typography>
                <ReportImport
                  token={token}
                  onTransfer={(cells) =>
                    cells.forEach((c) => form.setEntry(itemKey(c), { text: danishText(c.value) }))
                  }
                />
              </>
            )}
            {report.items.map((item) => {
              const key = itemKey(item);
              return (
                <ReportItemCard
                  key={key}
                  item={item}
                  itemId={key}
                  place={placeOf(item.areaId, item.areaName)}
                  entry={form.entries[key] ?? { text: '', comment: '' }}
                  problem={
                    form.problems[key] ??
                    (form.reasonsShown && form.unexplained.includes(key) ? t('reasonNeeded') : undefined)
                  }
                  readOnly={readOnly}
                  onChange={form.setEntry}
                />
              );
            })}
            {!readOnly && <ReportActions token={token} report={report} form={form} />}
          </Stack>
        )}
      </Container>
    </Box>
  );
};
