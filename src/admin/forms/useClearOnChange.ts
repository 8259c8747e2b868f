import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';

const sameChoice = (a: unknown, b: unknown) =>
  (a === '' ? null : (a ?? null)) === (b === '' ? null : (b ?? null));

/**
 * Clears `dependent` when `source` changes after the form opened: an area or a deputy
 * picked under one programme does not belong to another.
 */
export function useClearOnChange(source: string, dependent: string): unknown {
  const value = useWatch({ name: source });
  const { setValue } = useFormContext();
  const previous = useRef(value);
  useEffect(() => {
    // An input that settles from undefined to null or '' has not changed.
    if (!sameChoice(previous.current, value)) setValue(dependent, null, { shouldDirty: true });
    previous.current = value;
  }, [value, dependent, setValue]);
  return value;
}
