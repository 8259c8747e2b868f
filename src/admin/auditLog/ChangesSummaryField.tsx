import { useRecordContext, useTranslate } from 'react-admin';

const SHOWN = 3;

/** The changed fields by name, the first few of them: "Beskrivelse, Kategori +2 til". */
export const ChangesSummaryField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const fields = Object.keys((record?.changes as object | null) ?? {});
  if (!record || fields.length === 0) return <>–</>;
  const names = fields
    .slice(0, SHOWN)
    .map((field) => translate(`resources.${record.resource}.fields.${field}`, { _: field }));
  const rest = fields.length - SHOWN;
  return (
    <>
      {names.join(', ')}
      {rest > 0 && ` ${translate('beredskab.audit.more', { smart_count: rest })}`}
    </>
  );
};
