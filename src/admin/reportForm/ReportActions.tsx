import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { Confirm, useTranslate } from 'react-admin';
import type { ReportForm } from '../api/reporting';
import { LabelledButton } from '../buttons/LabelledButton';
import { ReportRefused, saveDraft, submitReport } from './reportApi';
import { itemKey, toWrite } from './reportModel';
import type { useReportForm } from './useReportForm';

interface Props {
  token: string;
  report: ReportForm;
  form: ReturnType<typeof useReportForm>;
}

type Outcome = { severity: 'success' | 'error'; text: string };

/** "Gem kladde" keeps the typing for the next visit; "Indsend" needs every figure or a reason for it. */
export const ReportActions = ({ token, report, form }: Props) => {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`beredskab.reportForm.${key}`, args);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const writes = () =>
    report.items.map((item) => toWrite(item, form.entries[itemKey(item)] ?? { text: '', comment: '' }));
  const problems = Object.keys(form.problems).length;
  const withoutReason = form.unexplained.length;

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      await work();
      if (done) setOutcome({ severity: 'success', text: t(done) });
      return true;
    } catch (err) {
      if (err instanceof ReportRefused) form.setServerErrors(err.errors);
      setOutcome({ severity: 'error', text: t('failed', { message: (err as Error).message }) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    if (problems > 0)
      return setOutcome({ severity: 'error', text: t('fixFirst', { smart_count: problems }) });
    void run(() => saveDraft(token, writes()), 'saved');
  };

  const askSubmit = () => {
    form.showReasons(true);
    const blocking = problems + withoutReason;
    if (blocking > 0)
      return setOutcome({ severity: 'error', text: t('fixFirst', { smart_count: blocking }) });
    setAsking(true);
  };

  const submit = async () => {
    setAsking(false);
    if (await run(() => submitReport(token, writes()))) await form.reload();
  };

  return (
    <Stack gap={2} sx={{ mt: 1 }}>
      <div aria-live="polite">
        {outcome && (
          <Alert severity={outcome.severity} role={outcome.severity === 'error' ? 'alert' : 'status'}>
            {outcome.text}
          </Alert>
        )}
      </div>
      <Stack direction={{ xs: 'column', sm: 'row' }} gap={1.5}>
        <LabelledButton
          label="beredskab.reportForm.saveDraft"
          variant="outlined"
          size="large"
          onClick={save}
          disabled={busy}
        >
          <SaveIcon />
        </LabelledButton>
        <LabelledButton
          label="beredskab.reportForm.submit"
          variant="contained"
          size="large"
          onClick={askSubmit}
          disabled={busy}
        >
          <SendIcon />
        </LabelledButton>
      </Stack>
      <Confirm
        isOpen={asking}
        title="beredskab.reportForm.submit"
        content="beredskab.reportForm.submitConfirm"
        confirm="beredskab.reportForm.submit"
        onConfirm={() => void submit()}
        onClose={() => setAsking(false)}
      />
    </Stack>
  );
};
