import { Divider } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { PlansOfIncident } from '../actionPlans/PlansOfIncident';
import { IncidentLog } from '../incidentLog/IncidentLog';

/** A yellow or red incident activates the response group: its action plans and its log. */
export const IncidentActivation = () => {
  const incident = useRecordContext();
  if (!incident || incident.level === 'green') return null;
  return (
    <>
      <Divider />
      <PlansOfIncident />
      <Divider />
      <IncidentLog />
    </>
  );
};
