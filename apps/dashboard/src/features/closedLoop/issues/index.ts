import IssueIcon from '@mui/icons-material/AssignmentLate';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./IssueList'),
    (m) => m.IssueList,
  ),
  show: lazyView(
    () => import('./IssueShow'),
    (m) => m.IssueShow,
  ),
  create: lazyView(
    () => import('./IssueCreate'),
    (m) => m.IssueCreate,
  ),
  icon: IssueIcon,
  recordRepresentation: 'title',
};
