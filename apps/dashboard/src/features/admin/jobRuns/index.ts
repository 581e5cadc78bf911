import JobRunIcon from '@mui/icons-material/Schedule';
import { JobRunList } from './JobRunList';
import { JobRunShow } from './JobRunShow';

/** Read-only: the scheduled jobs' runs (ADMIN). */
export default {
  list: JobRunList,
  show: JobRunShow,
  edit: undefined,
  create: undefined,
  icon: JobRunIcon,
  recordRepresentation: (record: { job?: string; slot?: string }) => [record.job, record.slot].filter(Boolean).join(' '),
};
