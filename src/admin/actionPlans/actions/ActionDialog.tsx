import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { LabelledButton } from '../../buttons/LabelledButton';
import { PlanErrorsAlert } from '../saving/PlanErrorsAlert';
import type { PlanErrors } from '../saving/usePlanUpdate';

interface Props {
  title: string;
  confirm: string;
  open: boolean;
  onClose(): void;
  onConfirm(): void;
  /** The confirm button stays disabled until what the step needs is filled in. */
  ready?: boolean;
  pending?: boolean;
  errors?: PlanErrors;
  children: ReactNode;
}

/** A step that needs a few words first (a reason, SSP's status): a small form in a dialog. */
export const ActionDialog = ({
  title,
  confirm,
  open,
  onClose,
  onConfirm,
  ready = true,
  pending,
  errors,
  children,
}: Props) => {
  const translate = useTranslate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (ready && !pending) onConfirm();
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="plan-action-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="plan-action-title">{translate(title)}</DialogTitle>
        <DialogContent>
          {children}
          <PlanErrorsAlert errors={errors} />
        </DialogContent>
        <DialogActions>
          <LabelledButton label="ra.action.cancel" onClick={onClose} />
          <LabelledButton label={confirm} type="submit" variant="contained" disabled={!ready || pending} />
        </DialogActions>
      </form>
    </Dialog>
  );
};
