import ObjectionIcon from '@mui/icons-material/Feedback';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./ObjectionList'),
    (m) => m.ObjectionList,
  ),
  show: lazyView(
    () => import('./ObjectionShow'),
    (m) => m.ObjectionShow,
  ),
  icon: ObjectionIcon,
  recordRepresentation: 'statement',
};
