import AuditLogIcon from '@mui/icons-material/History';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

/** Read-only: the audit trail is written by the API, never edited. */
export default {
  list: AuditLogList,
  show: AuditLogShow,
  edit: undefined,
  create: undefined,
  icon: AuditLogIcon,
  recordRepresentation: (record: { action?: string; entityType?: string; entityId?: string }) =>
    [record.action, record.entityType, record.entityId].filter(Boolean).join(' '),
};
