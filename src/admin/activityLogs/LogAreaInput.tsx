import { AutocompleteInput, ReferenceInput, useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';

/** An area of the chosen activity's programme; the server refuses one of another programme. */
export const LogAreaInput = () => {
  const activityId = useWatch({ name: 'activityId' }) as number | undefined;
  const { data: activity } = useGetOne('activities', { id: activityId }, { enabled: !!activityId });
  return (
    <ReferenceInput
      source="areaId"
      reference="areas"
      sort={{ field: 'name', order: 'ASC' }}
      filter={activity ? { programmeId: activity.programmeId } : {}}
    >
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
  );
};
