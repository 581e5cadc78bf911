import AddIcon from '@mui/icons-material/Add';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EventIcon from '@mui/icons-material/Event';
import PrintIcon from '@mui/icons-material/Print';
import SchoolIcon from '@mui/icons-material/School';
import {
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  Collapse,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { HttpError } from 'ra-core';
import { Fragment, useState, type ReactNode } from 'react';
import { Title, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { ATTENDEE_KINDS, campaignProgress } from '@wuye/domain';
import { hasPermission, type AppPermissions } from '../../../authProvider/permissions';
import { OfferedAction } from '../../../common/OfferedAction';
import { ActionDialogButton } from '../../../common/ActionDialog';
import { useGql, useRunAction } from '../../../common/api';
import { formatDateTime, todayInShanghai } from '../../../common/dates';
import { EmptyBox, QueryState } from '../../../common/states';
import { ScrollTable } from '../bulletins/BulletinSnapshotView';
import { formatKpi } from '../bulletins/snapshot';
import {
  attendanceCount,
  countByState,
  milestoneDepartments,
  milestoneStateColor,
  milestoneStateKey,
  measurementText,
  MILESTONE_STATES,
  mondayOf,
  selectMilestones,
  shanghaiLocalToIso,
  splitNames,
  trainingAttendees,
  type PickedManager,
  type MilestoneSortField,
} from './milestones';
import { ManagerPicker } from './ManagerPicker';
import { TownshipDataTab } from './TownshipDataTab';
import { TownshipPlansTab } from './TownshipPlansTab';
import {
  ADD_WEEKLY_PROGRESS,
  CAMPAIGNS_QUERY,
  CAMPAIGN_QUERY,
  CAMPAIGN_ROUTINES_QUERY,
  COMPLETE_MILESTONE,
  CREATE_MILESTONE,
  DEPARTMENT_CHOICES_QUERY,
  JOINT_MEETINGS_QUERY,
  RECORD_TRAINING_SESSION,
  SCHEDULE_JOINT_MEETING,
  TRAINING_SESSIONS_QUERY,
  WEEKLY_PROGRESS_QUERY,
} from './operations';
import { StatusChip } from '../../../common/StatusChip';
import { escapeHtml, printPage } from '../../../common/printing';
import type {
  AddWeeklyProgressMutationVariables,
  CampaignQuery,
  CompleteMilestoneMutationVariables,
  CreateMilestoneMutationVariables,
  DepartmentChoicesQuery,
  JointMeetingsQuery,
  TrainingAttendeeInput,
} from '../../../gql/graphql';

type Campaign = NonNullable<CampaignQuery['campaign']>;
type Named = DepartmentChoicesQuery['departments']['items'][number];

/** A field error raised before anything is sent (shown under the field like the API's). */
const fieldError = (field: string, message: string) => new HttpError(message, 400, { errors: { [field]: message } });

/** Refetches every custom-page query after a write. */
function useRefetch() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['gql'] });
}

/** Responsible departments for the forms (managers only). */
function useDepartments(enabled: boolean): Named[] {
  const { data } = useGql(['departments', 'choices'], DEPARTMENT_CHOICES_QUERY, {}, { enabled });
  return data?.departments.items ?? [];
}

const PhaseTimeline = ({ campaign, today }: { campaign: Campaign; today: string }) => {
  const translate = useTranslate();
  const progress = campaignProgress(campaign, today);
  return (
    <Box>
      <Stack direction="row" alignItems="center" spacing={2} sx={{ mb: 1 }}>
        <LinearProgress
          variant="determinate"
          value={progress * 100}
          sx={{ flex: 1, height: 8, borderRadius: 4 }}
          aria-label={translate('app.campaign.period')}
        />
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {translate('app.campaign.progress', { percent: formatKpi('RATIO', progress) })}
        </Typography>
      </Stack>
      <Box
        component="ol"
        aria-label={translate('app.campaign.phases')}
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: `repeat(${Math.max(campaign.phases.length, 1)}, 1fr)` },
          gap: 1.5,
          p: 0,
          m: 0,
          listStyle: 'none',
        }}
      >
        {campaign.phases.map((p, i) => {
          const current = campaign.currentPhase?.id === p.id;
          const past = p.endDate < today;
          return (
            <Paper
              component="li"
              key={p.id}
              variant="outlined"
              aria-current={current ? 'step' : undefined}
              sx={{
                p: 1.5,
                borderWidth: current ? 2 : 1,
                borderColor: current ? 'primary.main' : 'divider',
                bgcolor: current ? 'action.selected' : undefined,
                opacity: past && !current ? 0.75 : 1,
              }}
            >
              <Stack direction="row" alignItems="center" spacing={1}>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                  {i + 1}. {p.name}
                </Typography>
                {current && <Chip size="small" color="primary" label={translate('app.campaign.currentPhase')} />}
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {p.startDate} ~ {p.endDate}
              </Typography>
              {p.description && (
                <Typography variant="body2" sx={{ mt: 0.5 }}>
                  {p.description}
                </Typography>
              )}
            </Paper>
          );
        })}
      </Box>
    </Box>
  );
};

