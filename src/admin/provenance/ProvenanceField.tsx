import { useRecordContext } from 'react-admin';
import type { Provenance } from '../api/reporting';
import { ProvenanceNote } from './ProvenanceNote';

/** A measurement's `provenance` in a show page or list: the reporter and round, or typed in. */
export const ProvenanceField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <ProvenanceNote provenance={record.provenance as Provenance | null | undefined} />;
};
