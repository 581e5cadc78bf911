import SelfCheckIcon from '@mui/icons-material/FactCheck';
import { SelfCheckCreate } from './SelfCheckCreate';
import { SelfCheckList } from './SelfCheckList';
import { SelfCheckShow } from './SelfCheckShow';

export default { list: SelfCheckList, show: SelfCheckShow, create: SelfCheckCreate, icon: SelfCheckIcon, recordRepresentation: 'date' };
