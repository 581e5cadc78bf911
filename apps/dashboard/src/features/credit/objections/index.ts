import ObjectionIcon from '@mui/icons-material/Feedback';
import { ObjectionList } from './ObjectionList';
import { ObjectionShow } from './ObjectionShow';

export default { list: ObjectionList, show: ObjectionShow, icon: ObjectionIcon, recordRepresentation: 'statement' };
