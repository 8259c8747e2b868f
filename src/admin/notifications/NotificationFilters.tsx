import { SelectInput } from 'react-admin';
import { ProgrammeInput } from '../forms/ProgrammeInput';
import { channelChoices, kindChoices, replyChoices, statusChoices } from './choices';

export const notificationFilters = [
  <ProgrammeInput key="programmeId" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={channelChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <SelectInput key="reply" source="reply" choices={replyChoices} />,
];
