import CreditIcon from '@mui/icons-material/FactCheck';
import { CreditRecordCreate } from './CreditRecordCreate';
import { CreditRecordList } from './CreditRecordList';
import { CreditRecordShow } from './CreditRecordShow';

export default {
  list: CreditRecordList,
  show: CreditRecordShow,
  create: CreditRecordCreate,
  icon: CreditIcon,
  recordRepresentation: (r: { itemCode?: string; itemLabel?: string }) => `${r.itemCode ?? ''} ${r.itemLabel ?? ''}`,
};
