import { Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import type { CreditGrade } from '@wuye/domain';
import { Suspense, lazy } from 'react';
import { Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { hasPermission, type AppPermissions } from '../authProvider/permissions';
import { enumLabel } from '../common/enums';
import { gradeDistribution } from './gradeDistribution';

const GradeChart = lazy(() => import('./GradeChart'));

const ONE = { page: 1, perPage: 1 };

/** The total of a (filtered) list, read with a one-row page. */
const useTotal = (resource: string, filter: Record<string, unknown> = {}, enabled = true) =>
  useGetList(resource, { pagination: ONE, filter }, { enabled }).total;

const CountCard = ({ resource }: { resource: string }) => {
  const translate = useTranslate();
  const total = useTotal(resource);
  return (
    <Card sx={{ flex: '1 1 180px' }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate(`resources.${resource}.name`, { smart_count: 2 })}
        </Typography>
        <Typography variant="h4" component="p">
          {total ?? '—'}
        </Typography>
      </CardContent>
    </Card>
  );
};

const GradeCard = () => {
  const translate = useTranslate();
  const total = useTotal('enterprises');
  const byGrade: Record<CreditGrade, number | undefined> = {
    AAA: useTotal('enterprises', { grade: 'AAA' }),
    AA: useTotal('enterprises', { grade: 'AA' }),
    A: useTotal('enterprises', { grade: 'A' }),
    B: useTotal('enterprises', { grade: 'B' }),
    C: useTotal('enterprises', { grade: 'C' }),
  };
  const bars = gradeDistribution(total, byGrade);
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.dashboard.gradeDistribution')}
        </Typography>
        <Suspense fallback={<CircularProgress size={24} aria-label={translate('app.dashboard.loadingChart')} />}>
          <GradeChart bars={bars} />
        </Suspense>
      </CardContent>
    </Card>
  );
};

const REGISTRY = ['townships', 'enterprises', 'communities', 'projectManagers'] as const;
const SINGLE: Record<(typeof REGISTRY)[number], string> = {
  townships: 'township',
  enterprises: 'enterprise',
  communities: 'community',
  projectManagers: 'projectManager',
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  if (!permissions) return null;
  const readable = REGISTRY.filter((resource) => hasPermission(permissions, `${SINGLE[resource]}:read`));
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <Typography variant="h5" component="h1">
        {translate('app.dashboard.welcome', { name: permissions.displayName })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.dashboard.scope', { role: enumLabel(translate, 'Role', permissions.role) })}
        {permissions.township ? ` · ${permissions.township.name}` : ''}
        {permissions.department ? ` · ${permissions.department.name}` : ''}
        {permissions.enterprise ? ` · ${permissions.enterprise.name}` : ''}
      </Typography>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
        {translate('app.dashboard.registry')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        {readable.map((resource) => (
          <CountCard key={resource} resource={resource} />
        ))}
      </Box>
      {readable.includes('enterprises') && <GradeCard />}
    </Box>
  );
};
