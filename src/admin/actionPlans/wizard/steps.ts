import { z } from 'zod';
import { STEP_SCHEMAS, STEPS, type StepKey } from '../../../domain/actionPlanSteps';

/** The domain's steps, each checked by its own schema, and the review where the plan is agreed. */
export type WizardStep = StepKey | 'review';
export const WIZARD_STEPS: readonly WizardStep[] = [...STEPS, 'review'];
export const REVIEW_INDEX = WIZARD_STEPS.length - 1;

const nothingToCheck = z.object({});

export const stepSchema = (step: WizardStep): z.ZodType =>
  step === 'review' ? nothingToCheck : STEP_SCHEMAS[step];