const StateChip = ({ state }: { state: string }) => {
  const translate = useTranslate();
  return <StatusChip color={milestoneStateColor(state)} label={translate(milestoneStateKey(state), { _: state })} />;
};

/** Filters sit side by side and show “全部” when nothing is chosen. */
const FILTER_SLOTS = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;

const SORT_FIELDS: readonly MilestoneSortField[] = ['dueDate', 'code', 'department', 'state', 'doneOn'];

/**
 * The milestones. The bureau adds and completes any; a department (milestone:complete) sees its own remit first (the
 * department filter starts at its department) and completes those — which buttons show is the server's availableActions.
 */
const MilestonesTab = ({
  campaign,
  canManage,
  canComplete,
  ownDepartmentId,
  today,
}: {
  campaign: Campaign;
  canManage: boolean;
  canComplete: boolean;
  ownDepartmentId: string | null;
  today: string;
}) => {
  const translate = useTranslate();
  const locale = useLocaleState()[0] === 'en' ? 'en' : 'zh-CN';
  const run = useRunAction();
  const refetch = useRefetch();
  const departments = useDepartments(canManage);
  const [state, setState] = useState('');
  const [departmentId, setDepartmentId] = useState(
    !canManage && ownDepartmentId && campaign.milestones.some((m) => m.department?.id === ownDepartmentId) ? ownDepartmentId : '',
  );
  const [sortField, setSortField] = useState<MilestoneSortField>('dueDate');
  const [sortOrder, setSortOrder] = useState<'ASC' | 'DESC'>('ASC');
  const rows = selectMilestones(campaign.milestones, { state, departmentId, sortField, sortOrder });
  const counts = countByState(campaign.milestones);
  const f = (key: string) => translate(`app.campaign.fields.${key}`);
  const hasNoDepartment = campaign.milestones.some((m) => !m.department);

  return (
    <Box>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mb: 2 }} alignItems="center">
        {MILESTONE_STATES.map((s) => (
          <Chip
            key={s}
            color={milestoneStateColor(s)}
            variant={state === s ? 'filled' : 'outlined'}
            label={`${translate(milestoneStateKey(s))} ${counts[s]}`}
            onClick={() => setState(state === s ? '' : s)}
          />
        ))}
        <Box sx={{ flex: 1 }} />
        {canManage && (
          <ActionDialogButton
            label="app.campaign.addMilestone"
            icon={<AddIcon />}
            variant="contained"
            fields={[
              { name: 'code', label: 'app.campaign.fields.code', required: true },
              { name: 'title', label: 'app.campaign.fields.title', required: true, kind: 'multiline' },
              { name: 'dueDate', label: 'app.campaign.fields.dueDate', required: true, kind: 'date', min: campaign.startDate },
              { name: 'departmentId', label: 'app.campaign.fields.department', kind: 'select', choices: departments },
            ]}
            onSubmit={async (v) => {
              await run(CREATE_MILESTONE, { campaignId: campaign.id, ...(v as Omit<CreateMilestoneMutationVariables, 'campaignId'>) }, 'createMilestone');
              await refetch();
            }}
          >
            <Typography variant="body2">{translate('app.campaign.addMilestoneHint')}</Typography>
          </ActionDialogButton>
        )}
      </Stack>
      <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={translate('app.campaign.filterState')}
          value={state}
          onChange={(e) => setState(e.target.value)}
          fullWidth={false}
          slotProps={FILTER_SLOTS}
          sx={{ width: 160 }}
        >
          <MenuItem value="">{translate('app.campaign.all')}</MenuItem>
          {MILESTONE_STATES.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(milestoneStateKey(s))}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.campaign.filterDepartment')}
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
          fullWidth={false}
          slotProps={FILTER_SLOTS}
          sx={{ width: 200 }}
        >
          <MenuItem value="">{translate('app.campaign.all')}</MenuItem>
          {milestoneDepartments(campaign.milestones).map((d) => (
            <MenuItem key={d.id} value={d.id}>
              {d.name}
            </MenuItem>
          ))}
          {hasNoDepartment && <MenuItem value="NONE">{translate('app.campaign.noDepartment')}</MenuItem>}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.campaign.sortBy')}
          value={sortField}
          onChange={(e) => setSortField(e.target.value as MilestoneSortField)}
          fullWidth={false}
          slotProps={FILTER_SLOTS}
          sx={{ width: 140 }}
        >
          {SORT_FIELDS.map((s) => (
            <MenuItem key={s} value={s}>
              {f(s)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.campaign.sortOrder')}
          value={sortOrder}
          onChange={(e) => setSortOrder(e.target.value as 'ASC' | 'DESC')}
          fullWidth={false}
          slotProps={FILTER_SLOTS}
          sx={{ width: 120 }}
        >
          <MenuItem value="ASC">{translate('app.campaign.ascending')}</MenuItem>
          <MenuItem value="DESC">{translate('app.campaign.descending')}</MenuItem>
        </TextField>
        <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
          {translate('app.campaign.shown', { shown: rows.length, total: campaign.milestones.length })}
        </Typography>
      </Stack>
      <ScrollTable
        label={translate('app.campaign.milestones')}
        head={[
          f('code'),
          f('title'),
          f('dueDate'),
          f('department'),
          f('state'),
          f('doneOn'),
          f('evidence'),
          ...(canManage || canComplete ? [translate('app.common.actions')] : []),
        ]}
        rows={rows.map((m) => ({
          key: m.id,
          cells: [
            m.code,
            <Box key="t" sx={{ minWidth: 220 }}>
              {m.title}
              {m.measurement && (
                <Typography variant="caption" color="text.secondary" component="div">
                  {measurementText(m, locale, translate)}
                </Typography>
              )}
            </Box>,
            <Box key="d" sx={{ whiteSpace: 'nowrap' }}>
              {m.dueDate}
            </Box>,
            m.department?.name ?? '',
            <StateChip key="s" state={m.state} />,
            <Box key="o" sx={{ whiteSpace: 'nowrap' }}>
              {m.doneOn ?? ''}
            </Box>,
            <Box key="e" sx={{ minWidth: 160 }}>
              {m.evidence ?? ''}
            </Box>,
            ...(canManage || canComplete
              ? [
                  <OfferedAction key="c" actions={m.availableActions} action="COMPLETE" label="app.campaign.complete">
                    <ActionDialogButton
                      label="app.campaign.complete"
                      title="app.campaign.completeTitle"
                      icon={<CheckCircleIcon />}
                      fields={[
                        { name: 'doneOn', label: 'app.campaign.fields.doneOn', kind: 'date', required: true, defaultValue: today },
                        { name: 'evidence', label: 'app.campaign.fields.evidence', kind: 'multiline', required: true, helperText: 'app.campaign.evidenceHint' },
                        { name: 'note', label: 'app.campaign.fields.note' },
                      ]}
                      onSubmit={async (v) => {
                        await run(COMPLETE_MILESTONE, { id: m.id, ...(v as Omit<CompleteMilestoneMutationVariables, 'id'>) }, 'completeMilestone');
                        await refetch();
                      }}
                    >
                      <Typography variant="body2">
                        {m.code} {m.title}（{f('dueDate')} {m.dueDate}）
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {translate('app.campaign.completeHint')}
                      </Typography>
                    </ActionDialogButton>
                  </OfferedAction>,
                ]
              : []),
          ],
        }))}
      />
    </Box>
  );
};

const WeeklyTab = ({ campaign, canManage, today }: { campaign: Campaign; canManage: boolean; today: string }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const refetch = useRefetch();
  const departments = useDepartments(canManage);
  const { data, isPending, error } = useGql(['weeklyProgress', campaign.id], WEEKLY_PROGRESS_QUERY, { campaignId: campaign.id });
  const w = (key: string) => translate(`app.campaign.weekly.${key}`);
  const rows = [...(data?.weeklyProgress ?? [])].sort((a, b) => b.weekStart.localeCompare(a.weekStart) || Number(b.id) - Number(a.id));
  return (
    <Box>
      <TabHeader title={w('title')}>
        {canManage && (
          <ActionDialogButton
            label="app.campaign.weekly.add"
            icon={<AddIcon />}
            variant="contained"
            fields={[
              { name: 'weekStart', label: 'app.campaign.weekly.weekStart', kind: 'date', required: true, defaultValue: mondayOf(today) },
              { name: 'departmentId', label: 'app.campaign.weekly.department', kind: 'select', choices: departments },
              { name: 'summary', label: 'app.campaign.weekly.summary', kind: 'multiline', required: true },
            ]}
            onSubmit={async (v) => {
              await run(
                ADD_WEEKLY_PROGRESS,
                { campaignId: campaign.id, ...(v as Omit<AddWeeklyProgressMutationVariables, 'campaignId'>) },
                'addWeeklyProgress',
              );
              await refetch();
            }}
          />
        )}
      </TabHeader>
      <QueryState list isPending={isPending} error={error}>
        <ScrollTable
          label={w('title')}
          head={[w('weekStart'), w('department'), w('summary'), w('createdAt')]}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [
              <Box key="w" sx={{ whiteSpace: 'nowrap' }}>
                {r.weekStart}
              </Box>,
              r.department?.name ?? '',
              <Box key="s" sx={{ minWidth: 320, whiteSpace: 'pre-wrap' }}>
                {r.summary}
              </Box>,
              <Box key="c" sx={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(r.createdAt)}
              </Box>,
            ],
          }))}
        />
      </QueryState>
    </Box>
  );
};

