import { auditLogsResource } from './auditLogs/fields';
import { usersResource } from './users/fields';

export const adminResources = [usersResource, auditLogsResource] as const;
