import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { fieldErrorsOf, useGql, useRunAction } from '../../common/api';
import { enumLabel } from '../../common/enums';
import { RefLink } from '../../common/RefLink';
import { EmptyBox, QueryState } from '../../common/states';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import type { SpecialInspectionFieldsFragment, SpecialInspectionStatus, SpecialInspectionType } from '../../gql/graphql';
import {
  COMPLETE_SPECIAL_INSPECTION,
  PLAN_SPECIAL_INSPECTION,
  RECORD_SPECIAL_ITEM,
  SPECIAL_COMMUNITY_SEARCH,
  SPECIAL_INSPECTION_QUERY,
  SPECIAL_INSPECTIONS_QUERY,
  SPECIAL_TEMPLATES_QUERY,
  START_SPECIAL_INSPECTION,
} from './operations';

const KEYS = ['specialInspections'] as const;
const STATUSES: SpecialInspectionStatus[] = ['PLANNED', 'IN_PROGRESS', 'COMPLETED'];
const T = 'app.specialInspections';
type Row = SpecialInspectionFieldsFragment;

/** A button the server offers: disabled with the server's reason when it cannot be taken now, absent when not offered. */
const Offered = ({ row, action, children, onClick }: { row: Row; action: string; children: string; onClick: () => void }) => {
  const a = row.availableActions.find((x) => x.action === action);
  if (!a) return null;
  return (
    <Tooltip title={a.reason ?? ''}>
      <span>
        <Button variant="contained" disabled={!a.available} onClick={onClick} data-testid={`action-${action}`}>
          {children}
        </Button>
      </span>
    </Tooltip>
  );
};

const StatusChip = ({ status }: { status: SpecialInspectionStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      label={translate(`${T}.statuses.${status}`)}
      color={status === 'COMPLETED' ? 'success' : status === 'IN_PROGRESS' ? 'primary' : 'default'}
      data-testid="special-status"
    />
  );
};

const Progress = ({ row }: { row: Row }) => {
  const translate = useTranslate();
  const { total, recorded, failed } = row.progress;
  return (
    <Box sx={{ minWidth: 150 }}>
      <LinearProgress variant="determinate" value={total ? (recorded / total) * 100 : 0} color={failed ? 'warning' : 'primary'} />
      <Typography variant="caption">{translate(`${T}.progress`, { recorded, total, failed })}</Typography>
    </Box>
  );
};

