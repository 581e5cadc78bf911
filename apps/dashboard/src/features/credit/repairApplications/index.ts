import RepairApplicationIcon from '@mui/icons-material/Healing';
import { RepairApplicationList, RepairApplicationShow } from './RepairApplicationViews';

export default { list: RepairApplicationList, show: RepairApplicationShow, icon: RepairApplicationIcon, recordRepresentation: 'commitment' };
