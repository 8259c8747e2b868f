import { Box, GlobalStyles, LinearProgress } from '@mui/material';
import { Authenticated, useGetMany, useGetOne, type RaRecord } from 'react-admin';
import { useParams } from 'react-router-dom';
import { Timeline } from '../../history/Timeline';
import { useIncidentLog } from '../../incidentLog/useIncidentLog';
import { useLogItems } from '../../incidentLog/useLogItems';
import { PlanOutcome } from '../sections/PlanOutcome';
import { PlanSections, type PlanContent } from '../sections/PlanSections';
import { Section } from '../sections/Section';
import { useParticipants } from '../sections/useParticipants';
import { PageFooter } from './PageFooter';
import { PrintHeader } from './PrintHeader';
import { printStyles } from './printStyles';
import { PrintToolbar } from './PrintToolbar';
import { SignatureLines } from './SignatureLines';

/**
 * The plan as a document for signatures (/actionPlans/:id/print, outside the layout). A board
 * member may print it; the server has already left out the confidential notes for them.
 */
export const PlanPrint = () => {
  const { id = '' } = useParams();
  return (
    <Authenticated>
      <GlobalStyles styles={printStyles} />
      <PrintToolbar id={id} />
      <PrintDocument id={id} />
    </Authenticated>
  );
};

const PrintDocument = ({ id }: { id: string }) => {
  const { data: plan } = useGetOne('actionPlans', { id });
  const incidentIds = (plan?.incidentIds ?? []) as number[];
  const { data: incidents = [] } = useGetMany('incidents', { ids: incidentIds }, { enabled: !!plan });
  const { byId, signatories } = useParticipants(plan?.programmeId);
  const { data: entries = [] } = useIncidentLog(incidentIds);
  const logItems = useLogItems(entries);
  if (!plan) return <LinearProgress className="no-print" />;
  return (
    <Box component="main" className="plan-document">
      <PageFooter plan={plan} />
      <PrintHeader plan={plan} incidents={incidents as RaRecord[]} />
      <PlanSections plan={plan as PlanContent} participants={byId} />
      <PlanOutcome plan={plan} readOnly />
      <Section number={9} title="beredskab.incidentLog.title">
        <Timeline items={logItems} empty="beredskab.incidentLog.empty" label="beredskab.incidentLog.title" />
      </Section>
      <Section number={10} title="beredskab.actionPlans.print.signatures">
        <SignatureLines signatories={signatories} />
      </Section>
    </Box>
  );
};
