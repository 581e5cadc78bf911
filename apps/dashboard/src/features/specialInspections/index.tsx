import { Suspense, lazy, type ReactElement } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

const pages = () => import('./SpecialInspectionPages');
const ListPage = lazy(() => pages().then((m) => ({ default: m.SpecialInspectionListPage })));
const PlanPage = lazy(() => pages().then((m) => ({ default: m.SpecialInspectionPlanPage })));
const ShowPage = lazy(() => pages().then((m) => ({ default: m.SpecialInspectionShowPage })));
const ChecklistPage = lazy(() => pages().then((m) => ({ default: m.SpecialInspectionChecklistPage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

/** Departments' special inspections (docs/special-inspections.md): a department runs its own; the bureau and firms read. */
export const specialInspectionsFeature: Feature = {
  name: 'specialInspections',
  views: {},
  pages: [
    { path: '/special-inspections', element: onDemand(<ListPage />), permission: 'specialInspection:read' },
    { path: '/special-inspections/new', element: onDemand(<PlanPage />), permission: 'specialInspection:run' },
    { path: '/special-inspections/:id/checklist', element: onDemand(<ChecklistPage />), permission: 'specialInspection:run' },
    { path: '/special-inspections/:id', element: onDemand(<ShowPage />), permission: 'specialInspection:read' },
  ],
};
