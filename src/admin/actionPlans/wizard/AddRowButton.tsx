import AddIcon from '@mui/icons-material/Add';
import { useSimpleFormIterator } from 'react-admin';
import { LabelledButton } from '../../buttons/LabelledButton';
import { useFormContext } from 'react-hook-form';

/** Adds a row and moves the keyboard focus into it, so a row can be added and typed without the mouse. */
export function useAddRow(focusField: string) {
  const { add, total, source } = useSimpleFormIterator();
  const { setFocus } = useFormContext();
  return (item?: Record<string, unknown>) => {
    add(item);
    setTimeout(() => setFocus(`${source}.${total}.${focusField}`), 0);
  };
}

export const AddRowButton = ({ label, focusField }: { label: string; focusField: string }) => {
  const addRow = useAddRow(focusField);
  return (
    <LabelledButton label={label} onClick={() => addRow()} variant="outlined">
      <AddIcon />
    </LabelledButton>
  );
};
