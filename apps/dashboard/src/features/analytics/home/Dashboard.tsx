import { Box, Typography } from '@mui/material';
import { Suspense, lazy } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import type { AppPermissions } from '../../../authProvider/permissions';
import { enumLabel } from '../../../common/enums';
import { LoadingBox } from '../../../common/states';

// Each role loads only its own home (the KPI home is not needed by a firm manager, nor the firm's home by the bureau).
const KpiHome = lazy(() => import('./KpiHome').then((m) => ({ default: m.KpiHome })));
const AnalystApiCard = lazy(() => import('./KpiHome').then((m) => ({ default: m.AnalystApiCard })));
const EnterpriseHome = lazy(() => import('./RoleHomes').then((m) => ({ default: m.EnterpriseHome })));
const DepartmentQueue = lazy(() => import('./RoleHomes').then((m) => ({ default: m.DepartmentQueue })));

/**
 * The home, made for each role: a firm manager sees their firm (not county KPIs they cannot act on); a department
 * its queue and its KPI slice; an analyst the KPI home and the API; a township its own slice; the bureau everything.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  if (!permissions) return null;
  const role = permissions.role;
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="ra.page.dashboard" />
      <Typography variant="h5" component="h1">
        {translate('app.dashboard.welcome', { name: permissions.displayName })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.dashboard.scope', { role: enumLabel(translate, 'Role', role) })}
        {permissions.township ? ` · ${permissions.township.name}` : ''}
        {permissions.department ? ` · ${permissions.department.name}` : ''}
        {permissions.enterprise ? ` · ${permissions.enterprise.name}` : ''}
      </Typography>
      <Suspense fallback={<LoadingBox />}>
        {role === 'ENTERPRISE' ? (
          <EnterpriseHome permissions={permissions} />
        ) : (
          <>
            {role === 'DEPARTMENT' && <DepartmentQueue />}
            {role === 'ANALYST' && <AnalystApiCard />}
            <KpiHome permissions={permissions} />
          </>
        )}
      </Suspense>
    </Box>
  );
};
