import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDateTime } from './dates';
import { enumLabel, type EnumName } from './enums';
import { EmptyBox } from './states';

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

/** The history table shared by every record that moves through states: when, what, from → to, who, note. */
export const Timeline = <E extends TimelineEvent>({ events, stateEnum, action, files }: Props<E>) => {
  const translate = useTranslate();
  if (events.length === 0) return <EmptyBox />;
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
              {e.fromState ? `${enumLabel(translate, stateEnum, e.fromState)} → ` : ''}
              {enumLabel(translate, stateEnum, e.toState)}
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
