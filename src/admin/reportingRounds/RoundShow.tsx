import { Stack } from '@mui/material';
import {
  BooleanField,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  useRecordContext,
} from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { ShowActions } from '../records/ShowActions';
import { RoundButtons } from './RoundButtons';
import { RoundProgressCard } from './RoundProgressCard';
import { RoundStatusChip } from './RoundStatusChip';
import { Submissions } from './Submissions';

const Review = () => {
  const round = useRecordContext();
  if (!round) return null;
  return (
    <Stack gap={3} sx={{ mt: 3 }}>
      <RoundProgressCard roundId={round.id} />
      <Submissions round={round} />
    </Stack>
  );
};

/** The round's review page: its dates, who has reported, each submission's figures and their approval. */
export const RoundShow = () => (
  <Show
    actions={
      <ShowActions>
        <RoundButtons />
      </ShowActions>
    }
    aside={undefined}
  >
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="programmes" link={false} />
      <NumberField source="year" options={{ useGrouping: false }} />
      <BooleanField source="projectYear" />
      <LocalDateField source="opensOn" />
      <LocalDateField source="dueOn" />
      <NumberField source="graceDays" />
      <NumberField source="remindDaysBefore" />
      <RoundStatusChip source="status" label="resources.reportingRounds.fields.status" />
    </SimpleShowLayout>
    <Review />
  </Show>
);
