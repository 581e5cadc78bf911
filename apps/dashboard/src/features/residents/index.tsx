import { Suspense, lazy, type ReactNode } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

const pages = () => import('./PublicComplaintPages');
const FormPage = lazy(() => pages().then((m) => ({ default: m.PublicComplaintFormPage })));
const StatusPage = lazy(() => pages().then((m) => ({ default: m.PublicComplaintStatusPage })));

const wrap = (el: ReactNode) => <Suspense fallback={<LoadingBox />}>{el}</Suspense>;

/** Residents' voice without an account (docs/residents.md): the public complaint form and its status page. */
export const residentsFeature: Feature = {
  name: 'residents',
  views: {},
  pages: [
    { path: '/public/complaint', element: wrap(<FormPage />), public: true },
    { path: '/public/complaint-status', element: wrap(<StatusPage />), public: true },
    { path: '/public/complaint-status/:code', element: wrap(<StatusPage />), public: true },
  ],
};
