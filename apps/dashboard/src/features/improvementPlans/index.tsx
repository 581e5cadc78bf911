import { Suspense, lazy, type ReactElement } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

const pages = () => import('./PlansPages');
const PlanListPage = lazy(() => pages().then((m) => ({ default: m.PlanListPage })));
const PlanEditPage = lazy(() => pages().then((m) => ({ default: m.PlanEditPage })));
const PlanShowPage = lazy(() => pages().then((m) => ({ default: m.PlanShowPage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

/** A firm's own improvement plan (docs/improvement-plans.md): the firm writes and signs off its own; the bureau reads all. */
export const improvementPlansFeature: Feature = {
  name: 'improvementPlans',
  views: {},
  pages: [
    { path: '/improvement-plans', element: onDemand(<PlanListPage />), permission: 'improvementPlan:read' },
    { path: '/improvement-plans/new', element: onDemand(<PlanEditPage />), permission: 'improvementPlan:write' },
    { path: '/improvement-plans/:id/edit', element: onDemand(<PlanEditPage />), permission: 'improvementPlan:write' },
    { path: '/improvement-plans/:id', element: onDemand(<PlanShowPage />), permission: 'improvementPlan:read' },
  ],
};
