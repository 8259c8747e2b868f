import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useFormatNumber } from '../formatting/useFormatNumber';

/** "Måling: Ledighed · Hele helhedsplanen · 2015: 4,2": which figure, not only its value. */
export const MeasurementTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatNumber();
  const { data: indicator } = useGetOne('indicators', { id: record?.indicatorId }, { enabled: !!record });
  const { data: area } = useGetOne('areas', { id: record?.areaId }, { enabled: record?.areaId != null });
  if (!record) return null;
  const place = record.areaId == null ? translate('beredskab.measurements.wholeProgramme') : area?.name;
  const parts = [
    indicator?.name,
    place,
    `${record.year}: ${format.inUnit(record.value, String(indicator?.unit))}`,
  ];
  return (
    <>
      {translate('resources.measurements.name', { smart_count: 1 })}: {parts.filter(Boolean).join(' · ')}
    </>
  );
};
