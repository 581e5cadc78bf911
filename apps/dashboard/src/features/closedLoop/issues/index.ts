import IssueIcon from '@mui/icons-material/AssignmentLate';
import { IssueCreate, IssueList, IssueShow } from './IssueViews';

export default { list: IssueList, show: IssueShow, create: IssueCreate, icon: IssueIcon, recordRepresentation: 'title' };
