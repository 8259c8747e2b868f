import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props {
  /** The plan field it fills, which also names its label. */
  field: string;
  value: string;
  onChange: (value: string) => void;
  minRows?: number;
  required?: boolean;
  autoFocus?: boolean;
}

/** A multi-line text in a plan action's dialog (a reason, SSP's status, an evaluation answer). */
export const DialogTextField = ({ field, value, onChange, minRows = 2, required, autoFocus }: Props) => {
  const translate = useTranslate();
  return (
    <TextField
      label={translate(`resources.actionPlans.fields.${field}`)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      multiline
      minRows={minRows}
      fullWidth
      required={required}
      autoFocus={autoFocus}
      margin="dense"
    />
  );
};
