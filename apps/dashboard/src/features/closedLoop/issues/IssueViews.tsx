import FlagIcon from '@mui/icons-material/Flag';
import { constructionDefect } from '@wuye/domain';
import DownloadIcon from '@mui/icons-material/GetApp';
import { Alert, Box, Card, CardContent, Chip, List as MuiList, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  CreateButton,
  DataTable,
  DateInput,
  FilterButton,
  FormDataConsumer,
  List,
  Link,
  ReferenceInput,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useListContext,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useGql } from '../../../common/api';
import { formatDate } from '../../../common/dates';
import { enumChoices, enumLabel } from '../../../common/enums';
import { DateText, EnumText } from '../../../common/fields';
import { downloadEvidence, formatBytes } from '../../../common/files';
import { FieldGrid, SaveOnlyToolbar, Section } from '../../../common/layout';
import { ServerExportButtons } from '../../../common/ServerExport';
import { DepartmentInput, EnterpriseInput, TownshipInput } from '../../../common/referenceInputs';
import { EmptyBox } from '../../../common/states';
import { Timeline, type TimelineEvent } from '../../../common/Timeline';
import { CATEGORIES_QUERY } from '../workflow/operations';
import { IssueActionButtons, useNotifyError } from '../workflow/WorkflowButtons';
import { QUICK_FILTERS, quickFilterActive, toggleQuickFilter, type QuickFilter } from '../workflow/workflow';
import type { IssueFieldsFragment } from '../../../gql/graphql';

const STATE_COLORS: Record<string, 'default' | 'info' | 'warning' | 'success' | 'primary'> = {
  REGISTERED: 'default',
  ASSIGNED: 'info',
  RECTIFYING: 'warning',
  SUBMITTED: 'primary',
  CLOSED: 'success',
};

export const IssueStateChip = (_props: { source?: string; label?: string; sortable?: boolean }): ReactElement | null => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      <Chip size="small" color={STATE_COLORS[r.state] ?? 'default'} label={enumLabel(translate, 'IssueState', r.state)} />
      {r.overdue && <Chip size="small" color="error" label={translate('app.issue.overdueDays', { days: r.daysOverdue })} />}
      {!r.overdue && r.dueSoon && <Chip size="small" color="warning" variant="outlined" label={translate('app.issue.dueSoon')} />}
      {r.returned && <Chip size="small" variant="outlined" color="warning" label={translate('app.issue.returned')} />}
      {r.flagged && <Chip size="small" color="error" variant="outlined" icon={<FlagIcon />} label={translate('app.issue.flagged')} />}
    </Stack>
  );
};

const issueFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={enumChoices('IssueState')} />,
  <SelectInput key="category" source="category" choices={enumChoices('IssueCategory')} />,
  <TownshipInput key="townshipId" source="townshipId" />,
  <DepartmentInput key="departmentId" source="departmentId" />,
  <EnterpriseInput key="enterpriseId" source="enterpriseId" />,
  <SelectInput key="source" source="source" choices={enumChoices('IssueSource')} />,
  <BooleanInput key="open" source="open" />,
  <DateInput key="createdFrom" source="createdFrom" />,
  <DateInput key="createdTo" source="createdTo" />,
  <DateInput key="deadlineFrom" source="deadlineFrom" />,
  <DateInput key="deadlineTo" source="deadlineTo" />,
  <DateInput key="closedFrom" source="closedFrom" />,
  <DateInput key="closedTo" source="closedTo" />,
  <DateInput key="overdueOn" source="overdueOn" />,
];

/** 逾期 · 挂牌督办 · 待我处理 · 本周到期 */
export const QuickFilters = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ mr: 'auto', alignSelf: 'center' }} useFlexGap flexWrap="wrap">
      {(Object.keys(QUICK_FILTERS) as QuickFilter[]).map((name) => {
        const on = quickFilterActive(filterValues, name);
        return (
          <Chip
            key={name}
            label={translate(`app.issue.quick.${name}`)}
            color={on ? 'primary' : 'default'}
            variant={on ? 'filled' : 'outlined'}
            onClick={() => setFilters(toggleQuickFilter(filterValues, name), displayedFilters)}
          />
        );
      })}
    </Stack>
  );
};

const IssueListActions = () => (
  <TopToolbar sx={{ width: '100%' }}>
    <QuickFilters />
    <FilterButton />
    <CreateButton />
    <ServerExportButtons list="issues" />
  </TopToolbar>
);

export const IssueList = () => {
  return (
    <List filters={issueFilters} sort={{ field: 'updatedAt', order: 'DESC' }} actions={<IssueListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" />
        <DataTable.Col source="category" render={(r) => <EnumTextFor name="IssueCategory" value={r.category} />} />
        <DataTable.Col source="community.name" label="resources.issues.fields.community" disableSort />
        <DataTable.Col source="enterprise.name" label="resources.issues.fields.enterprise" disableSort />
        <DataTable.Col source="department.name" label="resources.issues.fields.department" disableSort />
        <DataTable.Col source="state" field={IssueStateChip} />
        <DataTable.Col source="deadline" />
        <DataTable.Col source="source" disableSort render={(r) => <EnumTextFor name="IssueSource" value={r.source} />} />
        <DataTable.Col source="updatedAt" render={(r) => formatDate(r.updatedAt)} />
      </DataTable>
    </List>
  );
};

export const EnumTextFor = ({ name, value }: { name: 'IssueCategory' | 'IssueSource' | 'IssueState' | 'ComplaintState' | 'ComplaintChannel' | 'InspectionKind' | 'FollowUpRating'; value: unknown }) => {
  const translate = useTranslate();
  return <>{enumLabel(translate, name, value)}</>;
};

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
  const d = r.defect as { code: string; nameZh: string; nameEn: string; descriptionZh: string | null; causes: string[]; prevention: string; repair: string } | null;
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
  const to = r.sourceId && r.source === 'INSPECTION' ? `/inspections/${r.sourceId}/show` : r.sourceId && r.source === 'COMPLAINT' ? `/complaints/${r.sourceId}/show` : null;
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
          <TextField source="community.name" label="resources.issues.fields.community" />
          <TextField source="township.name" label="resources.issues.fields.township" />
          <TextField source="enterprise.name" label="resources.issues.fields.enterprise" emptyText="—" />
          <TextField source="department.name" label="resources.issues.fields.department" emptyText="—" />
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

/** Category with the department it routes to, and its subtypes (the defect catalogue for building quality). */
export const CategoryInputs = () => {
  const translate = useTranslate();
  const { data } = useGql(['categories'], CATEGORIES_QUERY);
  const categories = data?.issueCategories ?? [];
  return (
    <>
      <SelectInput source="category" choices={enumChoices('IssueCategory')} validate={required()} />
      <FormDataConsumer>
        {({ formData }) => {
          const c = categories.find((x) => x.code === formData.category);
          if (!c) return null;
          return (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('app.issue.routesTo', { department: c.departments.map((d) => d.name).join('、') || '—' })}
              </Typography>
              {c.subtypes.length > 0 && <SelectInput source="subtype" choices={c.subtypes.map((s) => ({ id: s, name: constructionDefect(s)?.nameZh ?? s }))} translateChoice={false} />}
            </>
          );
        }}
      </FormDataConsumer>
    </>
  );
};

/** A township report or an issue the bureau registers directly. */
export const IssueCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }} toolbar={<SaveOnlyToolbar />}>
      <ReferenceInput source="communityId" reference="communities" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <CategoryInputs />
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline minRows={3} fullWidth />
    </SimpleForm>
  </Create>
);
