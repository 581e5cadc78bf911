import ComplaintIcon from '@mui/icons-material/RecordVoiceOver';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./ComplaintList'),
    (m) => m.ComplaintList,
  ),
  show: lazyView(
    () => import('./ComplaintShow'),
    (m) => m.ComplaintShow,
  ),
  create: lazyView(
    () => import('./ComplaintCreate'),
    (m) => m.ComplaintCreate,
  ),
  icon: ComplaintIcon,
  recordRepresentation: 'content',
};
