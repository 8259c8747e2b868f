import { Button, type ButtonProps } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

type Props = Omit<ButtonProps, 'children' | 'startIcon'> & {
  /** A translation key, or the words themselves. */
  label: string;
  /** The icon before the words. */
  children?: ReactNode;
};

/**
 * A button that says what it does at every width. react-admin's Button shrinks to a bare
 * icon below `sm`, which leaves "Vedtag planen" or "Lås året" a riddle on a phone and a
 * dialog's "Annuller" (no icon) an empty square; this one keeps its words, thumb-high there.
 * The same props as react-admin's: `label` and the icon as the child.
 */
export const LabelledButton = ({ label, children, size = 'small', sx, ...props }: Props) => {
  const translate = useTranslate();
  return (
    <Button
      size={size}
      startIcon={children}
      sx={[{ minHeight: { xs: 44, sm: 'auto' }, lineHeight: 1.5 }, ...(Array.isArray(sx) ? sx : [sx])]}
      {...props}
    >
      {translate(label, { _: label })}
    </Button>
  );
};
