import { useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { AreaInput } from '../forms/AreaInput';

/** An area of the chosen activity's programme; the server refuses one of another programme. */
export const LogAreaInput = () => {
  const activityId = useWatch({ name: 'activityId' }) as number | undefined;
  const { data: activity } = useGetOne('activities', { id: activityId }, { enabled: !!activityId });
  return <AreaInput filter={activity ? { programmeId: activity.programmeId } : {}} />;
};
