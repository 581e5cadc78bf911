import RepairApplicationIcon from '@mui/icons-material/Healing';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./RepairApplicationList'),
    (m) => m.RepairApplicationList,
  ),
  show: lazyView(
    () => import('./RepairApplicationShow'),
    (m) => m.RepairApplicationShow,
  ),
  icon: RepairApplicationIcon,
  recordRepresentation: 'commitment',
};
