import TownshipIcon from '@mui/icons-material/Place';
import { TownshipCreate } from './TownshipCreate';
import { TownshipEdit } from './TownshipEdit';
import { TownshipList } from './TownshipList';
import { TownshipShow } from './TownshipShow';

export default {
  list: TownshipList,
  show: TownshipShow,
  edit: TownshipEdit,
  create: TownshipCreate,
  icon: TownshipIcon,
  recordRepresentation: 'name',
};
