import { Box, Typography } from '@mui/material';
import { useGetMany, useGetOne, useTranslate, type RaRecord } from 'react-admin';
import { useFormatDate } from '../../formatting/useFormatDate';

/** Programme, the areas of the plan's incidents, the period and the status: what the signatories sign. */
export const PrintHeader = ({ plan, incidents }: { plan: RaRecord; incidents: readonly RaRecord[] }) => {
  const translate = useTranslate();
  const format = useFormatDate();
  const { data: programme } = useGetOne('programmes', { id: plan.programmeId });
  const areaIds = [...new Set(incidents.map((i) => i.areaId as number))];
  const { data: areas = [] } = useGetMany('areas', { ids: areaIds }, { enabled: areaIds.length > 0 });
  const rows: [string, string][] = [
    ['beredskab.actionPlans.print.programme', programme?.name ?? ''],
    ['beredskab.actionPlans.print.areas', areas.map((a) => a.name).join(', ')],
    ['beredskab.actionPlans.print.period', `${format.day(plan.startDate)} – ${format.day(plan.endDate)}`],
    ['resources.actionPlans.fields.status', translate(`beredskab.planStatuses.${plan.status}`)],
    [
      'resources.actionPlans.fields.incidentIds',
      incidents
        .map(
          (i) =>
            `${format.instant(i.occurredAt)} ${translate(`beredskab.categories.${i.category}`)} (${translate(`beredskab.levels.${i.level}`)})`,
        )
        .join('\n'),
    ],
  ];
  return (
    <Box component="header" mb={3}>
      <Typography variant="overline">{translate('beredskab.actionPlans.print.kicker')}</Typography>
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('beredskab.actionPlans.print.title', { id: plan.id })}
      </Typography>
      <Box
        component="dl"
        display="grid"
        gridTemplateColumns="max-content 1fr"
        columnGap={2}
        rowGap={0.5}
        m={0}
      >
        {rows.map(([label, value]) => (
          <Box key={label} display="contents">
            <Typography component="dt" variant="body2" fontWeight={600}>
              {translate(label)}
            </Typography>
            <Typography component="dd" variant="body2" m={0} sx={{ whiteSpace: 'pre-wrap' }}>
              {value || '–'}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
