import { Card, CardContent } from '@mui/material';
import { Form, Loading, RadioButtonGroupInput, SaveButton, Title, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { SECOND_FACTOR_POLICIES, settingsSchema } from '../../domain/settings';
import { useZodResolver } from '../forms/useZodResolver';
import { OwnFactorWarning } from './OwnFactorWarning';
import { useSaveSettings, useSettings } from './useSettings';

const POLICY_CHOICES = SECOND_FACTOR_POLICIES.map((id) => ({
  id,
  name: `beredskab.settings.policies.${id}`,
}));

/** "Indstillinger", the system administrator's: who must sign in with a second factor. */
export const SettingsPage = () => {
  const translate = useTranslate();
  const settings = useSettings();
  const save = useSaveSettings();
  const resolver = useZodResolver(settingsSchema);
  if (!settings.data) return <Loading />;

  const submit = async (values: FieldValues) => {
    try {
      await save.mutateAsync(settingsSchema.parse(values));
    } catch (err) {
      const body = (err as { body?: { errors?: Record<string, string> } }).body;
      return body?.errors ?? { secondFactor: (err as Error).message };
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <Title title={translate('beredskab.settings.title')} />
      <CardContent>
        <Form record={settings.data} onSubmit={submit} resolver={resolver}>
          <RadioButtonGroupInput
            source="secondFactor"
            label="beredskab.settings.secondFactor"
            helperText="beredskab.settings.secondFactorHelp"
            choices={POLICY_CHOICES}
            row={false}
          />
          <OwnFactorWarning />
          <SaveButton />
        </Form>
      </CardContent>
    </Card>
  );
};
