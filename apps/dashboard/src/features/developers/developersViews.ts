import DeveloperIcon from '@mui/icons-material/Apartment';
import { lazyView } from '../lazyView';

export default {
  list: lazyView(
    () => import('./DeveloperList'),
    (m) => m.DeveloperList,
  ),
  show: lazyView(
    () => import('./DeveloperShow'),
    (m) => m.DeveloperShow,
  ),
  edit: lazyView(
    () => import('./DeveloperEdit'),
    (m) => m.DeveloperEdit,
  ),
  create: lazyView(
    () => import('./DeveloperCreate'),
    (m) => m.DeveloperCreate,
  ),
  icon: DeveloperIcon,
  recordRepresentation: 'name',
};
