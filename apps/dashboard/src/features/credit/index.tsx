import { lazyPage } from '../lazyView';
import type { Feature } from '../types';
import creditRecords from './creditRecords';
import objections from './objections';
import repairApplications from './repairApplications';

/** Credit: records with due process, objections and repair, credit files, the ranking, boards and quarterly ratings. */
export const creditFeature: Feature = {
  name: 'credit',
  views: {
    creditRecords,
    objections,
    repairApplications,
  },
  pages: [
    {
      path: '/credit/:id',
      element: lazyPage(
        () => import('./pages/CreditPage'),
        (m) => m.CreditPage,
      ),
    },
    {
      path: '/my-credit',
      element: lazyPage(
        () => import('./pages/CreditPage'),
        (m) => m.MyCreditPage,
      ),
    },
    {
      path: '/ranking',
      element: lazyPage(
        () => import('./pages/RankingPage'),
        (m) => m.RankingPage,
      ),
    },
    {
      path: '/boards',
      element: lazyPage(
        () => import('./pages/PublicPages'),
        (m) => m.BoardsPage,
      ),
    },
    {
      path: '/ratings',
      element: lazyPage(
        () => import('./ratings/RatingPages'),
        (m) => m.RatingsPage,
      ),
    },
    {
      path: '/ratings/:id',
      element: lazyPage(
        () => import('./ratings/RatingPages'),
        (m) => m.RatingPage,
      ),
    },
    // Open to anyone, signed in or not: the red and black lists and published ratings.
    {
      path: '/public/boards',
      element: lazyPage(
        () => import('./pages/PublicPages'),
        (m) => m.PublicBoardsPage,
      ),
      public: true,
    },
    {
      path: '/public/ratings/:id',
      element: lazyPage(
        () => import('./pages/PublicPages'),
        (m) => m.PublicRatingPage,
      ),
      public: true,
    },
    {
      path: '/public/firms/:id',
      element: lazyPage(
        () => import('./pages/PublicPages'),
        (m) => m.PublicFirmPage,
      ),
      public: true,
    },
  ],
};
