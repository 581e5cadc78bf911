import IssueIcon from '@mui/icons-material/AssignmentLate';
import { IssueCreate } from './IssueCreate';
import { IssueList } from './IssueList';
import { IssueShow } from './IssueShow';

export default { list: IssueList, show: IssueShow, create: IssueCreate, icon: IssueIcon, recordRepresentation: 'title' };
