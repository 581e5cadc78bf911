import { auditLogsResource } from './auditLogs/fields';
import { jobRunsResource } from './jobRuns/fields';
import { usersResource } from './users/fields';

export const adminResources = [usersResource, auditLogsResource, jobRunsResource] as const;
