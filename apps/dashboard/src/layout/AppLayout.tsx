import { ThemeProvider, type Theme } from '@mui/material/styles';
import { useCallback, type ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, ToggleThemeButton, useTranslate } from 'react-admin';
import { NotificationBell } from '../notifications/Notifications';
import { AppMenu } from './AppMenu';
import { tablePaginationLabels } from './pagination';

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

/**
 * react-admin's search box has a placeholder but no label; screen readers and `getByLabel` need a name. Its theme
 * props are extended here, where the translation of the current locale is at hand, so every list's search gets it.
 */
export const LocalisedDefaults = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const label = translate('ra.action.search');
  const withNamedSearch = useCallback(
    (outer: Theme): Theme => ({
      ...outer,
      components: {
        ...outer.components,
        // A bare MUI pager (ranking, ratings, notifications, public boards) speaks the reader's language, as react-admin's does.
        MuiTablePagination: {
          ...outer.components?.MuiTablePagination,
          defaultProps: { ...outer.components?.MuiTablePagination?.defaultProps, ...tablePaginationLabels(translate) },
        },
        // Column headers keep to one line (1440 px lists); a chip is as wide as its words, never cut with an ellipsis.
        MuiTableCell: {
          ...outer.components?.MuiTableCell,
          styleOverrides: { ...outer.components?.MuiTableCell?.styleOverrides, head: { whiteSpace: 'nowrap' } },
        },
        MuiChip: {
          ...outer.components?.MuiChip,
          styleOverrides: { ...outer.components?.MuiChip?.styleOverrides, root: { maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } },
        },
        RaSearchInput: {
          ...outer.components?.RaSearchInput,
          defaultProps: { ...outer.components?.RaSearchInput?.defaultProps, inputProps: { 'aria-label': label } },
        },
      },
    }),
    [label, translate],
  );
  return <ThemeProvider theme={withNamedSearch}>{children}</ThemeProvider>;
};

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <LocalisedDefaults>
    <Layout menu={AppMenu} appBar={AppBarWithBell}>
      {children}
    </Layout>
  </LocalisedDefaults>
);
