import {
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { fieldErrorsOf, useGql, useRunAction } from '../../common/api';
import { todayInShanghai } from '../../common/dates';
import { EmptyBox, QueryState } from '../../common/states';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import type { CampaignMeetingsQuery, MeetingKind } from '../../gql/graphql';
import {
  APPROVE_MINUTES,
  CAMPAIGN_MEETINGS_QUERY,
  PEER_VISITS_QUERY,
  RECORD_PEER_VISIT,
  RETURN_MINUTES,
  SUBMIT_MINUTES,
  VISIT_FIRMS_QUERY,
  WRITE_MINUTES,
} from './operations';

type Meeting = CampaignMeetingsQuery['campaignMeetings'][number];
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });

/** A button the server offers: disabled with the server's reason when it cannot be taken now. */
const Offered = ({
  actions,
  action,
  label,
  onClick,
  variant,
}: {
  actions: Meeting['availableMinutesActions'];
  action: string;
  label: string;
  onClick: () => void;
  variant?: 'contained' | 'outlined';
}) => {
  const a = actions.find((x) => x.action === action);
  if (!a) return null;
  return (
    <Tooltip title={a.reason ?? ''}>
      <span>
        <Button variant={variant ?? 'outlined'} disabled={!a.available} onClick={onClick} data-testid={`minutes-${action}`}>
          {label}
        </Button>
      </span>
    </Tooltip>
  );
};

/** One meeting: its notice, its minutes and the minutes' buttons as the server offers them. */
const MeetingCard = ({ meeting }: { meeting: Meeting }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const client = useQueryClient();
  const m = meeting.minutes;
  const [body, setBody] = useState(m?.body ?? '');
  const [attendees, setAttendees] = useState((m?.attendees ?? []).join('\n'));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const after = () => client.invalidateQueries({ queryKey: ['gql', 'campaignMeetings'] });
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setErrors({});
      await after();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  const editable = meeting.availableMinutesActions.some((a) => a.action === 'EDIT' && a.available);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="meeting-card">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center">
          <Chip size="small" label={translate(`app.meetings.kinds.${meeting.kind}`)} />
          <Typography variant="h6">{meeting.title}</Typography>
          <Chip
            size="small"
            data-testid="minutes-status"
            color={m?.status === 'APPROVED' ? 'success' : m?.status === 'SUBMITTED' ? 'warning' : 'default'}
            label={m ? translate(`app.meetings.statuses.${m.status}`) : translate('app.meetings.noMinutes')}
          />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate('app.meetings.heldAt')}: {when(meeting.heldAt)} · {translate('app.meetings.location')}: {meeting.location} ·{' '}
          {translate('app.meetings.host')}: {meeting.hostDepartment?.name ?? meeting.hostTownship?.name ?? translate('app.meetings.leadingGroup')}
        </Typography>
        <Typography variant="body2" sx={{ mt: 1 }}>
          {meeting.agenda}
        </Typography>
        {m && (
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
            {m.writtenBy && translate('app.meetings.writtenBy', { name: m.writtenBy })}
            {m.approvedBy && ` · ${translate('app.meetings.approvedBy', { name: m.approvedBy })}`}
            {m.returnNote && ` · ${translate('app.meetings.returned', { note: m.returnNote })}`}
          </Typography>
        )}
        {editable ? (
          <Stack spacing={1} sx={{ mt: 1 }}>
            <TextField
              name="minutesBody"
              label={translate('app.meetings.body')}
              multiline
              minRows={3}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              error={!!errors.body}
              helperText={errors.body}
            />
            <TextField
              name="minutesAttendees"
              label={translate('app.meetings.attendees')}
              multiline
              minRows={2}
              value={attendees}
              onChange={(e) => setAttendees(e.target.value)}
              error={!!errors.minutesAttendees}
              helperText={errors.minutesAttendees}
            />
          </Stack>
        ) : (
          m && (
            <Box sx={{ mt: 1, whiteSpace: 'pre-wrap' }} data-testid="minutes-body">
              <Typography variant="body2">{m.body}</Typography>
              <Typography variant="caption" color="text.secondary">
                {m.attendees.join('；')}
              </Typography>
            </Box>
          )
        )}
        {errors.minutes && (
          <Typography color="error" variant="body2">
            {errors.minutes}
          </Typography>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 1 }} alignItems="center">
          <Offered
            actions={meeting.availableMinutesActions}
            action="EDIT"
            label={translate('app.meetings.actions.EDIT')}
            variant="contained"
            onClick={() => act(() => run(WRITE_MINUTES, { meetingId: meeting.id, body, attendees: lines(attendees) }, 'writeMeetingMinutes'))}
          />
          <Offered
            actions={meeting.availableMinutesActions}
            action="SUBMIT"
            label={translate('app.meetings.actions.SUBMIT')}
            onClick={() => act(() => run(SUBMIT_MINUTES, { meetingId: meeting.id }, 'submitMeetingMinutes'))}
          />
          <Offered
            actions={meeting.availableMinutesActions}
            action="APPROVE"
            label={translate('app.meetings.actions.APPROVE')}
            variant="contained"
            onClick={() => act(() => run(APPROVE_MINUTES, { meetingId: meeting.id }, 'approveMeetingMinutes'))}
          />
          {meeting.availableMinutesActions.some((a) => a.action === 'RETURN' && a.available) && (
            <TextField
              size="small"
              name="returnNote"
              label={translate('app.meetings.returnNote')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              error={!!errors.note}
              helperText={errors.note}
            />
          )}
          <Offered
            actions={meeting.availableMinutesActions}
            action="RETURN"
            label={translate('app.meetings.actions.RETURN')}
            onClick={() => act(() => run(RETURN_MINUTES, { meetingId: meeting.id, note }, 'returnMeetingMinutes'))}
          />
        </Stack>
        <details>
          <summary>
            <Typography variant="caption">{translate('app.meetings.notice')}</Typography>
          </summary>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {meeting.notice}
          </Typography>
        </details>
      </CardContent>
    </Card>
  );
};

