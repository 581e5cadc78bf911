import type { ResourceConfig } from '../dataProvider/types';

export const auditLogFields = `id at actorId actorName action entityType entityId changes ip`;

/** Read-only: no create or update input. */
export const auditLogsResource: ResourceConfig = {
  resource: 'auditLogs',
  single: 'auditLog',
  fields: auditLogFields,
  filters: ['entityType', 'entityId', 'action', 'actorId'],
  sortFields: ['at', 'action', 'entityType', 'id'],
};
