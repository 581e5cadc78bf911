import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { createAuthProvider } from './authProvider';
import { hasPermission, type AppPermissions } from './authProvider/permissions';
import { getToken } from './authProvider/token';
import { request } from './common/api';
import { createDataProvider } from './dataProvider';
import type { ResourceConfig } from './dataProvider/types';
import { FEATURES, MENU_ORDER } from './features';
import { Dashboard } from './features/analytics/home/Dashboard';
import { resourceRegistry } from './features/resources';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { AppTitle } from './layout/AppTitle';
import { LoginPage } from './login/LoginPage';
import { NotificationsPage } from './notifications/Notifications';
import { darkTheme, lightTheme } from './theme';

const dataProvider = createDataProvider(request, resourceRegistry);

/** The API permission of an action on a resource (`credit:read` for credit records, `credit:propose` to create one). */
export function permissionFor(config: ResourceConfig | undefined, action: 'read' | 'create' | 'update'): string | undefined {
  if (!config) return undefined;
  if (action === 'create' && config.createPermission) return config.createPermission;
  return `${config.permissionPrefix ?? config.single}:${action}`;
}

const authProvider = createAuthProvider({
  request,
  singleOf: (resource) => {
    const config = resourceRegistry[resource];
    return config ? (config.permissionPrefix ?? config.single) : undefined;
  },
  overrideOf: (resource, action) => permissionFor(resourceRegistry[resource], action),
});

/**
 * The home's first screen (issue 15, docs/benchmarks.md "First screen"): with a session, who is signed in and the KPI
 * home's code are fetched while main.tsx reads the server's clock, not one after the other once the app has rendered
 * (`me` is cached per token by the auth provider; the lazy home imports the same module).
 */
export function prefetchFirstScreen(location: Pick<Location, 'hash'> = window.location): void {
  if (!getToken()) return;
  Promise.resolve(authProvider.getPermissions?.({})).catch(() => undefined);
  if (location.hash === '' || location.hash === '#/') void import('./features/analytics/home/KpiHome');
}

/** Each resource with its data-provider config and its feature's views, in menu order. */
const RESOURCES = MENU_ORDER.map((name) => ({ config: resourceRegistry[name]!, ui: FEATURES.find((f) => name in f.views)!.views[name]! }));
const PAGES = FEATURES.flatMap((f) => f.pages);
/** What a role may not do is not offered: no resource without `:read`, no create/edit routes without the permission. */
const resourcesFor = (permissions: AppPermissions | undefined) => [
  ...RESOURCES.filter(({ config }) => hasPermission(permissions, permissionFor(config, 'read') ?? '')).map(({ config, ui }) => (
    <Resource
      key={config.resource}
      name={config.resource}
      list={ui.list}
      show={ui.show}
      icon={ui.icon}
      recordRepresentation={ui.recordRepresentation as never}
      create={ui.create && hasPermission(permissions, permissionFor(config, 'create') ?? '') ? ui.create : undefined}
      edit={ui.edit && hasPermission(permissions, permissionFor(config, 'update') ?? '') ? ui.edit : undefined}
    />
  )),
  <CustomRoutes key="pages">
    <Route path="/notifications" element={<NotificationsPage />} />
    {PAGES.filter((p) => !p.public && (!p.permission || hasPermission(permissions, p.permission))).map((p) => (
      <Route key={p.path} path={p.path} element={p.element} />
    ))}
  </CustomRoutes>,
];

export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    title={<AppTitle />}
    layout={AppLayout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
    requireAuth
    disableTelemetry
  >
    {/* Open to anyone, signed in or not: the red and black lists, published ratings and bulletins. */}
    <CustomRoutes noLayout>
      {PAGES.filter((p) => p.public).map((p) => (
        <Route key={p.path} path={p.path} element={p.element} />
      ))}
    </CustomRoutes>
    {resourcesFor}
  </Admin>
);
