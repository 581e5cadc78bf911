import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, ToggleThemeButton } from 'react-admin';
import { NotificationBell } from '../notifications/Notifications';
import { AppMenu } from './AppMenu';

/** The default toolbar plus the notification bell. */
const AppBarWithBell = () => (
  <AppBar
    toolbar={
      <>
        <NotificationBell />
        <LocalesMenuButton />
        <ToggleThemeButton />
        <LoadingIndicator />
      </>
    }
  />
);

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout menu={AppMenu} appBar={AppBarWithBell}>
    {children}
  </Layout>
);
