import { Box, Typography } from '@mui/material';
import { CreateButton, useCanAccess, useResourceContext, useTranslate } from 'react-admin';
import { ChecklistLink } from '../nextSteps/ChecklistLink';
import { CreateLink } from '../nextSteps/CreateLink';

/** Lists whose first record has words of its own (beredskab.empty.next.*); others say "Opret". */
const WORDED = new Set([
  'programmes',
  'areas',
  'participants',
  'incidents',
  'actionPlans',
  'indicators',
  'measurements',
  'activities',
  'activityLogs',
]);

/**
 * The empty list: its next step for those who may take it ("Opret det første boligområde"), and for
 * administrators the checklist of what a programme needs; a plain note for readers.
 */
export const ResourceEmpty = () => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'create', resource });
  const name = translate(`resources.${resource}.name`, { smart_count: 2 }).toLowerCase();
  return (
    <Box textAlign="center" m={4}>
      <Typography variant="h6" gutterBottom>
        {translate('beredskab.empty.title', { name })}
      </Typography>
      {!canAccess ? (
        <Typography>{translate('beredskab.empty.readOnly')}</Typography>
      ) : WORDED.has(resource) ? (
        <CreateLink resource={resource} label={`beredskab.empty.next.${resource}`} />
      ) : (
        <CreateButton variant="contained" />
      )}
      <ChecklistLink />
    </Box>
  );
};
