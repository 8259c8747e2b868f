import { Divider } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { PlansOfIncident } from '../actionPlans/PlansOfIncident';
import { IncidentLog } from '../incidentLog/IncidentLog';
import { ActivationChecklist } from './callIn/ActivationChecklist';
import { CallInSection } from './callIn/CallInSection';

/**
 * Whom the incident called in (at any level: a drill or a green incident may call too);
 * a yellow or red incident activates the response group: its steps (unless shown first, on a
 * phone), action plans and log.
 */
export const IncidentActivation = ({ steps = true }: { steps?: boolean }) => {
  const incident = useRecordContext();
  if (!incident) return null;
  return (
    <>
      <CallInSection />
      {incident.level !== 'green' && (
        <>
          {steps && (
            <>
              <Divider />
              <ActivationChecklist />
            </>
          )}
          <Divider />
          <PlansOfIncident />
          <Divider />
          <IncidentLog />
        </>
      )}
    </>
  );
};
