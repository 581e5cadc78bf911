import DownloadIcon from '@mui/icons-material/GetApp';
import { Alert, Box, Card, CardContent, Chip, List as MuiList, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link, Show, TextField, TopToolbar, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { enumLabel } from '../../../common/enums';
import { DateText, EnumText } from '../../../common/fields';
import { downloadEvidence, formatBytes } from '../../../common/files';
import { FieldGrid, Section } from '../../../common/layout';
import { EmptyBox } from '../../../common/states';
import { Timeline, type TimelineEvent } from '../../../common/Timeline';
import { IssueActionButtons, useNotifyError } from '../workflow/WorkflowButtons';
import { IssueStateChip } from './shared';
import { HandlerField } from '../workflow/HandlerField';
import type { IssueFieldsFragment } from '../../../gql/graphql';
import { CommunityNameLink, EnterpriseNameLink } from '../../registry/NameLinks';
import { DeveloperNameLink } from '../../developers/DeveloperNameLink';

type EvidenceFile = IssueFieldsFragment['files'][number];

const FileLink = ({ file }: { file: EvidenceFile }) => {
  const onError = useNotifyError();
  return (
    <Chip
      size="small"
      icon={<DownloadIcon />}
      label={`${file.originalName} (${formatBytes(file.size)})`}
      onClick={() => downloadEvidence(file.id, file.originalName).catch(onError)}
      sx={{ mr: 0.5, mb: 0.5 }}
    />
  );
};

const IssueTimeline = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  const files = new Map(((r.files ?? []) as EvidenceFile[]).map((f) => [String(f.id), f]));
  const events = (r.events ?? []) as (TimelineEvent & { action: string; fileIds: string[] })[];
  return (
    <Timeline
      events={events}
      stateEnum="IssueState"
      action={(e) => (e.action === 'REGISTER' ? translate('app.issue.registered') : enumLabel(translate, 'IssueAction', e.action))}
      files={(e) =>
        e.fileIds.map((id) => {
          const f = files.get(String(id));
          return f ? <FileLink key={id} file={f} /> : null;
        })
      }
    />
  );
};

const Evidence = () => {
  const r = useRecordContext();
  const files = (r?.files ?? []) as EvidenceFile[];
  if (files.length === 0) return <EmptyBox message="app.issue.noEvidence" />;
  return (
    <Box>
      {files.map((f) => (
        <FileLink key={f.id} file={f} />
      ))}
    </Box>
  );
};

/** 房屋质量通病: causes, prevention and repair of the defect of a BUILDING_QUALITY issue (seed part 6). */
const DefectCard = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  if (!r || r.category !== 'BUILDING_QUALITY') return null;
  const d = r.defect as {
    code: string;
    nameZh: string;
    nameEn: string;
    descriptionZh: string | null;
    causes: string[];
    prevention: string;
    repair: string;
  } | null;
  return (
    <Section title="app.issue.defect">
      {!d ? (
        <EmptyBox message="app.issue.noDefect" />
      ) : (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {locale.startsWith('en') ? `${d.nameEn}（${d.nameZh}）` : d.nameZh}
            </Typography>
            {d.descriptionZh && <Typography variant="body2">{d.descriptionZh}</Typography>}
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              {translate('app.issue.defectCauses')}
            </Typography>
            <MuiList dense disablePadding>
              {d.causes.map((c, i) => (
                <ListItem key={i} disableGutters sx={{ py: 0 }}>
                  <ListItemText primary={`${i + 1}. ${c}`} />
                </ListItem>
              ))}
            </MuiList>
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              {translate('app.issue.defectPrevention')}
            </Typography>
            <Typography variant="body2">{d.prevention}</Typography>
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              {translate('app.issue.defectRepair')}
            </Typography>
            <Typography variant="body2">{d.repair}</Typography>
            {locale.startsWith('en') && (
              <Typography variant="caption" color="text.secondary">
                {translate('app.issue.defectChineseOnly')}
              </Typography>
            )}
          </CardContent>
        </Card>
      )}
    </Section>
  );
};

const IssueShowActions = () => {
  const r = useRecordContext();
  if (!r) return null;
  return (
    <TopToolbar>
      <IssueActionButtons issue={r as { id: string; availableActions?: string[] }} />
    </TopToolbar>
  );
};

const SourceLink = (_props: { label?: string }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  const label = enumLabel(translate, 'IssueSource', r.source);
  const to =
    r.sourceId && r.source === 'INSPECTION'
      ? `/inspections/${r.sourceId}/show`
      : r.sourceId && r.source === 'COMPLAINT'
        ? `/complaints/${r.sourceId}/show`
        : null;
  return to ? <Link to={to}>{`${label} #${r.sourceId}`}</Link> : <Typography variant="body2">{label}</Typography>;
};

const Warnings = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {r.overdue && <Alert severity="error">{translate('app.issue.overdueAlert', { days: r.daysOverdue, deadline: r.deadline })}</Alert>}
      {r.flagged && <Alert severity="warning">{translate('app.issue.flaggedAlert')}</Alert>}
      {r.b1Proposed && <Alert severity="info">{translate('app.issue.b1Proposed')}</Alert>}
      {r.b2Proposed && <Alert severity="info">{translate('app.issue.b2Proposed')}</Alert>}
    </Stack>
  );
};

export const IssueShow = () => (
  <Show actions={<IssueShowActions />}>
    <Box sx={{ p: 2 }}>
      <Warnings />
      <Section title="app.section.basic">
        <FieldGrid>
          <TextField source="title" />
          <EnumText source="category" enumName="IssueCategory" />
          <TextField source="subtype" emptyText="—" />
          <IssueStateChip label="resources.issues.fields.state" />
          <SourceLink label="resources.issues.fields.source" />
          <CommunityNameLink label="resources.issues.fields.community" />
          <TextField source="township.name" label="resources.issues.fields.township" />
          <EnterpriseNameLink label="resources.issues.fields.enterprise" />
          <HandlerField label="resources.issues.fields.department" />
          <EnumText source="warrantyElement" enumName="WarrantyElement" />
          <DateText source="warrantyLastDay" />
          <DeveloperNameLink label="resources.issues.fields.developer" />
          <DateText source="deadline" />
          <DateText source="assignedAt" withTime />
          <DateText source="lastSubmittedAt" withTime />
          <DateText source="closedAt" withTime />
          <DateText source="createdAt" withTime />
        </FieldGrid>
      </Section>
      <Section title="resources.issues.fields.description">
        <TextField source="description" emptyText="—" />
      </Section>
      <Section title="resources.issues.fields.measures">
        <TextField source="measures" emptyText="—" />
      </Section>
      <DefectCard />
      <Section title="app.issue.evidence">
        <Evidence />
      </Section>
      <Section title="app.section.timeline">
        <IssueTimeline />
      </Section>
    </Box>
  </Show>
);
