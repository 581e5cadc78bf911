import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Suspense, lazy, type ReactElement } from 'react';
import { Route } from 'react-router-dom';
import { ApiTokensPage } from './apiTokens/ApiTokensPage';
import auditLogs from './auditLogs';
import { createAuthProvider } from './authProvider';
import { hasPermission, type AppPermissions } from './authProvider/permissions';
import { request } from './common/api';
import { LoadingBox } from './common/states';
import communities from './communities';
import complaints from './complaints';
import { CreditPage, MyCreditPage } from './credit/CreditPage';
import { BoardsPage, PublicBoardsPage, PublicRatingPage } from './credit/PublicPages';
import { RankingPage } from './credit/RankingPage';
import creditRecords from './creditRecords';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './dataProvider';
import { resourceRegistry } from './dataProvider/registry';
import type { ResourceConfig } from './dataProvider/types';
import departments from './departments';
import enterprises from './enterprises';
import { i18nProvider } from './i18n';
import { InboxPage } from './inbox/InboxPage';
import inspections from './inspections';
import issues from './issues';
import { AppLayout } from './layout/AppLayout';
import { AppTitle } from './layout/AppTitle';
import { LoginPage } from './login/LoginPage';
import { NotificationsPage } from './notifications/Notifications';
import objections from './objections';
import projectManagers from './projectManagers';
import { RatingPage, RatingsPage } from './ratings/RatingPages';
import repairApplications from './repairApplications';
import selfChecks from './selfChecks';
import { darkTheme, lightTheme } from './theme';
import townships from './townships';
import users from './users';

/** The campaign and bulletin pages load on first use, out of the main chunk (vite.bundle-report.ts budget). */
const CampaignPage = lazy(() => import('./campaign/CampaignPage').then((m) => ({ default: m.CampaignPage })));
const BulletinsPage = lazy(() => import('./bulletins/BulletinPages').then((m) => ({ default: m.BulletinsPage })));
const BulletinPage = lazy(() => import('./bulletins/BulletinPages').then((m) => ({ default: m.BulletinPage })));
const PublicBulletinsPage = lazy(() => import('./bulletins/PublicBulletinPages').then((m) => ({ default: m.PublicBulletinsPage })));
const PublicBulletinPage = lazy(() => import('./bulletins/PublicBulletinPages').then((m) => ({ default: m.PublicBulletinPage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

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

/** Menu order. */
const RESOURCES = [
  { name: 'issues', ui: issues },
  { name: 'inspections', ui: inspections },
  { name: 'selfChecks', ui: selfChecks },
  { name: 'complaints', ui: complaints },
  { name: 'enterprises', ui: enterprises },
  { name: 'communities', ui: communities },
  { name: 'projectManagers', ui: projectManagers },
  { name: 'creditRecords', ui: creditRecords },
  { name: 'objections', ui: objections },
  { name: 'repairApplications', ui: repairApplications },
  { name: 'townships', ui: townships },
  { name: 'departments', ui: departments },
  { name: 'users', ui: users },
  { name: 'auditLogs', ui: auditLogs },
] as const;

interface ResourceUi {
  list: React.ComponentType;
  show?: React.ComponentType;
  edit?: React.ComponentType;
  create?: React.ComponentType;
  icon?: React.ComponentType;
  recordRepresentation?: string | ((record: never) => string);
}

/** What a role may not do is not offered: no resource without `:read`, no create/edit routes without the permission. */
const resourcesFor = (permissions: AppPermissions | undefined) => [
  ...RESOURCES.filter(({ name }) => hasPermission(permissions, permissionFor(resourceRegistry[name], 'read') ?? '')).map(({ name, ui }) => {
    const config = resourceRegistry[name];
    const r = ui as ResourceUi;
    return (
      <Resource
        key={name}
        name={name}
        list={r.list}
        show={r.show}
        icon={r.icon}
        recordRepresentation={r.recordRepresentation as never}
        create={r.create && hasPermission(permissions, permissionFor(config, 'create') ?? '') ? r.create : undefined}
        edit={r.edit && hasPermission(permissions, permissionFor(config, 'update') ?? '') ? r.edit : undefined}
      />
    );
  }),
  <CustomRoutes key="pages">
    <Route path="/credit/:id" element={<CreditPage />} />
    <Route path="/my-credit" element={<MyCreditPage />} />
    <Route path="/ranking" element={<RankingPage />} />
    <Route path="/boards" element={<BoardsPage />} />
    <Route path="/ratings" element={<RatingsPage />} />
    <Route path="/ratings/:id" element={<RatingPage />} />
    <Route path="/notifications" element={<NotificationsPage />} />
    <Route path="/inbox" element={<InboxPage />} />
    {hasPermission(permissions, 'campaign:read') && <Route path="/campaign" element={onDemand(<CampaignPage />)} />}
    {hasPermission(permissions, 'bulletin:read') && <Route path="/bulletins" element={onDemand(<BulletinsPage />)} />}
    {hasPermission(permissions, 'bulletin:read') && <Route path="/bulletins/:id" element={onDemand(<BulletinPage />)} />}
    {hasPermission(permissions, 'apiToken:manage') && <Route path="/api-tokens" element={<ApiTokensPage />} />}
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
      <Route path="/public/boards" element={<PublicBoardsPage />} />
      <Route path="/public/ratings/:id" element={<PublicRatingPage />} />
      <Route path="/public/bulletins" element={onDemand(<PublicBulletinsPage />)} />
      <Route path="/public/bulletins/:id" element={onDemand(<PublicBulletinPage />)} />
    </CustomRoutes>
    {resourcesFor}
  </Admin>
);
