import { Card, CardContent, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Timeline } from '../history/Timeline';
import { asideCard } from '../records/asideLayout';
import { usePlanTimeline } from './usePlanTimeline';

/** The show page's aside: what happened to the plan and in its incidents, newest first. */
export const PlanTimeline = () => {
  const plan = useRecordContext();
  const translate = useTranslate();
  const items = usePlanTimeline(plan);
  return (
    <Card sx={{ ...asideCard, width: { md: 320 }, flexShrink: 0 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('beredskab.actionPlans.timeline.title')}
        </Typography>
        <Timeline
          items={items}
          empty="beredskab.actionPlans.timeline.empty"
          label="beredskab.actionPlans.timeline.title"
        />
      </CardContent>
    </Card>
  );
};
