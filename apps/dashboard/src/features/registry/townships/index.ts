import TownshipIcon from '@mui/icons-material/Place';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./TownshipList'),
    (m) => m.TownshipList,
  ),
  show: lazyView(
    () => import('./TownshipShow'),
    (m) => m.TownshipShow,
  ),
  edit: lazyView(
    () => import('./TownshipEdit'),
    (m) => m.TownshipEdit,
  ),
  create: lazyView(
    () => import('./TownshipCreate'),
    (m) => m.TownshipCreate,
  ),
  icon: TownshipIcon,
  recordRepresentation: 'name',
};
