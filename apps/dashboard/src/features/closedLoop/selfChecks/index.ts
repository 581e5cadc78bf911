import SelfCheckIcon from '@mui/icons-material/FactCheck';
import { SelfCheckCreate, SelfCheckList, SelfCheckShow } from './SelfCheckViews';

export default { list: SelfCheckList, show: SelfCheckShow, create: SelfCheckCreate, icon: SelfCheckIcon, recordRepresentation: 'date' };
