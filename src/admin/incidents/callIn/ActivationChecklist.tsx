import { Box, Typography } from '@mui/material';
import { useCanAccess, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { BOARD_STEP, stepsDone } from '../../../domain/callIn';
import { BoardBriefingButton } from './BoardBriefingButton';
import { checklistOf, stepsToShow } from './checklist';
import { StepItem } from './StepItem';

/** "Aktiveringstrin" on a yellow or red incident: the programme's steps, ticked as the group goes. */
export const ActivationChecklist = () => {
  const incident = useRecordContext();
  const translate = useTranslate();
  const { canAccess: canTick = false } = useCanAccess({
    action: 'edit',
    resource: 'incidents',
    record: incident,
  });
  const { data: programme } = useGetOne(
    'programmes',
    { id: incident?.programmeId },
    { enabled: incident?.programmeId != null },
  );
  if (!incident || incident.level === 'green') return null;
  const checklist = checklistOf(incident);
  const steps = stepsToShow(programme, checklist);
  const progress = stepsDone(steps, checklist);
  return (
    <Box component="section" aria-labelledby="incident-steps-title" sx={{ p: 2 }}>
      <Typography variant="h6" id="incident-steps-title">
        {translate('beredskab.checklist.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" mb={1}>
        {translate('beredskab.checklist.progress', progress)}
      </Typography>
      <Box component="ul" aria-labelledby="incident-steps-title" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {steps.map((step) => (
          <StepItem
            key={step}
            incident={incident}
            step={step}
            done={checklist.find((c) => c.step === step)}
            canTick={canTick}
          >
            {step === BOARD_STEP && canTick && (
              <BoardBriefingButton incidentId={Number(incident.id)} programme={programme} />
            )}
          </StepItem>
        ))}
      </Box>
    </Box>
  );
};
