import { PasswordInput as RaPasswordInput, useTranslate, type PasswordInputProps } from 'react-admin';
import { MIN_PASSWORD_LENGTH } from '../../domain/passwordRules';

/** A new password, with the domain's rule as help; the browser is told not to fill in a saved one. */
export const NewPasswordInput = ({ helperText, ...props }: PasswordInputProps) => {
  const translate = useTranslate();
  const rule = translate('beredskab.users.passwordHelp', { min: MIN_PASSWORD_LENGTH });
  return (
    <RaPasswordInput
      autoComplete="new-password"
      helperText={helperText ? `${translate(String(helperText))} ${rule}` : rule}
      {...props}
    />
  );
};
