import UserIcon from '@mui/icons-material/People';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./UserList'),
    (m) => m.UserList,
  ),
  show: lazyView(
    () => import('./UserShow'),
    (m) => m.UserShow,
  ),
  edit: lazyView(
    () => import('./UserEdit'),
    (m) => m.UserEdit,
  ),
  create: lazyView(
    () => import('./UserCreate'),
    (m) => m.UserCreate,
  ),
  icon: UserIcon,
  recordRepresentation: 'username',
};
