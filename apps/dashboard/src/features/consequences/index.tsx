import { Suspense, lazy, type ReactElement } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

const HandoversPage = lazy(() => import('./HandoversPage').then((m) => ({ default: m.HandoversPage })));
const InspectionPlanPage = lazy(() => import('./InspectionPlanPage').then((m) => ({ default: m.InspectionPlanPage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

/** Consequences of the black list and grade C (issue 16, docs/consequences.md): 清出市场 with handovers, the risk-based plan. */
export const consequencesFeature: Feature = {
  name: 'consequences',
  views: {},
  pages: [
    { path: '/handovers', element: onDemand(<HandoversPage />), permission: 'consequence:read' },
    { path: '/inspection-plan', element: onDemand(<InspectionPlanPage />), permission: 'consequence:read' },
  ],
};
