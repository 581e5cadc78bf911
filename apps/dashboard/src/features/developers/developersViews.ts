import DeveloperIcon from '@mui/icons-material/Apartment';
import { DeveloperCreate } from './DeveloperCreate';
import { DeveloperEdit } from './DeveloperEdit';
import { DeveloperList } from './DeveloperList';
import { DeveloperShow } from './DeveloperShow';

export default {
  list: DeveloperList,
  show: DeveloperShow,
  edit: DeveloperEdit,
  create: DeveloperCreate,
  icon: DeveloperIcon,
  recordRepresentation: 'name',
};
