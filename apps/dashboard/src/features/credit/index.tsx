import type { Feature } from '../types';
import creditRecords from './creditRecords';
import objections from './objections';
import { CreditPage, MyCreditPage } from './pages/CreditPage';
import { BoardsPage, PublicBoardsPage, PublicRatingPage, PublicFirmPage } from './pages/PublicPages';
import { RankingPage } from './pages/RankingPage';
import { RatingPage, RatingsPage } from './ratings/RatingPages';
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
    { path: '/credit/:id', element: <CreditPage /> },
    { path: '/my-credit', element: <MyCreditPage /> },
    { path: '/ranking', element: <RankingPage /> },
    { path: '/boards', element: <BoardsPage /> },
    { path: '/ratings', element: <RatingsPage /> },
    { path: '/ratings/:id', element: <RatingPage /> },
    // Open to anyone, signed in or not: the red and black lists and published ratings.
    { path: '/public/boards', element: <PublicBoardsPage />, public: true },
    { path: '/public/ratings/:id', element: <PublicRatingPage />, public: true },
    { path: '/public/firms/:id', element: <PublicFirmPage />, public: true },
  ],
};
