import { useEffect } from 'react';
import { BooleanInput, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';

/**
 * "Send alligevel": a green incident or an exercise calls no one in, unless the user asks
 * for it (a drill practises the call-in). Hidden again, it is cleared: a yellow incident
 * edited later must not call everyone a second time by a tick left behind.
 */
export const CallInAnywayInput = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [level, exercise, anyway] = useWatch({ name: ['level', 'exercise', 'callInAnyway'] });
  const offered = level === 'green' || exercise === true;
  useEffect(() => {
    if (!offered && anyway) setValue('callInAnyway', false);
  }, [offered, anyway, setValue]);
  if (!offered) return null;
  return (
    <BooleanInput source="callInAnyway" helperText={translate('beredskab.incidents.callInAnywayHelp')} />
  );
};
