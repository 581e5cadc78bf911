import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../../common/dates';
import { enumLabel } from '../../../common/enums';
import { DateText, EnumText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { EmptyBox } from '../../../common/states';
import { Timeline } from '../../../common/Timeline';
import { RecordActionButtons } from '../pages/RecordActionButtons';
import { CreditRecordStatusChip, PointsText, subjectName } from './shared';
import type { CreditRecordFieldsFragment } from '../../../gql/graphql';
import { CommunityNameLink } from '../../registry/NameLinks';

const ShowActions = () => {
  const record = useRecordContext<CreditRecordFieldsFragment>();
  if (!record) return null;
  return (
    <TopToolbar>
      <RecordActionButtons record={record} />
    </TopToolbar>
  );
};

const Events = () => {
  const record = useRecordContext();
  const events = (record?.events ?? []) as {
    id: string;
    fromStatus: string | null;
    toStatus: string;
    at: string;
    actorName: string | null;
    note: string | null;
  }[];
  return <Timeline events={events.map((e) => ({ ...e, fromState: e.fromStatus, toState: e.toStatus }))} stateEnum="CreditRecordStatus" />;
};

const Objections = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const rows = (record?.objections ?? []) as {
    id: string;
    status: string;
    statement: string;
    evidence: string | null;
    filedAt: string;
    decisionNote: string | null;
    decidedAt: string | null;
  }[];
  if (rows.length === 0) return <EmptyBox />;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['filedAt', 'status', 'statement', 'evidence', 'decisionNote', 'decidedAt'].map((f) => (
            <TableCell key={f}>{translate(`resources.objections.fields.${f}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((o) => (
          <TableRow key={o.id}>
            <TableCell>{formatDateTime(o.filedAt)}</TableCell>
            <TableCell>{enumLabel(translate, 'ObjectionStatus', o.status)}</TableCell>
            <TableCell>{o.statement}</TableCell>
            <TableCell>{o.evidence ?? ''}</TableCell>
            <TableCell>{o.decisionNote ?? ''}</TableCell>
            <TableCell>{formatDateTime(o.decidedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The firm (or manager and employer) the record is about; a firm's name opens its credit file. */
const SubjectField = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  if (record.subjectType !== 'MANAGER' && record.enterpriseId)
    return (
      <Link to={`/credit/${record.enterpriseId}`} variant="body2">
        {subjectName(record)}
      </Link>
    );
  return (
    <Typography component="span" variant="body2">
      {subjectName(record)}
    </Typography>
  );
};

export const CreditRecordShow = () => (
  <Show actions={<ShowActions />}>
    <Box sx={{ p: 2 }}>
      <Section title="app.section.basic">
        <FieldGrid>
          <TextField source="itemCode" />
          <TextField source="itemLabel" emptyText="—" />
          <SubjectField label="resources.creditRecords.fields.enterprise" />
          <EnumText source="subjectType" enumName="CreditSubjectType" />
          <PointsText source="points" label="resources.creditRecords.fields.points" />
          <TextField source="termMonths" />
          <CreditRecordStatusChip source="status" label="resources.creditRecords.fields.status" />
          <DateText source="effectiveFrom" />
          <DateText source="expiresOn" />
          <DateText source="publicizedOn" />
          <DateText source="objectionDeadline" />
          <DateText source="confirmedOn" />
          <DateText source="repairedOn" />
          <CommunityNameLink label="resources.creditRecords.fields.community" />
          <EnumText source="sourceType" enumName="CreditSourceType" />
          <TextField source="sourceId" emptyText="—" />
          <TextField source="standardVersion" />
          <TextField source="correctsId" emptyText="—" />
          <DateText source="proposedAt" withTime />
        </FieldGrid>
      </Section>
      <Section title="resources.creditRecords.fields.reason">
        <TextField source="reason" />
        <Box sx={{ mt: 1 }}>
          <TextField source="evidence" emptyText="" />
        </Box>
      </Section>
      <Section title="app.creditRecord.decisionSection">
        <FieldGrid>
          <EnumText source="decision" enumName="CreditRecordStatus" />
          <TextField source="decisionNote" emptyText="—" />
          <DateText source="decidedAt" withTime />
          <TextField source="revokeReason" emptyText="—" />
          <DateText source="revokedAt" withTime />
        </FieldGrid>
      </Section>
      <Section title="app.section.objections">
        <Objections />
      </Section>
      <Section title="app.section.timeline">
        <Events />
      </Section>
    </Box>
  </Show>
);
