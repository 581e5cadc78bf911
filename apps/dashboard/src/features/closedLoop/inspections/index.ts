import InspectionIcon from '@mui/icons-material/Checklist';
import { InspectionCreate } from './InspectionCreate';
import { InspectionList } from './InspectionList';
import { InspectionShow } from './InspectionShow';

export default { list: InspectionList, show: InspectionShow, create: InspectionCreate, icon: InspectionIcon, recordRepresentation: 'date' };
