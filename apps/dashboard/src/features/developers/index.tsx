import { Suspense, lazy, type ReactElement } from 'react';
import { LoadingBox } from '../../common/states';
import type { Feature } from '../types';
import developers from './developersViews';

const RecommendationsPage = lazy(() => import('./RecommendationsPage').then((m) => ({ default: m.RecommendationsPage })));
const onDemand = (page: ReactElement) => <Suspense fallback={<LoadingBox />}>{page}</Suspense>;

/** 建设单位 (developer registry, warranty) and 向上级推荐信用升级 (issue 16, docs/developers.md). */
export const developersFeature: Feature = {
  name: 'developers',
  views: { developers },
  pages: [{ path: '/credit-recommendations', element: onDemand(<RecommendationsPage />), permission: 'recommendation:read' }],
};
