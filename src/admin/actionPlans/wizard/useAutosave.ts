import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDataProvider, type HttpError, type RaRecord } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { Conflict } from '../../forms/conflictContext';
import { registerFlush } from '../../providers/unsavedWork';
import { writeBackup } from './draftBackup';
import { draftPayload, wholePayload } from './draftPayload';
import { planSnapshot } from './planSnapshot';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'failed' | 'conflict';
export interface AutosaveState {
  status: SaveStatus;
  savedAt?: Date;
  message?: string;
  /** Rows not sent yet because they miss their required text. */
  held?: number;
}
const DEBOUNCE_MS = 1500;

/**
 * Saves a draft plan as the user types: after a pause, on every step change, before logout,
 * and (through sessionStorage) across a reload. Each save names the version it stands on;
 * the new version goes into the form without touching what the user typed meanwhile.
 */
export function useAutosave(server: RaRecord) {
  const { getValues, setValue, setError, subscribe } = useFormContext();
  const dataProvider = useDataProvider();
  const confirmed = useRef(server);
  const sent = useRef(planSnapshot(server));
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const blocked = useRef(false);
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const [clash, setClash] = useState<{ current: RaRecord; base: RaRecord }>();

  const update = useCallback(
    (patch: Partial<AutosaveState>) => setState((s) => ({ ...s, message: undefined, ...patch })),
    [],
  );
  const isDraft = useCallback(() => getValues('status') === 'draft', [getValues]);
  const changed = useCallback(
    () => planSnapshot(draftPayload(getValues()).data) !== sent.current,
    [getValues],
  );

  /** Keeps the typing in this tab when it cannot reach the server: on leaving the page, or a lost session. */
  const keep = useCallback(() => {
    if (isDraft()) writeBackup(getValues() as RaRecord, confirmed.current, sent.current);
  }, [getValues, isDraft]);

  /** A draft saves as you go; `force` saves an agreed or active plan when the user says so. */
  const saveNow = useCallback(
    async (force = false) => {
      if (blocked.current || (!force && (!isDraft() || !changed()))) return;
      const payload = isDraft() ? draftPayload(getValues()) : wholePayload(getValues());
      const before = sent.current;
      sent.current = planSnapshot(payload.data);
      update({ status: 'saving' });
      try {
        const { data } = await dataProvider.update('actionPlans', {
          id: server.id,
          data: payload.data,
          previousData: confirmed.current,
        });
        confirmed.current = data;
        setValue('version', data.version);
        const held = draftPayload(getValues()).held;
        update(changed() ? { status: 'pending' } : { status: 'saved', savedAt: new Date(), held });
      } catch (failure) {
        sent.current = before;
        const error = failure as HttpError;
        if (error?.status === 401) keep();
        if (error?.status === 409 && error.body?.current) {
          blocked.current = true;
          setClash({ current: error.body.current as RaRecord, base: confirmed.current });
          return update({ status: 'conflict' });
        }
        const errors = Object.entries((error?.body?.errors ?? {}) as Record<string, string>);
        for (const [field, message] of errors) setError(payload.formPath(field), { type: 'server', message });
        update(errors.length ? { status: 'invalid' } : { status: 'failed', message: error?.message });
      }
    },
    [changed, dataProvider, getValues, isDraft, keep, server.id, setError, setValue, update],
  );

  const flush = useCallback(
    (force = false) => {
      clearTimeout(timer.current);
      chain.current = chain.current.then(() => saveNow(force));
      return chain.current;
    },
    [saveNow],
  );

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: () => {
          if (!isDraft() || blocked.current) return;
          clearTimeout(timer.current);
          const { held } = draftPayload(getValues());
          if (!changed()) return update({ held });
          update({ status: 'pending', held });
          timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
        },
      }),
    [subscribe, isDraft, changed, flush, update, getValues],
  );

  useEffect(() => {
    // A backup restored from before a reload is sent at once; on leaving the page, what is typed goes along.
    if (changed()) void flush();
    const unregister = registerFlush(() => flush());
    window.addEventListener('pagehide', keep);
    window.addEventListener('beforeunload', keep);
    return () => {
      unregister();
      window.removeEventListener('pagehide', keep);
      window.removeEventListener('beforeunload', keep);
      void flush();
    };
  }, [changed, flush, keep]);

  /** The form now holds `record` as the server stored it (after a status change, or their version). */
  const adopt = useCallback((record: RaRecord) => {
    confirmed.current = record;
    sent.current = planSnapshot(record);
  }, []);

  const conflict = useMemo<Conflict>(
    () => ({
      current: clash?.current,
      base: clash?.base,
      resolve: () => {
        if (clash) adopt(clash.current);
        blocked.current = false;
        setClash(undefined);
        update({ status: 'idle' });
        void flush();
      },
    }),
    [clash, adopt, flush, update],
  );

  return { state, flush, adopt, conflict };
}
