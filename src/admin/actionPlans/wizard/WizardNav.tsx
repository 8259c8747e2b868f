import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import SaveIcon from '@mui/icons-material/Save';
import { Stack } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { REVIEW_INDEX } from './steps';

interface Props {
  step: number;
  draft: boolean;
  onStep(step: number): void;
  /** An agreed or active plan is saved on request; a draft saves itself. */
  onSave(): void;
}

export const WizardNav = ({ step, draft, onStep, onSave }: Props) => {
  const translate = useTranslate();
  return (
    <Stack
      direction="row"
      gap={1}
      justifyContent="space-between"
      sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}
    >
      {/* On a phone react-admin draws a disabled button as a bare icon, so it is named here. */}
      <Button
        label="beredskab.actionPlans.back"
        aria-label={translate('beredskab.actionPlans.back')}
        onClick={() => onStep(step - 1)}
        disabled={step === 0}
      >
        <ArrowBackIcon />
      </Button>
      <Stack direction="row" gap={1}>
        {!draft && (
          <Button label="ra.action.save" onClick={onSave} variant="outlined">
            <SaveIcon />
          </Button>
        )}
        {step < REVIEW_INDEX && (
          <Button label="beredskab.actionPlans.next" onClick={() => onStep(step + 1)} variant="contained">
            <ArrowForwardIcon />
          </Button>
        )}
      </Stack>
    </Stack>
  );
};
