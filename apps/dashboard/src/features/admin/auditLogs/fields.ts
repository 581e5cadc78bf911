import { graphql } from '../../../gql';
import { defineResource } from '../../../dataProvider/types';

export const AUDIT_LOG_FIELDS = graphql(`
  fragment AuditLogFields on AuditLog {
    id
    at
    actorId
    actorName
    action
    entityType
    entityId
    changes
    ip
  }
`);

/** Read-only: no create or update. */
export const auditLogsResource = defineResource({
  resource: 'auditLogs',
  single: 'auditLog',
  documents: {
    list: graphql(`
      query AuditLogList($page: Int, $perPage: Int, $sortField: AuditLogSortField, $sortOrder: SortOrder, $filter: AuditLogFilter) {
        auditLogs(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          items {
            ...AuditLogFields
          }
          total
          totalCapped
        }
      }
    `),
    one: graphql(`
      query AuditLogOne($id: ID!) {
        auditLog(id: $id) {
          ...AuditLogFields
        }
      }
    `),
  },
  filters: ['entityType', 'entityId', 'action', 'actorId'],
  sortFields: ['at', 'action', 'entityType', 'id'],
});
