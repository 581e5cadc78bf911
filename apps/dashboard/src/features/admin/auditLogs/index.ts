import AuditLogIcon from '@mui/icons-material/History';
import { lazyView } from '../../lazyView';

/** Read-only: the audit trail is written by the API, never edited. */
export default {
  list: lazyView(
    () => import('./AuditLogList'),
    (m) => m.AuditLogList,
  ),
  show: lazyView(
    () => import('./AuditLogShow'),
    (m) => m.AuditLogShow,
  ),
  edit: undefined,
  create: undefined,
  icon: AuditLogIcon,
  recordRepresentation: (record: { action?: string; entityType?: string; entityId?: string }) =>
    [record.action, record.entityType, record.entityId].filter(Boolean).join(' '),
};
