import {
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import type { ActivityStats } from '../api/dashboard';
import { useFormatNumber } from '../formatting/useFormatNumber';
import { AttainmentChip } from './AttainmentChip';
import { DashboardCard } from './DashboardCard';
import { EmptyNote } from './EmptyNote';

type Criterion = ActivityStats[number]['criteria'][number];

/** The log books against each activity's success criteria, for the project year. */
export const ActivitiesCard = ({ activities, label }: { activities: ActivityStats; label: string }) => {
  const translate = useTranslate();
  const { number } = useFormatNumber();
  const t = (key: string, args?: object) => translate(`beredskab.dashboard.activities.${key}`, args);
  const result = (c: Criterion) => {
    if (c.metric === 'unregistered') return t('unregistered');
    if (c.areas) {
      const met = c.areas.filter((a) => a.status === 'met').length;
      return t('areas', { met, total: c.areas.length, target: number(c.target) });
    }
    if (c.target === null) return number(c.actual);
    return t('actual', { actual: number(c.actual), target: number(c.target) });
  };
  return (
    <DashboardCard title={t('title', { label })}>
      {activities.length === 0 ? (
        <EmptyNote>{t('none')}</EmptyNote>
      ) : (
        // A phone scrolls the table sideways in its own box, named so a keyboard can scroll it too.
        <TableContainer
          tabIndex={0}
          role="region"
          aria-label={translate('beredskab.a11y.scrollRegion', { name: t('title', { label }) })}
        >
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.activities.fields.successCriteria.description')}</TableCell>
                <TableCell>{translate('resources.activities.fields.successCriteria.scope')}</TableCell>
                <TableCell>{translate('beredskab.dashboard.kpi.actual')}</TableCell>
                <TableCell>{translate('beredskab.dashboard.kpi.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {activities.map(({ activity, criteria }) => (
                <Fragment key={activity.id}>
                  <TableRow>
                    <TableCell colSpan={4} component="th" scope="rowgroup" sx={{ bgcolor: 'action.hover' }}>
                      <Stack direction="row" gap={1} alignItems="baseline">
                        <Typography fontWeight={600}>{activity.name}</Typography>
                        <Typography variant="body2" color="text.secondary">
                          {activity.focusArea}
                        </Typography>
                      </Stack>
                    </TableCell>
                  </TableRow>
                  {criteria.map((c) => (
                    <TableRow key={c.description}>
                      <TableCell>{c.description}</TableCell>
                      <TableCell>{translate(`beredskab.scopes.${c.scope}`)}</TableCell>
                      <TableCell>{result(c)}</TableCell>
                      <TableCell>
                        <AttainmentChip status={c.status} />
                      </TableCell>
                    </TableRow>
                  ))}
                </Fragment>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </DashboardCard>
  );
};
