import RepairApplicationIcon from '@mui/icons-material/Healing';
import { RepairApplicationList } from './RepairApplicationList';
import { RepairApplicationShow } from './RepairApplicationShow';

export default { list: RepairApplicationList, show: RepairApplicationShow, icon: RepairApplicationIcon, recordRepresentation: 'commitment' };
