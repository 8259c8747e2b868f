import { Box, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { Form, useEditContext, useNotify, type RaRecord } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Navigate } from 'react-router-dom';
import { ConflictContext } from '../../forms/conflictContext';
import { ConflictDialog } from '../../forms/ConflictDialog';
import { useZodResolver } from '../../forms/useZodResolver';
import { AutosaveIndicator } from './AutosaveIndicator';
import { openingValues, removeBackup } from './draftBackup';
import { StepContent } from './StepContent';
import { stepSchema, WIZARD_STEPS } from './steps';
import { useAutosave } from './useAutosave';
import { useStepParam } from './useStepParam';
import { WizardNav } from './WizardNav';
import { WizardStepper } from './WizardStepper';

/** The guided form for the plan being edited; an ended plan has nothing left to edit but its evaluation. */
export const PlanWizard = () => {
  const { record } = useEditContext();
  if (!record) return null;
  if (record.status === 'ended') return <Navigate to={`/actionPlans/${record.id}/show`} replace />;
  return <PlanForm key={record.id} server={record} />;
};

const PlanForm = ({ server }: { server: RaRecord }) => {
  const [opening] = useState(() => openingValues(server));
  const [step, setStep] = useStepParam();
  const resolver = useZodResolver(stepSchema(WIZARD_STEPS[step]!));
  // Checked as each field is left: not "onTouched", which also checks every row when one is
  // added, so that a row picked from the toolbox would be red before anyone touched it.
  return (
    <Form record={opening.values} resolver={resolver} mode="onBlur" noValidate onSubmit={() => undefined}>
      <WizardBody server={server} restored={opening.restored} step={step} setStep={setStep} />
    </Form>
  );
};

interface BodyProps {
  server: RaRecord;
  restored: boolean;
  step: number;
  setStep(step: number): void;
}

const WizardBody = ({ server, restored, step, setStep }: BodyProps) => {
  const notify = useNotify();
  const { trigger, getValues, reset } = useFormContext();
  const draft = useWatch({ name: 'status' }) === 'draft';
  const autosave = useAutosave(server);

  useEffect(() => {
    removeBackup(server.id);
    if (restored) notify('beredskab.actionPlans.restored', { type: 'info' });
  }, [server.id, restored, notify]);

  const goTo = async (target: number) => {
    if (target > step && !(await trigger())) {
      notify('beredskab.actionPlans.stepInvalid', { type: 'warning' });
      return;
    }
    void autosave.flush();
    setStep(Math.max(0, target));
    window.scrollTo({ top: 0 });
  };
  const getPlan = async () => {
    await autosave.flush();
    return getValues() as RaRecord;
  };
  const onSaved = (record: RaRecord) => {
    autosave.adopt(record);
    reset(record);
  };

  return (
    <ConflictContext.Provider value={autosave.conflict}>
      <Stack direction="row" justifyContent="flex-end" sx={{ px: 2, pt: 1 }}>
        <AutosaveIndicator state={autosave.state} draft={draft} />
      </Stack>
      <WizardStepper step={step} onStep={goTo} />
      <Box sx={{ px: 2, pb: 2 }}>
        <StepContent step={step} getPlan={getPlan} onSaved={onSaved} onStep={goTo} />
      </Box>
      <WizardNav step={step} draft={draft} onStep={goTo} onSave={() => void autosave.flush(true)} />
      <ConflictDialog />
    </ConflictContext.Provider>
  );
};
