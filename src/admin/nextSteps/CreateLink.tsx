import AddIcon from '@mui/icons-material/Add';
import { Button, type ButtonProps } from '@mui/material';
import { LinkBase, useCanAccess, useCreatePath, useTranslate } from 'react-admin';

interface Props {
  resource: string;
  /** The translation key of what the button says: the step it takes ("Opret det første boligområde"). */
  label: string;
  /** Fields the new record starts with, e.g. the programme it belongs to. */
  record?: Record<string, unknown>;
  variant?: ButtonProps['variant'];
}

/**
 * The next step of an empty page: a link to a resource's create page, worded as what it does,
 * for those who may create there. react-admin's CreateButton turns into a floating button on a
 * phone; this stays where the sentence put it.
 */
export const CreateLink = ({ resource, label, record, variant = 'contained' }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ action: 'create', resource });
  if (!canAccess) return null;
  return (
    <Button
      component={LinkBase}
      to={createPath({ resource, type: 'create' })}
      state={record ? { record } : undefined}
      variant={variant}
      startIcon={<AddIcon />}
      sx={{ minHeight: 44 }}
    >
      {translate(label)}
    </Button>
  );
};
