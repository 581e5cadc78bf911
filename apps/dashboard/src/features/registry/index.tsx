import { Suspense, lazy } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';
import communities from './communities';
import departments from './departments';
import enterprises from './enterprises';
import projectManagers from './projectManagers';
import townships from './townships';

const ManagerRankingPage = lazy(() => import('./projectManagers/ManagerRankingPage').then((m) => ({ default: m.ManagerRankingPage })));

/** The registry: firms, communities, project managers (with their credit ranking), townships and departments. */
export const registryFeature: Feature = {
  name: 'registry',
  views: {
    enterprises,
    communities,
    projectManagers,
    townships,
    departments,
  },
  pages: [
    {
      path: '/manager-ranking',
      element: (
        <Suspense fallback={<LoadingBox />}>
          <ManagerRankingPage />
        </Suspense>
      ),
      permission: 'credit:read',
    },
  ],
};
