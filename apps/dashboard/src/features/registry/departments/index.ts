import DepartmentIcon from '@mui/icons-material/AccountBalance';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./DepartmentList'),
    (m) => m.DepartmentList,
  ),
  show: lazyView(
    () => import('./DepartmentShow'),
    (m) => m.DepartmentShow,
  ),
  edit: lazyView(
    () => import('./DepartmentEdit'),
    (m) => m.DepartmentEdit,
  ),
  create: lazyView(
    () => import('./DepartmentCreate'),
    (m) => m.DepartmentCreate,
  ),
  icon: DepartmentIcon,
  recordRepresentation: 'name',
};
