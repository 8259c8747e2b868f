import { TextInput } from 'react-admin';
import { StepIntro } from './StepIntro';

/** Why the effort is started, and which target groups are in focus. */
export const PurposeStep = () => (
  <>
    <StepIntro step="purpose" />
    <TextInput source="purpose" multiline minRows={3} fullWidth />
    <TextInput source="targetGroups" multiline minRows={2} fullWidth />
  </>
);
