import AddIcon from '@mui/icons-material/Add';
import ApartmentIcon from '@mui/icons-material/Apartment';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import SmsFailedIcon from '@mui/icons-material/SmsFailed';
import { Stack } from '@mui/material';
import { Button, usePermissions } from 'react-admin';
import { hasPermission, type AppPermissions } from '../../../authProvider/permissions';
import { filteredList } from './CreditGuidance';
import { Link as RouterLink } from 'react-router-dom';

/**
 * Where a regulator acts from a firm's credit file: propose a record for this firm (the form prefilled), its open
 * issues and complaints, its communities — each a list filtered to the firm. Each link shows only with its permission.
 */
export const FirmLinks = ({ enterpriseId }: { enterpriseId: string }) => {
  const { permissions } = usePermissions<AppPermissions>();
  const may = (p: string) => hasPermission(permissions, p);
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 2 }} data-testid="firm-links">
      {may('credit:propose') && (
        <Button
          component={RouterLink}
          label="app.creditFile.propose"
          variant="contained"
          to={`/creditRecords/create?source=${encodeURIComponent(JSON.stringify({ subjectType: 'ENTERPRISE', enterpriseId }))}`}
        >
          <AddIcon />
        </Button>
      )}
      {may('issue:read') && (
        <Button component={RouterLink} label="app.creditFile.openIssues" to={filteredList('issues', { enterpriseId, open: true })}>
          <ReportProblemIcon />
        </Button>
      )}
      {may('complaint:read') && (
        <Button component={RouterLink} label="app.creditFile.openComplaints" to={filteredList('complaints', { enterpriseId, open: true })}>
          <SmsFailedIcon />
        </Button>
      )}
      {may('community:read') && (
        <Button component={RouterLink} label="app.creditFile.communities" to={filteredList('communities', { enterpriseId })}>
          <ApartmentIcon />
        </Button>
      )}
    </Stack>
  );
};
