import { Suspense, lazy, type ReactElement } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

const records = () => import('./RecordsPages');
const publicity = () => import('./PublicityPages');
const MeetingsPage = lazy(() => records().then((m) => ({ default: m.MeetingsPage })));
const PeerVisitsPage = lazy(() => records().then((m) => ({ default: m.PeerVisitsPage })));
const PublicityPage = lazy(() => publicity().then((m) => ({ default: m.PublicityPage })));
const PublicNewsPage = lazy(() => publicity().then((m) => ({ default: m.PublicNewsPage })));
const PublicArticlePage = lazy(() => publicity().then((m) => ({ default: m.PublicArticlePage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

/**
 * The campaign's records (docs/campaign-records.md): the monthly consultations' and joint meetings' minutes, peer
 * visits, the bureau's publicity column and its public pages (no login).
 */
export const campaignRecordsFeature: Feature = {
  name: 'campaignRecords',
  views: {},
  pages: [
    { path: '/campaign-meetings', element: onDemand(<MeetingsPage />), permission: 'campaign:read' },
    { path: '/peer-visits', element: onDemand(<PeerVisitsPage />), permission: 'campaign:read' },
    { path: '/publicity', element: onDemand(<PublicityPage />), permission: 'publicity:manage' },
    { path: '/public/news', element: onDemand(<PublicNewsPage />), public: true },
    { path: '/public/news/:id', element: onDemand(<PublicArticlePage />), public: true },
  ],
};
