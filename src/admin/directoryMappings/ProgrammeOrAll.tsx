import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';

/** A mapping's programme, or "all programmes" for the system administrator's role. */
export const ProgrammeOrAll = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.programmeId === null) return <span>{translate('beredskab.users.allProgrammes')}</span>;
  return <ReferenceField source="programmeId" reference="programmes" link={false} />;
};
