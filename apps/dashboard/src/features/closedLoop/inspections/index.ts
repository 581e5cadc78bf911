import InspectionIcon from '@mui/icons-material/Checklist';
import { InspectionCreate, InspectionList, InspectionShow } from './InspectionViews';

export default { list: InspectionList, show: InspectionShow, create: InspectionCreate, icon: InspectionIcon, recordRepresentation: 'date' };
