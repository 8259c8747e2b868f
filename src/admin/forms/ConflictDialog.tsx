import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import {
  useEditContext,
  useRecordContext,
  useResourceContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { LabelledButton } from '../buttons/LabelledButton';
import { useFormContext } from 'react-hook-form';
import { ChangesTable } from '../history/ChangesTable';
import { recordChanges, sameValue } from '../history/recordChanges';
import { useConflict, type Conflict } from './conflictContext';

/**
 * Shown in an Edit form when the server refused a save because someone else saved first:
 * what they changed, and the user's choice. The typed input stays until the user discards it.
 */
export const ConflictDialog = () => {
  const conflict = useConflict();
  return conflict?.current ? <OpenConflictDialog conflict={conflict} current={conflict.current} /> : null;
};

const OpenConflictDialog = ({ conflict, current }: { conflict: Conflict; current: RaRecord }) => {
  const loaded = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { getValues, setValue, reset } = useFormContext();
  const { refetch } = useEditContext();

  const changes = recordChanges(conflict.base ?? loaded, current);
  /** The user's value where they, too, changed a field the other person changed. */
  const yours = (field: string) => {
    const change = changes.find((c) => c.field === field);
    const value: unknown = getValues(field);
    return change && !sameValue(value, change.before) ? { value } : undefined;
  };

  const keepMine = () => {
    // Their changes to fields the user left alone are taken over, not silently reverted.
    for (const { field, after } of changes) if (!yours(field)) setValue(field, after);
    // The next save names the version now stored, so it overwrites on purpose.
    setValue('version', current.version, { shouldDirty: true });
    conflict.resolve();
  };
  const loadTheirs = () => {
    reset(current);
    conflict.resolve();
    // Brings the rest of the page (an aside, the record context) to the stored version too.
    refetch?.();
  };

  return (
    <Dialog open aria-labelledby="conflict-title" maxWidth="md">
      <DialogTitle id="conflict-title">{translate('beredskab.conflict.title')}</DialogTitle>
      <DialogContent>
        <Typography gutterBottom>{translate('beredskab.conflict.intro')}</Typography>
        {changes.length > 0 ? (
          <ChangesTable
            resource={resource}
            changes={changes}
            afterLabel="beredskab.conflict.now"
            yours={yours}
          />
        ) : (
          <Typography>{translate('beredskab.conflict.none')}</Typography>
        )}
        <Typography sx={{ mt: 2 }}>{translate('beredskab.conflict.notSaved')}</Typography>
      </DialogContent>
      <DialogActions>
        <LabelledButton label="beredskab.conflict.loadTheirs" onClick={loadTheirs} />
        <LabelledButton label="beredskab.conflict.keepMine" onClick={keepMine} variant="contained" />
      </DialogActions>
    </Dialog>
  );
};
