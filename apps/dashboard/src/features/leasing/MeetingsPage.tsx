import AddIcon from '@mui/icons-material/Add';
import { Box, Card, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import { ActionDialogButton } from '../../common/ActionDialog';
import { useGql, useRunAction } from '../../common/api';
import { formatDateTime } from '../../common/dates';
import { EmptyBox, QueryState } from '../../common/states';
import { shanghaiLocalToIso } from '../committees/logic';
import { parseDecisions, parseLines } from './logic';
import { MEETINGS_QUERY, RECORD_DECISIONS, SCHEDULE_MEETING } from './operations';

/** 工作组会议: notices in the platform's meeting-notice layout, and the decisions recorded after each meeting. */
export const MeetingsPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const manage = hasPermission(permissions, 'lease:manage');
  const run = useRunAction();
  const queryClient = useQueryClient();
  const { data, isPending, error } = useGql(['leaseMeetings'], MEETINGS_QUERY);
  const meetings = data?.leaseMeetings ?? [];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.leasing.meetings.title" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.leasing.meetings.hint')}
      </Typography>
      {manage && (
        <Box sx={{ mb: 2 }}>
          <ActionDialogButton
            label="app.leasing.meetings.schedule"
            icon={<AddIcon />}
            variant="contained"
            fields={[
              { name: 'title', label: 'app.leasing.meetings.meetingTitle', required: true },
              { name: 'heldAt', label: 'app.leasing.meetings.heldAt', kind: 'datetime', required: true },
              { name: 'location', label: 'app.leasing.meetings.location', required: true },
              { name: 'agenda', label: 'app.leasing.meetings.agenda', kind: 'multiline', required: true },
              { name: 'participants', label: 'app.leasing.meetings.participants', kind: 'multiline', required: true },
              { name: 'contactPhone', label: 'app.leasing.meetings.contactPhone' },
            ]}
            onSubmit={async (v) => {
              await run(
                SCHEDULE_MEETING,
                {
                  input: {
                    title: String(v.title ?? ''),
                    heldAt: shanghaiLocalToIso(String(v.heldAt ?? '')) ?? String(v.heldAt ?? ''),
                    location: String(v.location ?? ''),
                    agenda: String(v.agenda ?? ''),
                    participants: parseLines(String(v.participants ?? '')),
                    contactPhone: v.contactPhone ? String(v.contactPhone) : null,
                  },
                },
                'scheduleLeaseMeeting',
                'app.leasing.meetings.scheduled',
              );
              await queryClient.invalidateQueries({ queryKey: ['gql'] });
            }}
          />
        </Box>
      )}
      <QueryState list isPending={isPending} error={error}>
        {meetings.length === 0 && <EmptyBox />}
        <Stack spacing={2}>
          {meetings.map((m) => (
            <Card key={m.id} sx={{ p: 2 }} aria-label={m.title}>
              <Typography variant="h6">{m.title}</Typography>
              <Typography variant="body2" color="text.secondary">
                {formatDateTime(m.heldAt)} · {m.location}
              </Typography>
              <Typography variant="subtitle2" sx={{ mt: 1 }}>
                {translate('app.leasing.meetings.notice')}
              </Typography>
              <Typography component="pre" variant="body2" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
                {m.notice}
              </Typography>
              <Typography variant="subtitle2" sx={{ mt: 1 }}>
                {translate('app.leasing.meetings.decisions')}
              </Typography>
              {m.minutes && <Typography variant="body2">{m.minutes}</Typography>}
              {m.decisions.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {translate('app.leasing.meetings.noDecisions')}
                </Typography>
              ) : (
                <ol>
                  {m.decisions.map((d, i) => (
                    <li key={i}>
                      {d.text}
                      {d.owner ? `（${d.owner}` : ''}
                      {d.owner && d.dueOn ? `，${d.dueOn}` : ''}
                      {d.owner ? '）' : ''}
                    </li>
                  ))}
                </ol>
              )}
              {manage && (
                <ActionDialogButton
                  label="app.leasing.meetings.decide"
                  fields={[
                    { name: 'minutes', label: 'app.leasing.meetings.minutes', kind: 'multiline' },
                    { name: 'decisions', label: 'app.leasing.meetings.decisions', kind: 'multiline', required: true },
                  ]}
                  onSubmit={async (v) => {
                    await run(
                      RECORD_DECISIONS,
                      { id: m.id, minutes: v.minutes ? String(v.minutes) : null, decisions: parseDecisions(String(v.decisions ?? '')) },
                      'recordLeaseMeetingDecisions',
                      'app.leasing.meetings.decided',
                    );
                    await queryClient.invalidateQueries({ queryKey: ['gql'] });
                  }}
                />
              )}
            </Card>
          ))}
        </Stack>
      </QueryState>
    </Box>
  );
};
