import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

/** Below the `sm` breakpoint (phones, 390 px; a tablet keeps its tables) lists become cards instead of narrow table columns. */
export const useSmallScreen = () => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });

/** The `small` view (a SimpleList of cards) on a phone, the table (`children`) on a wider screen. */
export const Responsive = ({ small, children }: { small: ReactNode; children: ReactNode }) => (useSmallScreen() ? <>{small}</> : <>{children}</>);

/** What a card's line joins: the present parts, separated by a middle dot. */
export const line = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ');

/** A date column's cells never break inside `YYYY-MM-DD`. */
export const noWrap = () => ({ whiteSpace: 'nowrap' as const });
