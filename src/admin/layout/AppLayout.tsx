import type { ReactNode } from 'react';
import { AppBar, Layout, Logout, UserMenu } from 'react-admin';
import { AppMenu } from './AppMenu';
import { MailStatusBanner } from './MailStatusBanner';
import { PasswordMenuItem } from './PasswordMenuItem';

const AppUserMenu = () => (
  <UserMenu>
    <PasswordMenuItem />
    <Logout />
  </UserMenu>
);

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

/**
 * react-admin's layout, with our menu order, a user menu that also offers to change one's
 * password, and, for admins, a word when the server cannot send mail.
 */
export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={AppAppBar} menu={AppMenu}>
    <MailStatusBanner />
    {children}
  </Layout>
);
