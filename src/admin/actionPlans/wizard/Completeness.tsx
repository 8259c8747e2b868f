import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import { List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import { useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { LabelledButton } from '../../buttons/LabelledButton';
import { STEP_SCHEMAS, STEPS } from '../../../domain/actionPlanSteps';
import { errorMap, fieldErrors } from '../../../domain/messages';
import { useFieldLabel } from '../saving/usePlanUpdate';

/** Each step checked by the schema the server applies before the plan may leave draft. */
export const Completeness = ({ plan, onStep }: { plan: RaRecord; onStep(step: number): void }) => {
  const translate = useTranslate();
  const label = useFieldLabel();
  const [locale] = useLocaleState();
  return (
    <List dense aria-label={translate('beredskab.actionPlans.completeness')}>
      {STEPS.map((step, index) => {
        const result = STEP_SCHEMAS[step].safeParse(plan, { error: errorMap(locale === 'en' ? 'en' : 'da') });
        const errors = result.success ? [] : Object.entries(fieldErrors(result.error));
        const title = translate(`beredskab.actionPlans.steps.${step}`);
        return (
          <ListItem
            key={step}
            secondaryAction={
              errors.length > 0 && (
                <LabelledButton label="beredskab.actionPlans.goToStep" onClick={() => onStep(index)} />
              )
            }
          >
            <ListItemIcon>
              {errors.length ? <ErrorOutlineIcon color="warning" /> : <CheckCircleIcon color="success" />}
            </ListItemIcon>
            <ListItemText
              primary={title}
              secondary={
                errors.length
                  ? errors.map(([field, message]) => `${label(field)}: ${message}`).join(' · ')
                  : translate('beredskab.actionPlans.stepComplete')
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
};
