import ComplaintIcon from '@mui/icons-material/RecordVoiceOver';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';

export default { list: ComplaintList, show: ComplaintShow, create: ComplaintCreate, icon: ComplaintIcon, recordRepresentation: 'content' };
