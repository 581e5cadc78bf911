import CreditIcon from '@mui/icons-material/FactCheck';
import { lazyView } from '../../lazyView';

export default {
  list: lazyView(
    () => import('./CreditRecordList'),
    (m) => m.CreditRecordList,
  ),
  show: lazyView(
    () => import('./CreditRecordShow'),
    (m) => m.CreditRecordShow,
  ),
  create: lazyView(
    () => import('./CreditRecordCreate'),
    (m) => m.CreditRecordCreate,
  ),
  icon: CreditIcon,
  recordRepresentation: (r: { itemCode?: string; itemLabel?: string }) => `${r.itemCode ?? ''} ${r.itemLabel ?? ''}`,
};
