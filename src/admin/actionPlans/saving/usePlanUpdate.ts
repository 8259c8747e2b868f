import { useState } from 'react';
import { useNotify, useTranslate, useUpdate, type HttpError, type RaRecord } from 'react-admin';

export interface PlanErrors {
  message: string;
  fields: Record<string, string>;
}

/** "interventions.0.action" as "Indsats (række 1)"; the label of the field otherwise. */
export function useFieldLabel() {
  const translate = useTranslate();
  return (path: string) => {
    const row = path.match(/^(\w+)\.(\d+)\.(\w+)$/);
    if (!row) return translate(`resources.actionPlans.fields.${path}`, { _: path });
    const [, list, index, field] = row;
    const label = translate(`resources.actionPlans.fields.${list}.${field}`, { _: `${list}.${field}` });
    return `${label} (${translate('beredskab.actionPlans.row', { n: Number(index) + 1 })})`;
  };
}

/**
 * One step in the plan's life: the whole record with its version plus the change, as an
 * update through the dataProvider. The server's refusal (its message and field errors) is kept
 * for the caller to show.
 */
export function usePlanUpdate(onSaved?: (record: RaRecord) => void, { notifyErrors = false } = {}) {
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const label = useFieldLabel();
  const [errors, setErrors] = useState<PlanErrors>();

  const send = async (plan: RaRecord, changes: Partial<RaRecord>, done: string): Promise<boolean> => {
    setErrors(undefined);
    try {
      const record = await update(
        'actionPlans',
        { id: plan.id, data: { ...plan, ...changes }, previousData: plan },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      notify(done, { type: 'success' });
      onSaved?.(record as RaRecord);
      return true;
    } catch (failure) {
      const error = failure as HttpError;
      const fields = (error?.body?.errors ?? {}) as Record<string, string>;
      setErrors({ message: error?.message ?? '', fields });
      if (notifyErrors) {
        const details = Object.entries(fields).map(([field, message]) => `${label(field)}: ${message}`);
        const text = [error?.message, ...details].filter(Boolean).join('\n');
        notify(text, { type: 'error', multiLine: true, messageArgs: { _: text } });
      }
      return false;
    }
  };
  return { send, isPending, errors, clearErrors: () => setErrors(undefined) };
}
