import JobRunIcon from '@mui/icons-material/Schedule';
import { lazyView } from '../../lazyView';

/** Read-only: the scheduled jobs' runs (ADMIN). */
export default {
  list: lazyView(
    () => import('./JobRunList'),
    (m) => m.JobRunList,
  ),
  show: lazyView(
    () => import('./JobRunShow'),
    (m) => m.JobRunShow,
  ),
  edit: undefined,
  create: undefined,
  icon: JobRunIcon,
  recordRepresentation: (record: { job?: string; slot?: string }) => [record.job, record.slot].filter(Boolean).join(' '),
};