const TrainingTab = ({ campaign, canManage, today }: { campaign: Campaign; canManage: boolean; today: string }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const refetch = useRefetch();
  const [open, setOpen] = useState<string | null>(null);
  const [picked, setPicked] = useState<PickedManager[]>([]);
  const { data, isPending, error } = useGql(['trainingSessions'], TRAINING_SESSIONS_QUERY);
  const tr = (key: string) => translate(`app.campaign.training.${key}`);
  const sessions = data?.trainingSessions ?? [];
  return (
    <Box>
      <TabHeader title={tr('title')}>
        {canManage && (
          <ActionDialogButton
            label="app.campaign.training.add"
            icon={<SchoolIcon />}
            variant="contained"
            fields={[
              { name: 'topic', label: 'app.campaign.training.topic', required: true },
              { name: 'heldOn', label: 'app.campaign.training.heldOn', kind: 'date', required: true, defaultValue: today },
              { name: 'location', label: 'app.campaign.training.location' },
              {
                name: 'kind',
                label: 'app.campaign.training.kind',
                kind: 'select',
                required: true,
                defaultValue: 'PROJECT_MANAGER',
                choices: ATTENDEE_KINDS.map((k) => ({ id: k, name: `enums.AttendeeKind.${k}` })),
              },
              // Project managers picked from the registry (with their id: they count towards the TRAINING KPI).
              {
                name: 'managers',
                label: 'app.campaign.training.managers',
                kind: 'custom',
                render: (v) => (v.kind === 'PROJECT_MANAGER' ? <ManagerPicker value={picked} onChange={setPicked} /> : null),
              },
              { name: 'attendees', label: 'app.campaign.training.attendeesText', kind: 'multiline', helperText: 'app.campaign.training.attendeesHint' },
            ]}
            onSubmit={async (v) => {
              const kind = String(v.kind);
              const attendees = trainingAttendees(kind === 'PROJECT_MANAGER' ? picked : [], String(v.attendees ?? ''), kind);
              if (attendees.length === 0) throw fieldError('attendees', translate('app.campaign.training.attendeesRequired'));
              // The dialog enforces the required fields; `kind` is one of the select's AttendeeKind choices.
              const input = {
                topic: v.topic as string,
                heldOn: v.heldOn as string,
                location: v.location as string | undefined,
                attendees: attendees as TrainingAttendeeInput[],
              };
              await run(RECORD_TRAINING_SESSION, { campaignId: campaign.id, ...input }, 'recordTrainingSession');
              setPicked([]);
              await refetch();
            }}
          />
        )}
      </TabHeader>
      <QueryState list isPending={isPending} error={error}>
        {sessions.length === 0 ? (
          <EmptyBox />
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={tr('title')}>
              <TableHead>
                <TableRow>
                  {[tr('heldOn'), tr('topic'), tr('location'), tr('attendance'), tr('attendees')].map((h) => (
                    <TableCell key={h} sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                      {h}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {sessions.map((s) => {
                  const count = attendanceCount(s.attendees);
                  const expanded = open === s.id;
                  return (
                    <Fragment key={s.id}>
                      <TableRow>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.heldOn}</TableCell>
                        <TableCell sx={{ minWidth: 220 }}>{s.topic}</TableCell>
                        <TableCell>{s.location ?? ''}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {translate('app.campaign.training.attendanceCount', { present: count.present, total: count.total })}
                        </TableCell>
                        <TableCell>
                          <MuiButton size="small" onClick={() => setOpen(expanded ? null : s.id)} aria-expanded={expanded}>
                            {tr(expanded ? 'hideAttendees' : 'showAttendees')}
                          </MuiButton>
                        </TableCell>
                      </TableRow>
                      <TableRow>
                        <TableCell colSpan={5} sx={{ py: 0, borderBottom: expanded ? undefined : 'none' }}>
                          <Collapse in={expanded} unmountOnExit>
                            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ py: 1 }}>
                              {s.attendees.map((a) => (
                                <Chip
                                  key={a.id}
                                  size="small"
                                  variant={a.present ? 'outlined' : 'filled'}
                                  color={a.present ? 'default' : 'warning'}
                                  label={`${a.name} · ${translate(`enums.AttendeeKind.${a.kind}`, { _: a.kind })}${a.present ? '' : ` · ${tr('absent')}`}`}
                                />
                              ))}
                            </Stack>
                          </Collapse>
                        </TableCell>
                      </TableRow>
                    </Fragment>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
      </QueryState>
    </Box>
  );
};

/** Prints one notice on its own page (a new window holding only the notice text). */
const printNotice = (m: JointMeetingsQuery['jointMeetings'][number]) => printPage(m.title, `<pre>${escapeHtml(m.notice)}</pre>`);

const MeetingsTab = ({ campaign, canManage }: { campaign: Campaign; canManage: boolean }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const refetch = useRefetch();
  const { data, isPending, error } = useGql(['jointMeetings'], JOINT_MEETINGS_QUERY);
  const mt = (key: string) => translate(`app.campaign.meetings.${key}`);
  const meetings = data?.jointMeetings ?? [];
  return (
    <Box>
      <TabHeader title={mt('title')}>
        {canManage && (
          <ActionDialogButton
            label="app.campaign.meetings.schedule"
            icon={<EventIcon />}
            variant="contained"
            fields={[
              { name: 'title', label: 'app.campaign.meetings.meetingTitle', required: true },
              { name: 'heldAt', label: 'app.campaign.meetings.heldAt', kind: 'datetime', required: true },
              { name: 'location', label: 'app.campaign.meetings.location', required: true },
              { name: 'agenda', label: 'app.campaign.meetings.agenda', kind: 'multiline', required: true },
              {
                name: 'participants',
                label: 'app.campaign.meetings.participants',
                kind: 'multiline',
                required: true,
                helperText: 'app.campaign.meetings.participantsHint',
              },
              { name: 'contactPhone', label: 'app.campaign.meetings.contactPhone' },
            ]}
            onSubmit={async (v) => {
              const heldAt = shanghaiLocalToIso(String(v.heldAt ?? ''));
              if (!heldAt) throw fieldError('heldAt', mt('invalidTime'));
              const participants = splitNames(String(v.participants ?? ''));
              if (participants.length === 0) throw fieldError('participants', translate('ra.validation.required'));
              await run(
                SCHEDULE_JOINT_MEETING,
                {
                  campaignId: campaign.id,
                  title: v.title as string,
                  heldAt,
                  location: v.location as string,
                  agenda: v.agenda as string,
                  participants,
                  contactPhone: v.contactPhone as string | undefined,
                },
                'scheduleCampaignMeeting',
              );
              await refetch();
            }}
          >
            <Typography variant="body2">{mt('scheduleHint')}</Typography>
          </ActionDialogButton>
        )}
      </TabHeader>
      <QueryState list isPending={isPending} error={error}>
        {meetings.length === 0 ? (
          <EmptyBox />
        ) : (
          <Stack spacing={2}>
            {meetings.map((m) => (
              <Paper key={m.id} variant="outlined" sx={{ p: 2 }} component="article" aria-label={m.title}>
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                  <Box sx={{ flex: 1, minWidth: 0 }}>
                    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                      {m.title}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {mt('heldAt')}：{formatDateTime(m.heldAt)} · {mt('location')}：{m.location}
                      {m.contactPhone ? ` · ${mt('contactPhone')}：${m.contactPhone}` : ''}
                    </Typography>
                    <Typography variant="body2" sx={{ mt: 1 }}>
                      {mt('agenda')}：{m.agenda}
                    </Typography>
                    <Typography variant="body2" sx={{ mt: 1 }}>
                      {mt('participants')}（{m.participants.length}）
                    </Typography>
                    <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap sx={{ mt: 0.5 }}>
                      {m.participants.map((p) => (
                        <Chip key={p} size="small" label={p} variant="outlined" />
                      ))}
                    </Stack>
                  </Box>
                  <Box sx={{ flex: 1, minWidth: 0 }}>
                    <Stack direction="row" alignItems="center">
                      <Typography variant="body2" sx={{ flex: 1, fontWeight: 600 }}>
                        {mt('notice')}（{mt('noticeDate')} {m.noticeDate}）
                      </Typography>
                      <MuiButton size="small" startIcon={<PrintIcon />} onClick={() => printNotice(m)}>
                        {mt('printNotice')}
                      </MuiButton>
                    </Stack>
                    <Box
                      component="pre"
                      aria-label={mt('notice')}
                      sx={{
                        m: 0,
                        mt: 1,
                        p: 2,
                        bgcolor: 'background.default',
                        border: 1,
                        borderColor: 'divider',
                        borderRadius: 1,
                        whiteSpace: 'pre-wrap',
                        fontFamily: '"Noto Serif CJK SC", "Songti SC", SimSun, serif',
                        fontSize: 14,
                        lineHeight: 1.8,
                        maxHeight: 360,
                        overflow: 'auto',
                      }}
                    >
                      {m.notice}
                    </Box>
                  </Box>
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
    </Box>
  );
};

const RoutinesTab = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['campaignRoutines'], CAMPAIGN_ROUTINES_QUERY);
  const r = (key: string) => translate(`app.campaign.routines.${key}`);
  return (
    <Box>
      <TabHeader title={r('title')} />
      <QueryState list isPending={isPending} error={error}>
        <ScrollTable
          label={r('title')}
          head={[r('name'), r('cadence')]}
          rows={(data?.campaignRoutines ?? []).map((x) => ({ key: x.code, cells: [x.name, translate(`app.campaign.cadence.${x.cadence}`, { _: x.cadence })] }))}
        />
      </QueryState>
    </Box>
  );
};

const TabHeader = ({ title, children }: { title: string; children?: ReactNode }) => (
  <Stack direction="row" alignItems="center" sx={{ mb: 2 }}>
    <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
      {title}
    </Typography>
    {children}
  </Stack>
);

const TABS = ['milestones', 'weekly', 'training', 'meetings', 'routines', 'townships', 'townshipData'] as const;

/** 专项行动: the campaign of a year with its phases, milestones and routines. */
export const CampaignPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const canManage = hasPermission(permissions, 'campaign:manage');
  const canComplete = hasPermission(permissions, 'milestone:complete');
  const ownDepartmentId = permissions?.department?.id ?? null;
  // 乡镇工作方案 and 数据建档: read by the bureau, departments, analysts and the township itself (which also writes its own).
  const tabs = TABS.filter((t) => (t !== 'townships' && t !== 'townshipData') || hasPermission(permissions, 'townshipPlan:read'));
  const today = todayInShanghai();
  const campaigns = useGql(['campaigns'], CAMPAIGNS_QUERY);
  const list = campaigns.data?.campaigns ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const thisYear = Number(today.slice(0, 4));
  const campaignId = chosen ?? (list.find((c) => c.year === thisYear) ?? list[0])?.id;
  const detail = useGql(['campaign', campaignId], CAMPAIGN_QUERY, { id: campaignId }, { enabled: !!campaignId });
  const [tab, setTab] = useState<(typeof TABS)[number]>('milestones');
  const campaign = detail.data?.campaign;

  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title="app.campaign.title" />
      <QueryState isPending={campaigns.isPending} error={campaigns.error}>
        {list.length === 0 ? (
          <Card>
            <EmptyBox message="app.campaign.none" />
          </Card>
        ) : (
          <QueryState isPending={detail.isPending} error={detail.error}>
            {!campaign ? (
              <Card>
                <EmptyBox message="app.campaign.none" />
              </Card>
            ) : (
              <>
                <Card sx={{ mb: 2 }}>
                  <CardContent>
                    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }} sx={{ mb: 2 }}>
                      <Box sx={{ flex: 1, minWidth: 0 }}>
                        <Typography variant="h5" component="h1">
                          {campaign.name}
                        </Typography>
                        <Typography variant="body2" color="text.secondary">
                          {translate('app.campaign.period')}：{campaign.startDate} ~ {campaign.endDate}
                          {campaign.currentPhase ? ` · ${translate('app.campaign.currentPhase')}：${campaign.currentPhase.name}` : ''}
                        </Typography>
                        {campaign.goal && (
                          <Typography variant="body2" sx={{ mt: 0.5 }}>
                            {translate('app.campaign.goal')}：{campaign.goal}
                          </Typography>
                        )}
                      </Box>
                      {list.length > 1 && (
                        <TextField
                          select
                          size="small"
                          label={translate('app.campaign.year')}
                          value={campaign.id}
                          onChange={(e) => setChosen(e.target.value)}
                          fullWidth={false}
                          slotProps={FILTER_SLOTS}
                          sx={{ width: 140 }}
                        >
                          {list.map((c) => (
                            <MenuItem key={c.id} value={c.id}>
                              {c.year}
                            </MenuItem>
                          ))}
                        </TextField>
                      )}
                    </Stack>
                    <PhaseTimeline campaign={campaign} today={today} />
                  </CardContent>
                </Card>
                <Card sx={{ minWidth: 0 }}>
                  <Tabs
                    value={tab}
                    onChange={(_e, v) => setTab(v)}
                    variant="scrollable"
                    scrollButtons="auto"
                    aria-label={translate('app.campaign.title')}
                    sx={{ borderBottom: 1, borderColor: 'divider' }}
                  >
                    {tabs.map((t) => (
                      <Tab key={t} value={t} label={translate(`app.campaign.tabs.${t}`)} id={`campaign-tab-${t}`} aria-controls={`campaign-panel-${t}`} />
                    ))}
                  </Tabs>
                  <CardContent role="tabpanel" id={`campaign-panel-${tab}`} aria-labelledby={`campaign-tab-${tab}`}>
                    {tab === 'milestones' && (
                      <MilestonesTab campaign={campaign} canManage={canManage} canComplete={canComplete} ownDepartmentId={ownDepartmentId} today={today} />
                    )}
                    {tab === 'weekly' && <WeeklyTab campaign={campaign} canManage={canManage} today={today} />}
                    {tab === 'training' && <TrainingTab campaign={campaign} canManage={canManage} today={today} />}
                    {tab === 'meetings' && <MeetingsTab campaign={campaign} canManage={canManage} />}
                    {tab === 'routines' && <RoutinesTab />}
                    {tab === 'townships' && <TownshipPlansTab year={campaign.year} canWrite={hasPermission(permissions, 'townshipPlan:manage')} />}
                    {tab === 'townshipData' && <TownshipDataTab />}
                  </CardContent>
                </Card>
              </>
            )}
          </QueryState>
        )}
      </QueryState>
    </Box>
  );
};
