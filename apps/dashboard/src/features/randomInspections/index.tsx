import { Suspense, lazy } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

const BureauDrawsPage = lazy(() => import('./BureauDrawsPage').then((m) => ({ default: m.BureauDrawsPage })));
const PublicDrawsPage = lazy(() => import('./PublicDrawsPage').then((m) => ({ default: m.PublicDrawsPage })));

/** 双随机一公开 (docs/random-inspections.md): the bureau's page (pool, plans, draws, publication, results) and the public page of published draws with the reproduce check. */
export const randomInspectionsFeature: Feature = {
  name: 'randomInspections',
  views: {},
  pages: [
    {
      path: '/random-inspections',
      element: (
        <Suspense fallback={<LoadingBox />}>
          <BureauDrawsPage />
        </Suspense>
      ),
      permission: 'randomInspection:read',
    },
    {
      path: '/public/random-inspections',
      element: (
        <Suspense fallback={<LoadingBox />}>
          <PublicDrawsPage />
        </Suspense>
      ),
      public: true,
    },
  ],
};
