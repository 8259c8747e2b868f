import { useState, type ReactElement, type ReactNode } from 'react';
import { type RaRecord } from 'react-admin';
import { LabelledButton } from '../../buttons/LabelledButton';
import { latest, type PlanActionProps } from '../saving/planAction';
import { usePlanUpdate } from '../saving/usePlanUpdate';
import { ActionDialog } from './ActionDialog';

type Values = Record<string, string>;

/** One of the dialog's fields bound to its value, as DialogTextField takes it. */
export type Bind<V extends Values> = (name: keyof V & string) => {
  value: string;
  onChange(value: string): void;
};

interface Props<V extends Values> extends PlanActionProps {
  label: string;
  icon: ReactElement;
  title: string;
  /** The confirm button's words; the button's own unless told. */
  confirm?: string;
  variant?: 'contained';
  /** The fields as the button first shows them. */
  initial: V;
  /** Values to open with each time (the stored evaluation); without it, what was typed stays. */
  openWith?: () => V;
  /** A change sent at once, without the dialog: an activation every signatory approved. */
  withoutDialog?: Partial<RaRecord>;
  ready(values: V): boolean;
  /** The plan's change from what was typed; `plan` is its latest version. */
  change(values: V, plan: RaRecord): Partial<RaRecord>;
  /** The notice once the change is stored. */
  done: string;
  children(bind: Bind<V>): ReactNode;
}

/**
 * A step of the plan's life that needs a few words first: the button, its dialog and the
 * typed values, sent as one update. The dialog closes once the server stored the change.
 */
export const DialogButton = <V extends Values>({
  label,
  icon,
  title,
  confirm = label,
  variant,
  initial,
  openWith,
  withoutDialog,
  ready,
  change,
  done,
  children,
  ...plan
}: Props<V>) => {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(initial);
  // The dialog shows the server's refusal while it is open; without it a notice does.
  const { send, isPending, errors } = usePlanUpdate(plan.onSaved, { notifyErrors: !open });
  const onClick = async () => {
    if (withoutDialog) return void (await send(await latest(plan), withoutDialog, done));
    if (openWith) setValues(openWith());
    setOpen(true);
  };
  const onConfirm = async () => {
    const current = await latest(plan);
    if (await send(current, change(values, current), done)) setOpen(false);
  };
  const bind: Bind<V> = (name) => ({
    value: values[name] ?? '',
    onChange: (value) => setValues({ ...values, [name]: value }),
  });
  return (
    <>
      <LabelledButton label={label} onClick={onClick} disabled={isPending} variant={variant}>
        {icon}
      </LabelledButton>
      <ActionDialog
        open={open}
        title={title}
        confirm={confirm}
        onClose={() => setOpen(false)}
        onConfirm={onConfirm}
        ready={ready(values)}
        pending={isPending}
        errors={errors}
      >
        {children(bind)}
      </ActionDialog>
    </>
  );
};
