import ProjectManagerIcon from '@mui/icons-material/Badge';
import { ProjectManagerCreate } from './ProjectManagerCreate';
import { ProjectManagerEdit } from './ProjectManagerEdit';
import { ProjectManagerList } from './ProjectManagerList';
import { ProjectManagerShow } from './ProjectManagerShow';

export default {
  list: ProjectManagerList,
  show: ProjectManagerShow,
  edit: ProjectManagerEdit,
  create: ProjectManagerCreate,
  icon: ProjectManagerIcon,
  recordRepresentation: 'name',
};
