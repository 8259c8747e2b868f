import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { WIZARD_STEPS } from './steps';

/** The wizard's step lives in the URL (?step=3 is the third step), so a reload returns to it. */
export function useStepParam(): [number, (step: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('step'));
  const step = Number.isInteger(raw) && raw >= 1 ? Math.min(raw, WIZARD_STEPS.length) - 1 : 0;
  const setStep = useCallback(
    (next: number) =>
      setParams((previous) => {
        const query = new URLSearchParams(previous);
        query.set('step', String(next + 1));
        return query;
      }),
    [setParams],
  );
  return [step, setStep];
}
