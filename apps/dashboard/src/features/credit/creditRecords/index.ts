import CreditIcon from '@mui/icons-material/FactCheck';
import { CreditRecordCreate, CreditRecordList, CreditRecordShow } from './CreditRecordViews';

export default {
  list: CreditRecordList,
  show: CreditRecordShow,
  create: CreditRecordCreate,
  icon: CreditIcon,
  recordRepresentation: (r: { itemCode?: string; itemLabel?: string }) => `${r.itemCode ?? ''} ${r.itemLabel ?? ''}`,
};
