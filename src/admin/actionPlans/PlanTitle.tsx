import { useRecordContext, useTranslate } from 'react-admin';

/** "Handleplan #3 · Kladde" in the app bar. */
export const PlanTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {translate('resources.actionPlans.name', { smart_count: 1 })} #{record.id} ·{' '}
      {translate(`beredskab.planStatuses.${record.status}`)}
    </span>
  );
};
