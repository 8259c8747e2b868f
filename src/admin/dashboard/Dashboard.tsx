import { Box, LinearProgress } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { NoProgrammes } from '../periods/NoProgrammes';
import { StartCard } from '../start/StartCard';
import { PeriodSelector } from '../periods/PeriodSelector';
import { usePeriodParams } from '../periods/usePeriodParams';
import { DashboardContent } from './DashboardContent';

/**
 * The board's page: is the programme on target, and how has unrest developed. One
 * request for the chosen programme and year; the choice lives in the URL. Administrators see the
 * checklist "Kom i gang" above it while the install or a programme of theirs is not set up.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const { programmes, programme, period, isPending, change } = usePeriodParams('dashboard.period');
  return (
    <Box sx={{ pb: 4 }}>
      <Title title={translate('beredskab.dashboard.title')} />
      <StartCard />
      {!isPending && programmes.length === 0 ? (
        // The system administrator's first step is in the checklist above.
        permissions !== 'admin' && <NoProgrammes />
      ) : period && programme ? (
        <>
          <PeriodSelector programmes={programmes} programme={programme} period={period} onChange={change} />
          <DashboardContent period={period} programme={programme} />
        </>
      ) : (
        <LinearProgress sx={{ mt: 3 }} />
      )}
    </Box>
  );
};
