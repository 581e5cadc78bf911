import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Card, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import { ActionDialogButton } from '../../common/ActionDialog';
import { useGql, useRunAction } from '../../common/api';
import { formatDate } from '../../common/dates';
import { EmptyBox, QueryState } from '../../common/states';
import type { CommitteeRegisterQuery } from '../../gql/graphql';
import { parseMembers, parseOwnerSheet, shanghaiLocalToIso } from './logic';
import { COMMITTEE_REGISTER_QUERY, CREATE_ELECTION, IMPORT_OWNERS } from './operations';

type Row = CommitteeRegisterQuery['committeeRegister'][number];

export const REGISTER_STATUSES = ['NONE', 'PREPARING', 'VOTING', 'ELECTED', 'FILED', 'EXPIRED'] as const;
const STATUS_COLOR: Record<string, 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary'> = {
  NONE: 'default',
  PREPARING: 'info',
  VOTING: 'warning',
  ELECTED: 'primary',
  FILED: 'success',
  EXPIRED: 'error',
};

export const RegisterStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLOR[status] ?? 'default'} label={translate(`enums.CommitteeRegisterStatus.${status}`, { _: status })} />;
};

export const ASSEMBLY_FORMS = ['MEETING', 'WRITTEN', 'ONLINE', 'MIXED'] as const;

/** The owners' sheet pasted from Excel: nothing is imported when any row is wrong, and the bad rows are named. */
export const ImportOwnersButton = ({ communityId, communityName }: { communityId: string; communityName: string }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const queryClient = useQueryClient();
  return (
    <ActionDialogButton
      label="app.committees.importOwners"
      title={translate('app.committees.importOwnersOf', { community: communityName })}
      icon={<UploadFileIcon />}
      fields={[{ name: 'sheet', label: 'app.committees.ownerSheet', kind: 'multiline', required: true, helperText: 'app.committees.ownerSheetHint' }]}
      onSubmit={async (v) => {
        const rows = parseOwnerSheet(String(v.sheet ?? ''));
        const report = await run(IMPORT_OWNERS, { communityId, rows }, 'importCommitteeOwners', 'app.committees.imported');
        await queryClient.invalidateQueries({ queryKey: ['gql'] });
        return report;
      }}
    />
  );
};

/** 成立筹备组: the preparatory group and the first assembly's time, place, form and agenda. */
export const StartElectionButton = ({ communityId }: { communityId: string }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const navigate = useNavigate();
  return (
    <ActionDialogButton
      label="app.committees.startElection"
      icon={<AddIcon />}
      variant="contained"
      fields={[
        { name: 'members', label: 'app.committees.groupMembers', kind: 'multiline', required: true, helperText: 'app.committees.groupMembersHint' },
        { name: 'at', label: 'app.committees.assemblyAt', kind: 'datetime', required: true },
        { name: 'place', label: 'app.committees.assemblyPlace', required: true },
        {
          name: 'form',
          label: 'app.committees.assemblyForm',
          kind: 'select',
          required: true,
          defaultValue: 'MIXED',
          choices: ASSEMBLY_FORMS.map((f) => ({ id: f, name: `enums.AssemblyForm.${f}` })),
        },
        { name: 'agenda', label: 'app.committees.agenda', kind: 'multiline', required: true, defaultValue: translate('app.committees.defaultAgenda') },
      ]}
      onSubmit={async (v) => {
        const at = shanghaiLocalToIso(String(v.at ?? ''));
        const election = await run(
          CREATE_ELECTION,
          {
            communityId,
            members: parseMembers(String(v.members ?? ''), translate('app.committees.memberRole')),
            assembly: {
              at: at ?? String(v.at ?? ''),
              place: String(v.place ?? ''),
              form: v.form as (typeof ASSEMBLY_FORMS)[number],
              agenda: String(v.agenda ?? ''),
            },
          },
          'createCommitteeElection',
        );
        navigate(`/committees/elections/${election.id}`);
      }}
    />
  );
};

/** 业主委员会台账: every community in the caller's scope with its committee's status and term. */
export const CommitteeRegisterPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const manage = hasPermission(permissions, 'committee:manage');
  const { data, isPending, error } = useGql(['committeeRegister'], COMMITTEE_REGISTER_QUERY);
  const [township, setTownship] = useState('');
  const [status, setStatus] = useState('');
  const rows = useMemo(() => data?.committeeRegister ?? [], [data]);
  const townships = useMemo(
    () => [...new Map(rows.map((r) => [r.community.township.id, r.community.township.name])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh')),
    [rows],
  );
  const shown = rows.filter((r) => (!township || r.community.township.id === township) && (!status || r.status === status));
  const counts = Object.fromEntries(REGISTER_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]));
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.committees.title" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.committees.registerHint')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap alignItems="center">
        <TextField
          select
          size="small"
          sx={{ minWidth: 180 }}
          label={translate('app.committees.filterTownship')}
          value={township}
          onChange={(e) => setTownship(e.target.value)}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{translate('app.committees.all')}</MenuItem>
          {townships.map(([id, name]) => (
            <MenuItem key={id} value={id}>
              {name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          sx={{ minWidth: 180 }}
          label={translate('app.committees.filterStatus')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{translate('app.committees.all')}</MenuItem>
          {REGISTER_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(`enums.CommitteeRegisterStatus.${s}`)} ({counts[s]})
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          {translate('app.committees.shown', { shown: shown.length, total: rows.length })}
        </Typography>
      </Stack>
      <Card>
        <QueryState list isPending={isPending} error={error}>
          {shown.length === 0 ? (
            <EmptyBox />
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-label={translate('app.committees.register')}>
                <TableHead>
                  <TableRow>
                    {(['community', 'township', 'status', 'term', 'termState', 'actions'] as const).map((f) => (
                      <TableCell key={f} sx={{ whiteSpace: 'nowrap' }}>
                        {translate(`app.committees.fields.${f}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {shown.map((r) => (
                    <RegisterRow key={r.community.id} row={r} manage={manage} />
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </QueryState>
      </Card>
    </Box>
  );
};

const RegisterRow = ({ row, manage }: { row: Row; manage: boolean }) => {
  const translate = useTranslate();
  const e = row.election;
  return (
    <TableRow hover>
      <TableCell>{e ? <RouterLink to={`/committees/elections/${e.id}`}>{row.community.name}</RouterLink> : row.community.name}</TableCell>
      <TableCell>{row.community.township.name}</TableCell>
      <TableCell>
        <RegisterStatusChip status={row.status} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{e?.termStart ? `${formatDate(e.termStart)} ~ ${formatDate(e.termEnd)}` : ''}</TableCell>
      <TableCell>
        {row.termState ? (
          <Chip
            size="small"
            variant="outlined"
            color={row.termState === 'IN_TERM' ? 'success' : row.termState === 'ENDING_SOON' ? 'warning' : 'error'}
            label={translate(`enums.CommitteeTermState.${row.termState}`)}
          />
        ) : (
          ''
        )}
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={1}>
          {e && (
            <RouterLink to={`/committees/elections/${e.id}`} aria-label={translate('app.committees.openElectionOf', { community: row.community.name })}>
              {translate('app.committees.openElection')}
            </RouterLink>
          )}
          {manage && (row.status === 'NONE' || row.status === 'EXPIRED') && (
            <>
              <ImportOwnersButton communityId={row.community.id} communityName={row.community.name} />
              <StartElectionButton communityId={row.community.id} />
            </>
          )}
        </Stack>
      </TableCell>
    </TableRow>
  );
};
