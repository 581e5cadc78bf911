import CommunityIcon from '@mui/icons-material/HomeWork';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./CommunityList'),
    (m) => m.CommunityList,
  ),
  show: lazyView(
    () => import('./CommunityShow'),
    (m) => m.CommunityShow,
  ),
  edit: lazyView(
    () => import('./CommunityEdit'),
    (m) => m.CommunityEdit,
  ),
  create: lazyView(
    () => import('./CommunityCreate'),
    (m) => m.CommunityCreate,
  ),
  icon: CommunityIcon,
  recordRepresentation: 'name',
};
