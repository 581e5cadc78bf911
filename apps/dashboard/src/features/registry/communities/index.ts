import CommunityIcon from '@mui/icons-material/HomeWork';
import { CommunityCreate } from './CommunityCreate';
import { CommunityEdit } from './CommunityEdit';
import { CommunityList } from './CommunityList';
import { CommunityShow } from './CommunityShow';

export default {
  list: CommunityList,
  show: CommunityShow,
  edit: CommunityEdit,
  create: CommunityCreate,
  icon: CommunityIcon,
  recordRepresentation: 'name',
};
