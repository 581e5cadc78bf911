import { Alert, Box, Typography } from '@mui/material';
import { Link, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DateText, EnumText } from '../../../common/fields';
import { FieldGrid, Section } from '../../../common/layout';
import { Timeline, type TimelineEvent } from '../../../common/Timeline';
import { ComplaintActionButtons } from '../workflow/WorkflowButtons';
import { complaintEventLabel } from './history';
import { ComplaintStateChip } from './shared';
import { HandlerField } from '../workflow/HandlerField';
import { CommunityNameLink, EnterpriseNameLink } from '../../registry/NameLinks';

const Events = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const events = (r?.events ?? []) as (TimelineEvent & { action: string })[];
  return <Timeline events={events} stateEnum="ComplaintState" action={(e) => complaintEventLabel(translate, e.action, r?.followUpRating)} />;
};

const Masked = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r || !(String(r.complainantName ?? '').includes('*') || String(r.complainantPhone ?? '').includes('*'))) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('app.complaint.masked')}
    </Alert>
  );
};

const IssueLink = (_props: { label?: string }) => {
  const r = useRecordContext();
  if (!r?.issueId) return <Typography variant="body2">—</Typography>;
  return <Link to={`/issues/${r.issueId}/show`}>#{r.issueId}</Link>;
};

export const ComplaintShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ShowActions />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2 }}>
      <Masked />
      <Section title="app.section.basic">
        <FieldGrid>
          <DateText source="receivedAt" withTime />
          <EnumText source="channel" enumName="ComplaintChannel" />
          <EnumText source="category" enumName="IssueCategory" />
          <TextField source="subtype" emptyText="—" />
          <ComplaintStateChip label="resources.complaints.fields.state" />
          <CommunityNameLink label="resources.complaints.fields.community" />
          <EnterpriseNameLink label="resources.complaints.fields.enterprise" />
          <HandlerField label="resources.complaints.fields.department" />
          <TextField source="complainantName" emptyText="—" />
          <TextField source="complainantPhone" emptyText="—" />
          <TextField source="complainantCount" />
          <DateText source="firstResponseDue" withTime />
          <DateText source="resolutionDue" withTime />
          <DateText source="respondedAt" withTime />
          <DateText source="handledAt" withTime />
          <DateText source="closedAt" withTime />
          <IssueLink label="resources.complaints.fields.issueId" />
          <EnumText source="followUpRating" enumName="FollowUpRating" />
        </FieldGrid>
      </Section>
      <Section title="resources.complaints.fields.content">
        <TextField source="content" />
      </Section>
      <Section title="app.complaint.handling">
        <FieldGrid>
          <TextField source="responseNote" emptyText="—" />
          <TextField source="answer" emptyText="—" />
          <TextField source="rejectionReasons" emptyText="—" />
          <TextField source="followUpNote" emptyText="—" />
        </FieldGrid>
      </Section>
      <Section title="app.section.timeline">
        <Events />
      </Section>
    </Box>
  </Show>
);

const ShowActions = () => {
  const r = useRecordContext();
  return r ? <ComplaintActionButtons complaint={r as { id: string; availableActions?: string[] }} /> : null;
};
