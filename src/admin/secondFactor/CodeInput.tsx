import { required, TextInput } from 'react-admin';

/**
 * The six digits from the app: a number pad on a phone, and the browser's one-time-code
 * autofill; spaces as the apps show them ("123 456") are allowed.
 */
export const CodeInput = ({ autoFocus }: { autoFocus?: boolean }) => (
  <TextInput
    source="code"
    label="beredskab.secondFactor.code"
    helperText="beredskab.secondFactor.codeHelp"
    validate={required()}
    autoFocus={autoFocus}
    autoComplete="one-time-code"
    fullWidth
    slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9 ]*', maxLength: 7 } }}
  />
);
