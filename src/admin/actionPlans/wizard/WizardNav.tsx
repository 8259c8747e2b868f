import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import SaveIcon from '@mui/icons-material/Save';
import { Stack } from '@mui/material';
import { LabelledButton } from '../../buttons/LabelledButton';
import { REVIEW_INDEX } from './steps';

interface Props {
  step: number;
  draft: boolean;
  onStep(step: number): void;
  /** An agreed or active plan is saved on request; a draft saves itself. */
  onSave(): void;
}

export const WizardNav = ({ step, draft, onStep, onSave }: Props) => {
  return (
    <Stack
      direction="row"
      gap={1}
      justifyContent="space-between"
      sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}
    >
      <LabelledButton
        label="beredskab.actionPlans.back"
        onClick={() => onStep(step - 1)}
        disabled={step === 0}
      >
        <ArrowBackIcon />
      </LabelledButton>
      <Stack direction="row" gap={1}>
        {!draft && (
          <LabelledButton label="ra.action.save" onClick={onSave} variant="outlined">
            <SaveIcon />
          </LabelledButton>
        )}
        {step < REVIEW_INDEX && (
          <LabelledButton
            label="beredskab.actionPlans.next"
            onClick={() => onStep(step + 1)}
            variant="contained"
          >
            <ArrowForwardIcon />
          </LabelledButton>
        )}
      </Stack>
    </Stack>
  );
};
