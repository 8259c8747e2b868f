import { Box, Stack, Typography } from '@mui/material';
import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { CreatePlanButton } from './CreatePlanButton';
import { planColumns } from './planColumns';

/** The action plans written for the shown incident (the server matches array fields by membership). */
export const PlansOfIncident = () => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="incident-plans-title" sx={{ p: 2 }}>
      <Stack direction="row" justifyContent="space-between" alignItems="center" mb={1}>
        <Typography variant="h6" id="incident-plans-title">
          {translate('beredskab.actionPlans.title')}
        </Typography>
        <CreatePlanButton />
      </Stack>
      <ReferenceManyField
        reference="actionPlans"
        target="incidentIds"
        sort={{ field: 'startDate', order: 'DESC' }}
        empty={
          <Typography color="text.secondary">{translate('beredskab.actionPlans.noneForIncident')}</Typography>
        }
      >
        <DataTable rowClick="show" bulkActionButtons={false} resource="actionPlans">
          {planColumns({ inRecord: true })}
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
