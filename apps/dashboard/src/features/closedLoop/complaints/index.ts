import ComplaintIcon from '@mui/icons-material/RecordVoiceOver';
import { ComplaintCreate, ComplaintList, ComplaintShow } from './ComplaintViews';

export default { list: ComplaintList, show: ComplaintShow, create: ComplaintCreate, icon: ComplaintIcon, recordRepresentation: 'content' };
