import { Link as MuiLink, Stack, Typography } from '@mui/material';
import { LinkBase, RecordContextProvider, useCreatePath, useTranslate } from 'react-admin';
import type { ActivePlan } from '../api/dashboard';
import { PlanFlags } from '../chips/PlanFlags';
import { useFormatDate } from '../formatting/useFormatDate';
import { DashboardCard } from './DashboardCard';
import { EmptyNote } from './EmptyNote';

/** The programme's running action plans, with a flag when one ends soon or is past its end. */
export const ActivePlansCard = ({ plans }: { plans: ActivePlan[] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { day } = useFormatDate();
  const t = (key: string, args?: object) => translate(`beredskab.dashboard.plans.${key}`, args);
  return (
    <DashboardCard title={t('title')}>
      {plans.length === 0 ? (
        <EmptyNote>{t('none')}</EmptyNote>
      ) : (
        <Stack component="ul" gap={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {plans.map((plan) => (
            <li key={plan.id}>
              <MuiLink
                component={LinkBase}
                to={createPath({ resource: 'actionPlans', id: plan.id, type: 'show' })}
                fontWeight={600}
              >
                {t('plan', { id: plan.id })}
              </MuiLink>
              <Typography variant="body2" color="text.secondary">
                {t('period', { from: day(plan.startDate), to: day(plan.endDate) })} ·{' '}
                {t('incidents', {
                  smart_count: plan.incidentIds.length,
                  ids: plan.incidentIds.map((id) => `#${id}`).join(', '),
                })}
              </Typography>
              <RecordContextProvider value={plan}>
                <PlanFlags />
              </RecordContextProvider>
            </li>
          ))}
        </Stack>
      )}
    </DashboardCard>
  );
};
