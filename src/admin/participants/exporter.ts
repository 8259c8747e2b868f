import { csvExporter } from '../export/csvExporter';

export const participantExporter = csvExporter('participants', [
  { source: 'name' },
  { source: 'programmeId', reference: 'programmes' },
  { source: 'title' },
  { source: 'organisation' },
  { source: 'phone' },
  { source: 'email' },
  { source: 'responseGroups', choices: 'responseGroups' },
  { source: 'deputyOfId', reference: 'participants' },
  { source: 'pressContact', type: 'boolean' },
  { source: 'signsPlan', type: 'boolean' },
  { source: 'convener', type: 'boolean' },
  { source: 'lastVerifiedAt', type: 'day' },
]);
