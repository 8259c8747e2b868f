import { Box, Checkbox, FormControlLabel, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate, type RaRecord } from 'react-admin';
import { useFormatDate } from '../../formatting/useFormatDate';
import type { ChecklistItem } from './checklist';
import { useTickStep } from './useTickStep';

interface Props {
  incident: RaRecord;
  step: string;
  done: ChecklistItem | undefined;
  /** False for the board: the checkbox shows the state but cannot be changed. */
  canTick: boolean;
  /** What belongs beside the step, e.g. the board's briefing beside "Bestyrelsen orienteret". */
  children?: ReactNode;
}

/** One activation step: a checkbox named by the step, and who ticked it when. */
export const StepItem = ({ incident, step, done, canTick, children }: Props) => {
  const translate = useTranslate();
  const format = useFormatDate();
  const tick = useTickStep(incident);
  // Shown as asked while the server answers; its answer then replaces the record.
  const checked = tick.isPending && tick.variables ? tick.variables.done : !!done;
  const who = done
    ? translate(done.doneBy ? 'beredskab.checklist.doneBy' : 'beredskab.checklist.doneAt', {
        by: done.doneBy,
        at: format.instant(done.doneAt),
      })
    : undefined;
  return (
    <Box
      component="li"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 0.5, py: 0.5 }}
    >
      <Box sx={{ flex: '1 1 16rem', minWidth: 0 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={checked}
              disabled={!canTick || tick.isPending}
              onChange={(event) => tick.mutate({ step, done: event.target.checked })}
              sx={{ p: 1.25 }}
            />
          }
          label={step}
          sx={{ mr: 0, minHeight: 44 }}
        />
        {who && (
          <Typography variant="caption" color="text.secondary" component="div" sx={{ pl: 5.5, mt: -0.75 }}>
            {who}
          </Typography>
        )}
      </Box>
      {children}
    </Box>
  );
};
