import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';

/** The area, or "Hele helhedsplanen" for a programme-wide figure. */
export const MeasurementAreaField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.areaId === null) return <>{translate('beredskab.measurements.wholeProgramme')}</>;
  return <ReferenceField source="areaId" reference="areas" link={false} />;
};
