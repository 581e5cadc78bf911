import { lazyPage } from '../lazyView';
import type { Feature } from '../types';
import auditLogs from './auditLogs';
import jobRuns from './jobRuns';
import users from './users';

/** Administration: users, the audit trail, the scheduled jobs' runs and API tokens. */
export const adminFeature: Feature = {
  name: 'admin',
  views: {
    users,
    auditLogs,
    jobRuns,
  },
  pages: [
    {
      path: '/api-tokens',
      element: lazyPage(
        () => import('./apiTokens/ApiTokensPage'),
        (m) => m.ApiTokensPage,
      ),
      permission: 'apiToken:manage',
    },
  ],
};
