import { Suspense, lazy, type ReactElement } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

/** The committee pages load on first use, out of the main chunk (vite.bundle-report.ts budget). */
const CommitteeRegisterPage = lazy(() => import('./RegisterPage').then((m) => ({ default: m.CommitteeRegisterPage })));
const ElectionPage = lazy(() => import('./ElectionPage').then((m) => ({ default: m.ElectionPage })));
const PublicVotePage = lazy(() => import('./PublicPages').then((m) => ({ default: m.PublicVotePage })));
const PublicResultsPage = lazy(() => import('./PublicPages').then((m) => ({ default: m.PublicResultsPage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

/**
 * Owners' committees (issue 13; docs/committees.md): the register per community, an election's workflow from the
 * preparatory group to filing, and the owners' public pages (voting with a one-time code, results anyone can recount).
 */
export const committeesFeature: Feature = {
  name: 'committees',
  views: {},
  pages: [
    { path: '/committees', element: onDemand(<CommitteeRegisterPage />), permission: 'committee:read' },
    { path: '/committees/elections/:id', element: onDemand(<ElectionPage />), permission: 'committee:read' },
    { path: '/public/vote', element: onDemand(<PublicVotePage />), public: true },
    { path: '/public/elections/:id', element: onDemand(<PublicResultsPage />), public: true },
  ],
};
