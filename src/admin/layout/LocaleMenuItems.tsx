import LanguageIcon from '@mui/icons-material/Translate';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useLocales, useLocaleState, useUserMenu } from 'react-admin';

/** The languages as items of the user menu: on a phone the app bar has no room for a picker. */
export const LocaleMenuItems = () => {
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const userMenu = useUserMenu();
  return languages.map((language) => (
    <MenuItem
      key={language.locale}
      lang={language.locale}
      selected={language.locale === locale}
      onClick={() => {
        setLocale(language.locale);
        userMenu?.onClose();
      }}
    >
      <ListItemIcon>
        <LanguageIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{language.name}</ListItemText>
    </MenuItem>
  ));
};
