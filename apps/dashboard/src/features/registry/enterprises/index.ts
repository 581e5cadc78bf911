import EnterpriseIcon from '@mui/icons-material/Business';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./EnterpriseList'),
    (m) => m.EnterpriseList,
  ),
  show: lazyView(
    () => import('./EnterpriseShow'),
    (m) => m.EnterpriseShow,
  ),
  edit: lazyView(
    () => import('./EnterpriseEdit'),
    (m) => m.EnterpriseEdit,
  ),
  create: lazyView(
    () => import('./EnterpriseCreate'),
    (m) => m.EnterpriseCreate,
  ),
  icon: EnterpriseIcon,
  recordRepresentation: 'name',
};
