import { useEffect } from 'react';
import { useGetList } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';

interface Props {
  source: string;
  reference: string;
  /** Only looked for once this field has a value, and filtered by it (an area of the programme). */
  within?: string;
}

/** Fills in an empty reference when there is only one to choose from. */
export const OnlyChoice = ({ source, reference, within }: Props) => {
  const value = useWatch({ name: source });
  const parent = useWatch({ name: within ?? source });
  const { setValue } = useFormContext();
  const ready = !value && (!within || !!parent);
  const { data, total } = useGetList(
    reference,
    { pagination: { page: 1, perPage: 2 }, filter: within ? { [within]: parent } : {} },
    // Never from the cache: react-admin resets a new form after its fields' first effects, which
    // would empty a choice made at once from a list fetched on an earlier visit to the form.
    { enabled: ready, gcTime: 0 },
  );
  const only = ready && total === 1 ? data?.[0]?.id : undefined;
  useEffect(() => {
    if (only !== undefined) setValue(source, only, { shouldDirty: true });
  }, [only, source, setValue]);
  return null;
};
