import type { ReactNode } from 'react';
import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDateTime } from './dates';
import { enumLabel, type EnumName } from './enums';
import { EmptyBox } from './states';
import { useSmallScreen } from './ResponsiveList';

/** One transition of a record's history, as the issue, complaint and credit-record timelines all store it. */
export interface TimelineEvent {
  id: string;
  at: string;
  fromState: string | null;
  toState: string;
  actorName: string | null;
  note: string | null;
}

interface Props<E extends TimelineEvent> {
  events: E[];
  /** Enum whose labels name the states (`IssueState`, `ComplaintState`, …). */
  stateEnum: EnumName;
  /** Label of an event's action; omit for histories without actions. */
  action?: (event: E) => string;
  /** Files attached to an event; omit for histories without files. */
  files?: (event: E) => ReactNode;
}

/** A state's name, never broken inside (`已交办`, not `已交` / `办`). */
const StateName = ({ children }: { children: string }) => <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;

/** from → to, each state kept whole; the line may break only at the arrow. */
const Change = ({ from, to }: { from: string | null; to: string }) => (
  <>
    {from && (
      <>
        <StateName>{from}</StateName>
        {' → '}
      </>
    )}
    <StateName>{to}</StateName>
  </>
);

/**
 * The history shared by every record that moves through states: when, what, from → to, who, note. A table on wider
 * screens; on a phone one entry per event (a six-column table would be cut off or squeezed to a few characters).
 */
export const Timeline = <E extends TimelineEvent>({ events, stateEnum, action, files }: Props<E>) => {
  const translate = useTranslate();
  const small = useSmallScreen();
  if (events.length === 0) return <EmptyBox />;
  const state = (s: string | null) => (s ? enumLabel(translate, stateEnum, s) : null);
  if (small)
    return (
      <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="timeline-entries">
        {events.map((e) => (
          <Box component="li" key={e.id} sx={{ borderLeft: 2, borderColor: 'divider', pl: 1.5 }}>
            <Typography variant="caption" color="text.secondary" component="div">
              <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</span>
              {' · '}
              {e.actorName ?? translate('app.timeline.system')}
            </Typography>
            <Typography variant="body2" component="div" sx={{ fontWeight: 500 }}>
              {action && `${action(e)} · `}
              <Change from={state(e.fromState)} to={state(e.toState)!} />
            </Typography>
            {e.note && <Typography variant="body2">{e.note}</Typography>}
            {files && <Box sx={{ mt: 0.5 }}>{files(e)}</Box>}
          </Box>
        ))}
      </Stack>
    );
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.timeline.at')}</TableCell>
          {action && <TableCell>{translate('app.timeline.action')}</TableCell>}
          <TableCell>{translate('app.timeline.change')}</TableCell>
          <TableCell>{translate('app.timeline.actor')}</TableCell>
          <TableCell>{translate('app.timeline.note')}</TableCell>
          {files && <TableCell>{translate('app.timeline.files')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map((e) => (
          <TableRow key={e.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</TableCell>
            {action && <TableCell>{action(e)}</TableCell>}
            <TableCell>
              <Change from={state(e.fromState)} to={state(e.toState)!} />
            </TableCell>
            <TableCell>{e.actorName ?? translate('app.timeline.system')}</TableCell>
            <TableCell sx={{ maxWidth: 360 }}>{e.note ?? ''}</TableCell>
            {files && <TableCell>{files(e)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
