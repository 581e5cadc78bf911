import { Suspense, lazy, type ReactNode } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

const pages = () => import('./PublicComplaintPages');
const FormPage = lazy(() => pages().then((m) => ({ default: m.PublicComplaintFormPage })));
const StatusPage = lazy(() => pages().then((m) => ({ default: m.PublicComplaintStatusPage })));

const surveyPages = () => import('./SurveyPages');
const SurveyListPage = lazy(() => surveyPages().then((m) => ({ default: m.SurveyListPage })));
const SurveyShowPage = lazy(() => surveyPages().then((m) => ({ default: m.SurveyShowPage })));
const PublicSurveyPage = lazy(() => surveyPages().then((m) => ({ default: m.PublicSurveyPage })));

const wrap = (el: ReactNode) => <Suspense fallback={<LoadingBox />}>{el}</Suspense>;

/** Residents' voice without an account (docs/residents.md): the public complaint form and its status page; satisfaction surveys and their public answer page. */
export const residentsFeature: Feature = {
  name: 'residents',
  views: {},
  pages: [
    { path: '/public/complaint', element: wrap(<FormPage />), public: true },
    { path: '/public/complaint-status', element: wrap(<StatusPage />), public: true },
    { path: '/public/complaint-status/:code', element: wrap(<StatusPage />), public: true },
    { path: '/public/survey', element: wrap(<PublicSurveyPage />), public: true },
    { path: '/surveys', element: wrap(<SurveyListPage />), permission: 'inspection:read' },
    { path: '/surveys/:id', element: wrap(<SurveyShowPage />), permission: 'inspection:read' },
  ],
};
