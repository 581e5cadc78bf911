import { lazyPage } from '../lazyView';
import type { Feature } from '../types';
import complaints from './complaints';
import inspections from './inspections';
import issues from './issues';
import selfChecks from './selfChecks';

/** The closed loop: issues, inspections, self-checks, complaints and the task inbox. */
export const closedLoopFeature: Feature = {
  name: 'closedLoop',
  views: {
    issues,
    inspections,
    selfChecks,
    complaints,
  },
  pages: [
    {
      path: '/inbox',
      element: lazyPage(
        () => import('./inbox/InboxPage'),
        (m) => m.InboxPage,
      ),
    },
  ],
};