/** `/#/campaign-meetings`: the monthly consultations and joint meetings with their minutes, by kind. */
export const MeetingsPage = () => {
  const translate = useTranslate();
  const [kind, setKind] = useState<MeetingKind | ''>('');
  const { data, isPending, error } = useGql(['campaignMeetings', kind], CAMPAIGN_MEETINGS_QUERY, { kind: kind || null });
  const meetings = data?.campaignMeetings ?? [];
  return (
    <Card>
      <Title title={translate('app.meetings.title')} />
      <CardContent>
        <Typography variant="h6">{translate('app.meetings.title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.meetings.hint')}
        </Typography>
        <Tabs value={kind} onChange={(_e, v: MeetingKind | '') => setKind(v)} sx={{ mb: 2 }}>
          <Tab value="" label={translate('app.meetings.allKinds')} />
          <Tab value="MONTHLY_CONSULTATION" label={translate('app.meetings.kinds.MONTHLY_CONSULTATION')} />
          <Tab value="JOINT" label={translate('app.meetings.kinds.JOINT')} />
        </Tabs>
        <QueryState list isPending={isPending} error={error}>
          {meetings.length === 0 ? (
            <EmptyBox message="app.meetings.empty" />
          ) : (
            meetings.map((m) => <MeetingCard key={`${m.id}-${m.minutes?.status ?? ''}`} meeting={m} />)
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
};

type Firm = { id: string; name: string };
const emptyVisit = () => ({ visitedOn: todayInShanghai(), host: null as Firm | null, visitors: [] as Firm[], people: '', findings: '' });

/**
 * The bureau's form for a peer visit. The day starts at today (the server's), as the dashboard's other date fields do:
 * a date input left empty or half typed has the value '', which the API's `Date!` refuses before its rules run (a raw
 * variable error in the notice, no field marked, the other fields' errors unseen), so an empty day is marked here and
 * not sent. Saving is one request at a time (a double click would record the visit twice).
 */
const PeerVisitForm = () => {
  const translate = useTranslate();
  const run = useRunAction();
  const client = useQueryClient();
  const firms = useGql(['visitFirms'], VISIT_FIRMS_QUERY).data?.enterprises.items ?? [];
  const [form, setForm] = useState(emptyVisit);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ReturnType<typeof emptyVisit>>) => setForm((f) => ({ ...f, ...patch }));
  const save = async () => {
    if (!form.visitedOn) {
      setErrors({ visitedOn: translate('ra.validation.required') });
      return;
    }
    setSaving(true);
    try {
      await run(
        RECORD_PEER_VISIT,
        {
          visitedOn: form.visitedOn,
          hostEnterpriseId: form.host?.id ?? null,
          visitorEnterpriseIds: form.visitors.map((v) => v.id),
          visitorPeople: lines(form.people),
          findings: form.findings,
        },
        'recordPeerVisit',
      );
      setErrors({});
      setForm(emptyVisit());
      await client.invalidateQueries({ queryKey: ['gql', 'peerVisits'] });
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    } finally {
      setSaving(false);
    }
  };
  const err = (k: string) => ({ error: !!errors[k], helperText: errors[k] });
  return (
    <Stack spacing={2} sx={{ maxWidth: 900, mb: 3 }} data-testid="peer-visit-form">
      <Typography variant="subtitle1">{translate('app.peerVisits.record')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          type="date"
          name="visitedOn"
          label={translate('app.peerVisits.visitedOn')}
          value={form.visitedOn}
          onChange={(e) => set({ visitedOn: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          {...err('visitedOn')}
        />
        <Autocomplete
          sx={{ minWidth: 300 }}
          options={firms}
          getOptionLabel={(o) => o.name}
          value={form.host}
          onChange={(_e, v) => set({ host: v })}
          renderInput={(p) => <TextField {...p} name="host" label={translate('app.peerVisits.host')} {...err('hostEnterpriseId')} />}
        />
      </Stack>
      <Autocomplete
        multiple
        options={firms}
        getOptionLabel={(o) => o.name}
        value={form.visitors}
        onChange={(_e, v) => set({ visitors: v })}
        renderInput={(p) => <TextField {...p} name="visitors" label={translate('app.peerVisits.firms')} {...err('visitors')} />}
      />
      <TextField
        name="people"
        multiline
        minRows={2}
        label={translate('app.peerVisits.people')}
        value={form.people}
        onChange={(e) => set({ people: e.target.value })}
      />
      <TextField
        name="findings"
        multiline
        minRows={3}
        label={translate('app.peerVisits.findings')}
        value={form.findings}
        onChange={(e) => set({ findings: e.target.value })}
        {...err('visitFindings')}
      />
      <Box>
        <Button variant="contained" onClick={save} disabled={saving}>
          {translate('app.peerVisits.save')}
        </Button>
      </Box>
    </Stack>
  );
};

/** `/#/peer-visits`: the peer visits (a firm sees its own), and the bureau's form to record one. */
export const PeerVisitsPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const { data, isPending, error } = useGql(['peerVisits'], PEER_VISITS_QUERY);
  const visits = data?.peerVisits ?? [];
  return (
    <Card>
      <Title title={translate('app.peerVisits.title')} />
      <CardContent>
        <Typography variant="h6">{translate('app.peerVisits.title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.peerVisits.hint')}
        </Typography>
        {hasPermission(permissions, 'campaign:manage') && <PeerVisitForm />}
        <QueryState list isPending={isPending} error={error}>
          {visits.length === 0 ? (
            <EmptyBox message="app.peerVisits.empty" />
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  {['visitedOn', 'host', 'firms', 'peopleShort', 'findings'].map((k) => (
                    <TableCell key={k}>{translate(`app.peerVisits.${k}`)}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {visits.map((v) => (
                  <TableRow key={v.id} data-testid="peer-visit-row">
                    <TableCell>{v.visitedOn}</TableCell>
                    <TableCell>{[v.hostEnterpriseName, v.hostCommunityName].filter(Boolean).join(' · ')}</TableCell>
                    <TableCell>{v.visitingFirms.map((f) => f.name).join('、')}</TableCell>
                    <TableCell>{v.visitorPeople.join('、')}</TableCell>
                    <TableCell sx={{ maxWidth: 480 }}>{v.findings}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
};
