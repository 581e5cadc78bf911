import { Suspense, lazy, type ReactElement } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

/** The leasing pages load on first use, out of the main chunk (vite.bundle-report.ts budget). */
const SafetyPage = lazy(() => import('./SafetyPage').then((m) => ({ default: m.SafetyPage })));
const MeetingsPage = lazy(() => import('./MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const KpiPage = lazy(() => import('./KpiPage').then((m) => ({ default: m.KpiPage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

/**
 * Leasing of an agency's state-owned property (issue 14; docs/leasing.md): safety checks of let units round the closed
 * loop (a department sees the findings referred to it) and the working group's meetings.
 */
export const leasingFeature: Feature = {
  name: 'leasing',
  views: {},
  pages: [
    { path: '/leasing/safety', element: onDemand(<SafetyPage />) },
    { path: '/leasing/meetings', element: onDemand(<MeetingsPage />), permission: 'lease:read' },
    { path: '/leasing/kpis', element: onDemand(<KpiPage />), permission: 'lease:read' },
  ],
};
