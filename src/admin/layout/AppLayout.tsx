import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, Logout, UserMenu } from 'react-admin';
import { AppMenu } from './AppMenu';
import { LocaleTheme } from './LocaleTheme';
import { LocaleMenuItems } from './LocaleMenuItems';
import { DiskSpaceBanner } from './DiskSpaceBanner';
import { MailStatusBanner } from './MailStatusBanner';
import { PasswordMenuItem } from './PasswordMenuItem';
import { SignInMenuItems } from './SignInMenuItems';
import { useUserMenuLabel } from './useUserMenuLabel';

const usePhone = () => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });

const AppUserMenu = () => (
  <UserMenu label={useUserMenuLabel()}>
    {usePhone() && <LocaleMenuItems />}
    <PasswordMenuItem />
    <SignInMenuItems />
    <Logout />
  </UserMenu>
);

/** On a phone the language picker moves into the user menu and a long title wraps. */
const AppAppBar = () => (
  <AppBar
    userMenu={<AppUserMenu />}
    toolbar={usePhone() ? <LoadingIndicator /> : undefined}
    sx={(theme) => ({
      '& .RaAppBar-title': {
        minWidth: 0,
        // A long title (an incident's description) wraps to two lines instead of running off.
        [theme.breakpoints.down('sm')]: {
          whiteSpace: 'normal',
          display: '-webkit-box',
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
          fontSize: '1.05rem',
          lineHeight: 1.25,
          maxHeight: '2.5em',
          '& > *': { display: 'inline' },
        },
      },
    })}
  />
);

/**
 * Phones: every button, checkbox and pagination arrow at least 44×44 px, for a thumb; the page as
 * wide as the screen, whatever a table in it asks (react-admin's layout grows to fit its
 * content), with such a table scrolling sideways in its own box.
 */
const phoneLayout = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: {
    '& .RaLayout-content': { contain: 'inline-size' },
    '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
    '& .MuiIconButton-root, & .MuiButton-root, & .MuiCheckbox-root, & .MuiToggleButton-root, & .MuiFab-root':
      { minWidth: 44, minHeight: 44 },
  },
});

/**
 * react-admin's layout, with our menu order, a user menu that also offers to change one's
 * password, the second factor and one's sessions, and, for admins, a word when the server's disk is
 * nearly full or it cannot send mail; MUI's own texts in the
 * panel's language.
 */
export const AppLayout = ({ children }: { children: ReactNode }) => (
  <LocaleTheme>
    <Layout appBar={AppAppBar} menu={AppMenu} sx={phoneLayout}>
      <DiskSpaceBanner />
      <MailStatusBanner />
      {children}
    </Layout>
  </LocaleTheme>
);
