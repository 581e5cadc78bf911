import { Suspense, lazy, type ReactElement } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

/** The campaign and bulletin pages load on first use, out of the main chunk (vite.bundle-report.ts budget). */
const CampaignPage = lazy(() => import('./campaign/CampaignPage').then((m) => ({ default: m.CampaignPage })));
const BulletinsPage = lazy(() => import('./bulletins/BulletinPages').then((m) => ({ default: m.BulletinsPage })));
const BulletinPage = lazy(() => import('./bulletins/BulletinPages').then((m) => ({ default: m.BulletinPage })));
const PublicBulletinsPage = lazy(() => import('./bulletins/PublicBulletinPages').then((m) => ({ default: m.PublicBulletinsPage })));
const PublicBulletinPage = lazy(() => import('./bulletins/PublicBulletinPages').then((m) => ({ default: m.PublicBulletinPage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

/** The campaign (phases, milestones, training, meetings) and the monthly bulletins. */
export const campaignFeature: Feature = {
  name: 'campaign',
  views: {},
  pages: [
    { path: '/campaign', element: onDemand(<CampaignPage />), permission: 'campaign:read' },
    { path: '/bulletins', element: onDemand(<BulletinsPage />), permission: 'bulletin:read' },
    { path: '/bulletins/:id', element: onDemand(<BulletinPage />), permission: 'bulletin:read' },
    { path: '/public/bulletins', element: onDemand(<PublicBulletinsPage />), public: true },
    { path: '/public/bulletins/:id', element: onDemand(<PublicBulletinPage />), public: true },
  ],
};
