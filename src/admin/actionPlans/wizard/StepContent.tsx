import type { RaRecord } from 'react-admin';
import { CommunicationStep } from './CommunicationStep';
import { InterventionsStep } from './InterventionsStep';
import { PeriodStep } from './PeriodStep';
import { PurposeStep } from './PurposeStep';
import { ReviewStep } from './ReviewStep';
import { SituationStep } from './SituationStep';
import { WIZARD_STEPS } from './steps';

interface Props {
  step: number;
  getPlan(): Promise<RaRecord>;
  onSaved(record: RaRecord): void;
  onStep(step: number): void;
}

export const StepContent = ({ step, ...review }: Props) => {
  switch (WIZARD_STEPS[step]) {
    case 'situation':
      return <SituationStep />;
    case 'purpose':
      return <PurposeStep />;
    case 'interventions':
      return <InterventionsStep />;
    case 'communication':
      return <CommunicationStep />;
    case 'period':
      return <PeriodStep />;
    default:
      return <ReviewStep {...review} />;
  }
};
