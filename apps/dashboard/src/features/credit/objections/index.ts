import ObjectionIcon from '@mui/icons-material/Feedback';
import { ObjectionList, ObjectionShow } from './ObjectionViews';

export default { list: ObjectionList, show: ObjectionShow, icon: ObjectionIcon, recordRepresentation: 'statement' };
