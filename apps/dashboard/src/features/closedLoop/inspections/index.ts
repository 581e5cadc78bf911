import InspectionIcon from '@mui/icons-material/Checklist';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./InspectionList'),
    (m) => m.InspectionList,
  ),
  show: lazyView(
    () => import('./InspectionShow'),
    (m) => m.InspectionShow,
  ),
  create: lazyView(
    () => import('./InspectionCreate'),
    (m) => m.InspectionCreate,
  ),
  icon: InspectionIcon,
  recordRepresentation: 'date',
};
