import { useMediaQuery, type Theme } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';

/**
 * From a tablet up, the user menu button shows the user's name, so its accessible name
 * starts with that name ("Lene Sørensen, profil"), not just "Profil": speech control users
 * say what they see. On a phone it is an icon, named by react-admin's own key.
 */
export const useUserMenuLabel = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const showsName = useMediaQuery((theme: Theme) => theme.breakpoints.up('sm'));
  return showsName && identity?.fullName
    ? translate('beredskab.a11y.userMenu', { name: identity.fullName })
    : 'ra.auth.user_menu';
};
