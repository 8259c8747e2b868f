import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useTranslate, useUserMenu } from 'react-admin';

/** A page of the user's own in the user menu (password, second factor, sessions). */
export const UserMenuLink = ({ to, label, icon }: { to: string; label: string; icon: ReactNode }) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={to} onClick={userMenu?.onClose}>
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText>{translate(label)}</ListItemText>
    </MenuItem>
  );
};
