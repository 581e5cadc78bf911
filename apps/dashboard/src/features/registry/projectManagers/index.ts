import ProjectManagerIcon from '@mui/icons-material/Badge';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./ProjectManagerList'),
    (m) => m.ProjectManagerList,
  ),
  show: lazyView(
    () => import('./ProjectManagerShow'),
    (m) => m.ProjectManagerShow,
  ),
  edit: lazyView(
    () => import('./ProjectManagerEdit'),
    (m) => m.ProjectManagerEdit,
  ),
  create: lazyView(
    () => import('./ProjectManagerCreate'),
    (m) => m.ProjectManagerCreate,
  ),
  icon: ProjectManagerIcon,
  recordRepresentation: 'name',
};
