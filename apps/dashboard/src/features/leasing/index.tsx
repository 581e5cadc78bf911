import { Suspense, lazy, type ReactElement } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';

/** The leasing pages load on first use, out of the main chunk (vite.bundle-report.ts budget). */
const SafetyPage = lazy(() => import('./SafetyPage').then((m) => ({ default: m.SafetyPage })));
const MeetingsPage = lazy(() => import('./MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const UnitsPage = lazy(() => import('./UnitPages').then((m) => ({ default: m.UnitsPage })));
const UnitPage = lazy(() => import('./UnitPages').then((m) => ({ default: m.UnitPage })));
const TendersPage = lazy(() => import('./TenderPages').then((m) => ({ default: m.TendersPage })));
const TenderPage = lazy(() => import('./TenderPages').then((m) => ({ default: m.TenderPage })));
const ContractsPage = lazy(() => import('./ContractPages').then((m) => ({ default: m.ContractsPage })));
const ContractPage = lazy(() => import('./ContractPages').then((m) => ({ default: m.ContractPage })));
const ReceiptPage = lazy(() => import('./ContractPages').then((m) => ({ default: m.ReceiptPage })));
const CalendarPage = lazy(() => import('./MoneyPages').then((m) => ({ default: m.CalendarPage })));
const ArrearsPage = lazy(() => import('./MoneyPages').then((m) => ({ default: m.ArrearsPage })));
const IncomePage = lazy(() => import('./MoneyPages').then((m) => ({ default: m.IncomePage })));
const MetersPage = lazy(() => import('./UtilityPages').then((m) => ({ default: m.MetersPage })));
const StatementPage = lazy(() => import('./UtilityPages').then((m) => ({ default: m.StatementPage })));
const SpendingPage = lazy(() => import('./SpendingPage').then((m) => ({ default: m.SpendingPage })));
const PublicTenderResultsPage = lazy(() => import('./PublicTenderResultsPage').then((m) => ({ default: m.PublicTenderResultsPage })));
const KpiPage = lazy(() => import('./KpiPage').then((m) => ({ default: m.KpiPage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

const READ = 'lease:read';

/**
 * Leasing of an agency's state-owned property (issue 14; docs/leasing.md): units and their tenders, contracts with the
 * payment calendar, arrears and the rent roll, meters and utility statements, income, spending approvals by position,
 * safety checks of let units round the closed loop (a department sees the findings referred to it), the working
 * group's meetings; and the public page of tender results.
 */
export const leasingFeature: Feature = {
  name: 'leasing',
  views: {},
  pages: [
    { path: '/leasing/units', element: onDemand(<UnitsPage />), permission: READ },
    { path: '/leasing/units/:id', element: onDemand(<UnitPage />), permission: READ },
    { path: '/leasing/tenders', element: onDemand(<TendersPage />), permission: READ },
    { path: '/leasing/tenders/:id', element: onDemand(<TenderPage />), permission: READ },
    { path: '/leasing/contracts', element: onDemand(<ContractsPage />), permission: READ },
    { path: '/leasing/contracts/:id', element: onDemand(<ContractPage />), permission: READ },
    { path: '/leasing/contracts/:id/receipts/:paymentId', element: onDemand(<ReceiptPage />), permission: READ },
    { path: '/leasing/calendar', element: onDemand(<CalendarPage />), permission: READ },
    { path: '/leasing/arrears', element: onDemand(<ArrearsPage />), permission: READ },
    { path: '/leasing/meters', element: onDemand(<MetersPage />), permission: READ },
    { path: '/leasing/statements/:id', element: onDemand(<StatementPage />), permission: READ },
    { path: '/leasing/income', element: onDemand(<IncomePage />), permission: READ },
    { path: '/leasing/spending', element: onDemand(<SpendingPage />), permission: READ },
    { path: '/leasing/safety', element: onDemand(<SafetyPage />) },
    { path: '/leasing/meetings', element: onDemand(<MeetingsPage />), permission: READ },
    { path: '/public/tenders', element: onDemand(<PublicTenderResultsPage />), public: true },
    { path: '/leasing/kpis', element: onDemand(<KpiPage />), permission: READ },
  ],
};
