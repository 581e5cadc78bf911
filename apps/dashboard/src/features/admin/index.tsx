import type { Feature } from '../types';
import { ApiTokensPage } from './apiTokens/ApiTokensPage';
import auditLogs from './auditLogs';
import users from './users';

/** Administration: users, the audit trail and API tokens. */
export const adminFeature: Feature = {
  name: 'admin',
  views: {
    users,
    auditLogs,
  },
  pages: [{ path: '/api-tokens', element: <ApiTokensPage />, permission: 'apiToken:manage' }],
};
