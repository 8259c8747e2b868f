import { Box, Stack, Typography } from '@mui/material';
import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { LocalDateField } from '../formatting/LocalDateField';
import { CreatePlanButton } from './CreatePlanButton';
import { PlanFlags } from '../chips/PlanFlags';
import { PlanStatusChip } from '../chips/PlanStatusChip';

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
          <DataTable.Col source="status">
            <PlanStatusChip />
          </DataTable.Col>
          <DataTable.Col source="startDate">
            <LocalDateField source="startDate" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="endDate">
            <LocalDateField source="endDate" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col label="beredskab.actionPlans.flags">
            <PlanFlags />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
