import { Alert, AlertTitle } from '@mui/material';
import { useFieldLabel, type PlanErrors } from './usePlanUpdate';

/** The server's answer when it refused a step: its message, and each field's error by the field's label. */
export const PlanErrorsAlert = ({ errors }: { errors?: PlanErrors }) => {
  const label = useFieldLabel();
  if (!errors) return null;
  const fields = Object.entries(errors.fields);
  return (
    <Alert severity="error" sx={{ mt: 2 }} role="alert">
      <AlertTitle>{errors.message}</AlertTitle>
      {fields.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {fields.map(([field, message]) => (
            <li key={field}>
              {label(field)}: {message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
};