/** `/#/special-inspections`: the inspections the caller sees, filtered by type and status; a department plans new ones. */
export const SpecialInspectionListPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const [type, setType] = useState<SpecialInspectionType | ''>('');
  const [status, setStatus] = useState<SpecialInspectionStatus | ''>('');
  const templates = useGql([...KEYS, 'templates'], SPECIAL_TEMPLATES_QUERY, {});
  const { data, isPending, error } = useGql([...KEYS, 'list', type, status], SPECIAL_INSPECTIONS_QUERY, { type: type || null, status: status || null });
  const rows: Row[] = data?.specialInspections ?? [];
  return (
    <Card>
      <Title title={translate(`${T}.title`)} />
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6">{translate(`${T}.title`)}</Typography>
          {hasPermission(permissions, 'specialInspection:run') && (
            <Button variant="contained" component={Link} to="/special-inspections/new">
              {translate(`${T}.plan`)}
            </Button>
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(`${T}.hint`)}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 2 }}>
          <TextField
            select
            size="small"
            sx={{ minWidth: 220 }}
            label={translate(`${T}.type`)}
            value={type}
            onChange={(e) => setType(e.target.value as SpecialInspectionType | '')}
            data-testid="filter-type"
          >
            <MenuItem value="">{translate(`${T}.allTypes`)}</MenuItem>
            {(templates.data?.specialInspectionTemplates ?? []).map((t) => (
              <MenuItem key={t.type} value={t.type}>
                {t.label}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            sx={{ minWidth: 160 }}
            label={translate(`${T}.status`)}
            value={status}
            onChange={(e) => setStatus(e.target.value as SpecialInspectionStatus | '')}
            data-testid="filter-status"
          >
            <MenuItem value="">{translate(`${T}.allStatuses`)}</MenuItem>
            {STATUSES.map((s) => (
              <MenuItem key={s} value={s}>
                {translate(`${T}.statuses.${s}`)}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <QueryState isPending={isPending} error={error} list>
          {rows.length === 0 ? (
            <EmptyBox message={`${T}.empty`} />
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate(`${T}.type`)}</TableCell>
                  <TableCell>{translate(`${T}.community`)}</TableCell>
                  <TableCell>{translate(`${T}.department`)}</TableCell>
                  <TableCell>{translate(`${T}.plannedOn`)}</TableCell>
                  <TableCell>{translate(`${T}.status`)}</TableCell>
                  <TableCell>{translate(`${T}.result`)}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.id} data-testid="special-row">
                    <TableCell>
                      <Link to={`/special-inspections/${r.id}`}>{r.typeLabel}</Link>
                    </TableCell>
                    <TableCell>
                      <RefLink field="community" record={r.community} />
                    </TableCell>
                    <TableCell>
                      <RefLink field="department" record={r.department} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.completedOn ?? r.plannedOn}</TableCell>
                    <TableCell>
                      <StatusChip status={r.status} />
                    </TableCell>
                    <TableCell>
                      <Progress row={r} />
                    </TableCell>
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

/** `/#/special-inspections/new`: the department plans an inspection of a type its remit covers. */
export const SpecialInspectionPlanPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const run = useRunAction();
  const client = useQueryClient();
  const templates = useGql([...KEYS, 'templates'], SPECIAL_TEMPLATES_QUERY, {});
  const [q, setQ] = useState('');
  const communities = useGql([...KEYS, 'communities', q], SPECIAL_COMMUNITY_SEARCH, { q: q || null });
  const [form, setForm] = useState({ type: '', communityId: '', plannedOn: '', inspectors: '', note: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = communities.data?.communities.items ?? [];
  const chosen = templates.data?.specialInspectionTemplates.find((t) => t.type === form.type);
  const save = () =>
    run(
      PLAN_SPECIAL_INSPECTION,
      {
        type: form.type as SpecialInspectionType,
        communityId: form.communityId,
        plannedOn: form.plannedOn,
        inspectors: form.inspectors,
        note: form.note || null,
      },
      'planSpecialInspection',
    ).then(
      (d) => {
        void client.invalidateQueries({ queryKey: KEYS });
        navigate(`/special-inspections/${d.id}`);
      },
      (e: unknown) => setErrors(fieldErrorsOf(e)),
    );
  return (
    <Card>
      <Title title={translate(`${T}.planTitle`)} />
      <CardContent>
        <Typography variant="h6" sx={{ mb: 2 }}>
          {translate(`${T}.planTitle`)}
        </Typography>
        <Stack spacing={2} sx={{ maxWidth: 560 }}>
          <TextField
            select
            label={translate(`${T}.type`)}
            value={form.type}
            onChange={(e) => setForm({ ...form, type: e.target.value })}
            error={!!errors.type}
            helperText={errors.type}
            // Opened before the checklists arrive, the menu would stay an empty, misplaced popover.
            disabled={!templates.data}
            data-testid="plan-type"
          >
            {(templates.data?.specialInspectionTemplates ?? []).map((t) => (
              <MenuItem key={t.type} value={t.type}>
                {t.label}
              </MenuItem>
            ))}
          </TextField>
          <Autocomplete
            options={options}
            getOptionLabel={(o) => o.name}
            filterOptions={(x) => x}
            onInputChange={(_e, v) => setQ(v)}
            onChange={(_e, v) => setForm({ ...form, communityId: v?.id ?? '' })}
            renderInput={(params) => (
              <TextField
                {...params}
                label={translate(`${T}.community`)}
                placeholder={translate(`${T}.communityHint`)}
                error={!!errors.communityId}
                helperText={errors.communityId}
                data-testid="plan-community"
              />
            )}
          />
          <TextField
            type="date"
            label={translate(`${T}.plannedOn`)}
            value={form.plannedOn}
            onChange={(e) => setForm({ ...form, plannedOn: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            error={!!errors.plannedOn}
            helperText={errors.plannedOn}
            data-testid="plan-date"
          />
          <TextField
            label={translate(`${T}.inspectors`)}
            value={form.inspectors}
            onChange={(e) => setForm({ ...form, inspectors: e.target.value })}
            error={!!errors.inspectors}
            helperText={errors.inspectors}
            data-testid="plan-inspectors"
          />
          <TextField
            label={translate(`${T}.note`)}
            value={form.note}
            multiline
            onChange={(e) => setForm({ ...form, note: e.target.value })}
            error={!!errors.note}
            helperText={errors.note}
          />
          {chosen && (
            <Box>
              <Typography variant="subtitle2">{translate(`${T}.version`, { version: chosen.version })}</Typography>
              <ol style={{ margin: 0 }}>
                {chosen.items.map((i) => (
                  <li key={i.id}>
                    <Typography variant="body2">{i.text}</Typography>
                  </li>
                ))}
              </ol>
            </Box>
          )}
          <Box>
            <Button variant="contained" onClick={save} data-testid="plan-save">
              {translate(`${T}.save`)}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
};

const useInspection = () => {
  const { id = '' } = useParams();
  return { id, ...useGql([...KEYS, 'one', id], SPECIAL_INSPECTION_QUERY, { id }) };
};

const Header = ({ row }: { row: Row }) => {
  const translate = useTranslate();
  return (
    <>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
        <Typography variant="h5" data-testid="special-title">
          {row.typeLabel}
        </Typography>
        <StatusChip status={row.status} />
      </Stack>
      <Typography color="text.secondary">
        <RefLink field="community" record={row.community} /> · {row.enterprise?.name ?? '—'} · <RefLink field="department" record={row.department} /> ·{' '}
        {translate(`${T}.inspectors`)}: {row.inspectors} · {translate(`${T}.plannedOn`)} {row.plannedOn}
        {row.startedOn ? ` · ${translate(`${T}.startedOn`)} ${row.startedOn}` : ''}
        {row.completedOn ? ` · ${translate(`${T}.completedOn`)} ${row.completedOn}` : ''} · {translate(`${T}.version`, { version: row.policyVersion })}
      </Typography>
      {row.note && <Typography sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>{row.note}</Typography>}
      <Box sx={{ my: 1 }}>
        <Progress row={row} />
      </Box>
    </>
  );
};

/** `/#/special-inspections/:id`: the inspection, its checklist results and the issues its failed items became. */
export const SpecialInspectionShowPage = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useInspection();
  const row = data?.specialInspection ?? null;
  return (
    <Card>
      <Title title={translate(`${T}.title`)} />
      <CardContent>
        <QueryState isPending={isPending} error={error}>
          {!row ? (
            <EmptyBox message={`${T}.notFound`} />
          ) : (
            <>
              <Header row={row} />
              {row.availableActions.length > 0 && row.status !== 'COMPLETED' && (
                <Button variant="contained" component={Link} to={`/special-inspections/${row.id}/checklist`} data-testid="fill-checklist">
                  {translate(`${T}.fill`)}
                </Button>
              )}
              <Table size="small" sx={{ mt: 2 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate(`${T}.item`)}</TableCell>
                    <TableCell>{translate(`${T}.result`)}</TableCell>
                    <TableCell>{translate(`${T}.note`)}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {row.items.map((i) => (
                    <TableRow key={i.itemId} data-testid="special-item">
                      <TableCell>{i.text}</TableCell>
                      <TableCell sx={{ color: i.passed === false ? 'error.main' : undefined, whiteSpace: 'nowrap' }}>
                        {i.passed == null ? translate(`${T}.notRecorded`) : translate(`${T}.${i.passed ? 'pass' : 'fail'}`)}
                      </TableCell>
                      <TableCell>{i.note ?? ''}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Typography variant="h6" sx={{ mt: 2 }}>
                {translate(`${T}.issues`)}
              </Typography>
              {row.status !== 'COMPLETED' ? (
                <Typography color="text.secondary">{translate(`${T}.issuesAfterComplete`)}</Typography>
              ) : row.issues.length === 0 ? (
                <Typography color="text.secondary">{translate(`${T}.noIssues`)}</Typography>
              ) : (
                <Table size="small">
                  <TableBody>
                    {row.issues.map((i) => (
                      <TableRow key={i.id} data-testid="special-issue">
                        <TableCell>
                          <RefLink field="issue" record={{ id: i.id, name: i.title }} />
                        </TableCell>
                        <TableCell>{enumLabel(translate, 'IssueCategory', i.category)}</TableCell>
                        <TableCell>{enumLabel(translate, 'IssueState', i.state)}</TableCell>
                        <TableCell>{i.department?.name ?? '—'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </>
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
};

/** `/#/special-inspections/:id/checklist`: the department starts the inspection, records each item, and completes it. */
export const SpecialInspectionChecklistPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const run = useRunAction();
  const client = useQueryClient();
  const { data, isPending, error } = useInspection();
  const row = data?.specialInspection ?? null;
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, Record<string, string>>>({});
  const after = () => client.invalidateQueries({ queryKey: KEYS });
  const attempt = (key: string, p: Promise<unknown>) =>
    p.then(
      () => {
        setErrors({ ...errors, [key]: {} });
        return after();
      },
      (e: unknown) => setErrors({ ...errors, [key]: fieldErrorsOf(e) }),
    );
  const recording = row?.availableActions.find((a) => a.action === 'RECORD')?.available ?? false;
  return (
    <Card>
      <Title title={translate(`${T}.fill`)} />
      <CardContent>
        <QueryState isPending={isPending} error={error}>
          {!row ? (
            <EmptyBox message={`${T}.notFound`} />
          ) : (
            <>
              <Header row={row} />
              <Stack direction="row" spacing={1} sx={{ my: 1 }}>
                <Offered
                  row={row}
                  action="START"
                  onClick={() => void attempt('start', run(START_SPECIAL_INSPECTION, { id: row.id }, 'startSpecialInspection'))}
                >
                  {translate(`${T}.start`)}
                </Offered>
                <Offered
                  row={row}
                  action="COMPLETE"
                  onClick={() =>
                    void run(COMPLETE_SPECIAL_INSPECTION, { id: row.id }, 'completeSpecialInspection').then(
                      () => after().then(() => navigate(`/special-inspections/${row.id}`)),
                      (e: unknown) => setErrors({ ...errors, complete: fieldErrorsOf(e) }),
                    )
                  }
                >
                  {translate(`${T}.complete`)}
                </Offered>
              </Stack>
              {Object.values(errors.start ?? {}).map((m) => (
                <Alert key={m} severity="error">
                  {m}
                </Alert>
              ))}
              {Object.values(errors.complete ?? {}).map((m) => (
                <Alert key={m} severity="error">
                  {m}
                </Alert>
              ))}
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate(`${T}.item`)}</TableCell>
                    <TableCell>{translate(`${T}.result`)}</TableCell>
                    <TableCell>{translate(`${T}.failNote`)}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {row.items.map((i) => {
                    const e = errors[i.itemId] ?? {};
                    const note = notes[i.itemId] ?? i.note ?? '';
                    return (
                      <TableRow key={i.itemId} data-testid={`checklist-item-${i.itemId}`}>
                        <TableCell>
                          {i.text}
                          <Typography variant="caption" display="block" color="text.secondary">
                            {translate(`${T}.category`)}: {enumLabel(translate, 'IssueCategory', i.category)}
                          </Typography>
                        </TableCell>
                        <TableCell sx={{ color: i.passed === false ? 'error.main' : undefined, whiteSpace: 'nowrap' }} data-testid="item-result">
                          {i.passed == null ? translate(`${T}.notRecorded`) : translate(`${T}.${i.passed ? 'pass' : 'fail'}`)}
                        </TableCell>
                        <TableCell>
                          <TextField
                            size="small"
                            fullWidth
                            disabled={!recording}
                            value={note}
                            onChange={(ev) => setNotes({ ...notes, [i.itemId]: ev.target.value })}
                            error={!!(e.note || e.itemId)}
                            helperText={e.note ?? e.itemId}
                            slotProps={{ htmlInput: { 'aria-label': `${translate(`${T}.failNote`)} ${i.itemId}` } }}
                          />
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          <Button
                            size="small"
                            disabled={!recording}
                            onClick={() =>
                              void attempt(
                                i.itemId,
                                run(RECORD_SPECIAL_ITEM, { id: row.id, itemId: i.itemId, passed: true, note: note || null }, 'recordSpecialInspectionItem'),
                              )
                            }
                          >
                            {translate(`${T}.pass`)}
                          </Button>
                          <Button
                            size="small"
                            color="error"
                            disabled={!recording}
                            onClick={() =>
                              void attempt(
                                i.itemId,
                                run(RECORD_SPECIAL_ITEM, { id: row.id, itemId: i.itemId, passed: false, note: note || null }, 'recordSpecialInspectionItem'),
                              )
                            }
                          >
                            {translate(`${T}.recordFail`)}
                          </Button>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </>
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
};
