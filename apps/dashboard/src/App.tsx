import { Admin, Resource } from 'react-admin';
import auditLogs from './auditLogs';
import { createAuthProvider } from './authProvider';
import { hasPermission, type AppPermissions } from './authProvider/permissions';
import { getToken } from './authProvider/token';
import communities from './communities';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './dataProvider';
import { createGraphQLClient } from './dataProvider/graphqlClient';
import { resourceRegistry } from './dataProvider/registry';
import departments from './departments';
import enterprises from './enterprises';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { AppTitle } from './layout/AppTitle';
import { LoginPage } from './login/LoginPage';
import projectManagers from './projectManagers';
import { darkTheme, lightTheme } from './theme';
import townships from './townships';
import users from './users';

const request = createGraphQLClient({ getToken, getLocale: () => i18nProvider.getLocale() });
const dataProvider = createDataProvider(request, resourceRegistry);
const authProvider = createAuthProvider({ request, singleOf: (resource) => resourceRegistry[resource]?.single });

/** Menu order. The API's permission prefix of each resource is its `single` name (`enterprise:create`). */
const RESOURCES = [
  { name: 'enterprises', ui: enterprises },
  { name: 'communities', ui: communities },
  { name: 'projectManagers', ui: projectManagers },
  { name: 'townships', ui: townships },
  { name: 'departments', ui: departments },
  { name: 'users', ui: users },
  { name: 'auditLogs', ui: auditLogs },
] as const;

/** What a role may not do is not offered: no resource without `:read`, no create/edit routes without the permission. */
const resourcesFor = (permissions: AppPermissions | undefined) =>
  RESOURCES.filter(({ name }) => hasPermission(permissions, `${resourceRegistry[name]?.single}:read`)).map(({ name, ui }) => {
    const single = resourceRegistry[name]?.single;
    return (
      <Resource
        key={name}
        name={name}
        list={ui.list}
        show={ui.show}
        icon={ui.icon}
        recordRepresentation={ui.recordRepresentation}
        create={ui.create && hasPermission(permissions, `${single}:create`) ? ui.create : undefined}
        edit={ui.edit && hasPermission(permissions, `${single}:update`) ? ui.edit : undefined}
      />
    );
  });

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
    {resourcesFor}
  </Admin>
);
