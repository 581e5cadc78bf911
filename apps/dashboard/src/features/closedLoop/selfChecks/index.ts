import SelfCheckIcon from '@mui/icons-material/FactCheck';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./SelfCheckList'),
    (m) => m.SelfCheckList,
  ),
  show: lazyView(
    () => import('./SelfCheckShow'),
    (m) => m.SelfCheckShow,
  ),
  create: lazyView(
    () => import('./SelfCheckCreate'),
    (m) => m.SelfCheckCreate,
  ),
  icon: SelfCheckIcon,
  recordRepresentation: 'date',
};
