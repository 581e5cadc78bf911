import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  IconButton,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { fieldErrorsOf, useGql, useRunAction } from '../../common/api';
import { EmptyBox, QueryState } from '../../common/states';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import type { BureauRandomDrawsQuery } from '../../gql/graphql';
import { CHECKLIST_QUERY } from '../closedLoop/workflow/operations';
import {
  ADD_POOL_INSPECTOR,
  BUREAU_RANDOM_DRAWS_QUERY,
  CREATE_RANDOM_DRAW,
  PERFORM_RANDOM_DRAW,
  POOL_UNITS_QUERY,
  PUBLISH_RANDOM_DRAW,
  RECORD_RANDOM_DRAW_RESULT,
  SET_POOL_INSPECTOR_ACTIVE,
} from './operations';

type Data = BureauRandomDrawsQuery;
type Draw = Data['randomDraws'][number];
type Row = Draw['communities'][number];
const KEYS = ['randomDraws', 'bureau'] as const;
const STATUS_COLOR = { PLANNED: 'default', DRAWN: 'warning', PUBLISHED: 'success' } as const;
const t = (k: string) => `app.randomDraws.${k}`;

/** 执法检查人员名录库: the pool, and for the bureau a form to add an inspector and a switch per inspector. */
const Pool = ({ pool, canManage }: { pool: Data['poolInspectors']; canManage: boolean }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const units = useGql([...KEYS, 'units'], POOL_UNITS_QUERY, {}, { enabled: canManage });
  const [form, setForm] = useState({ name: '', badgeNo: '', unit: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = async () => {
    const [kind, id] = form.unit ? form.unit.split(':') : [null, null];
    try {
      await run(
        ADD_POOL_INSPECTOR,
        {
          input: { name: form.name, badgeNo: form.badgeNo, townshipId: kind === 'T' ? id : null, departmentId: kind === 'D' ? id : null },
        },
        'addPoolInspector',
      );
      setForm({ name: '', badgeNo: '', unit: '' });
      setErrors({});
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate(t('pool'), { count: pool.filter((i) => i.active).length })}</Typography>
        {canManage && (
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ my: 1 }} alignItems="flex-start">
            <TextField
              size="small"
              label={translate(t('inspectorName'))}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              error={!!errors.name}
              helperText={errors.name}
            />
            <TextField
              size="small"
              label={translate(t('badgeNo'))}
              value={form.badgeNo}
              onChange={(e) => setForm({ ...form, badgeNo: e.target.value })}
              error={!!errors.badgeNo}
              helperText={errors.badgeNo}
            />
            <TextField
              select
              size="small"
              sx={{ minWidth: 220 }}
              label={translate(t('unit'))}
              value={form.unit}
              onChange={(e) => setForm({ ...form, unit: e.target.value })}
              error={!!(errors.townshipId || errors.departmentId)}
              helperText={errors.townshipId ?? errors.departmentId}
            >
              <MenuItem value="">{translate(t('bureau'))}</MenuItem>
              {(units.data?.townships.items ?? []).map((u) => (
                <MenuItem key={`T${u.id}`} value={`T:${u.id}`}>
                  {u.name}
                </MenuItem>
              ))}
              {(units.data?.departments.items ?? []).map((u) => (
                <MenuItem key={`D${u.id}`} value={`D:${u.id}`}>
                  {u.name}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="outlined" onClick={add}>
              {translate(t('addInspector'))}
            </Button>
          </Stack>
        )}
        {pool.length === 0 ? (
          <EmptyBox message={t('noInspectors')} />
        ) : (
          <Box sx={{ maxHeight: 320, overflow: 'auto' }}>
            <Table size="small" data-testid="inspector-pool">
              <TableHead>
                <TableRow>
                  {['inspectorName', 'badgeNo', 'unit', 'active'].map((k) => (
                    <TableCell key={k}>{translate(t(k))}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {pool.map((i) => (
                  <TableRow key={i.id}>
                    <TableCell>{i.name}</TableCell>
                    <TableCell>{i.badgeNo}</TableCell>
                    <TableCell>{i.unitName ?? translate(t('bureau'))}</TableCell>
                    <TableCell>
                      <Switch
                        size="small"
                        checked={i.active}
                        disabled={!canManage}
                        slotProps={{ input: { 'aria-label': i.name } }}
                        onChange={(e) =>
                          run(SET_POOL_INSPECTOR_ACTIVE, { id: i.id, active: e.target.checked }, 'setPoolInspectorActive').catch(() => undefined)
                        }
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

/** The plan form (PLANNED): title, policy, number of communities, team size, inspect-by date. */
const PlanForm = ({ policies }: { policies: Data['randomInspectionPolicies'] }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const [form, setForm] = useState({ title: '', policyCode: policies[0]?.code ?? '', communityCount: '', teamSize: '', dueBy: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = async () => {
    try {
      await run(
        CREATE_RANDOM_DRAW,
        {
          input: {
            title: form.title,
            policyCode: form.policyCode,
            communityCount: Number(form.communityCount),
            teamSize: form.teamSize ? Number(form.teamSize) : null,
            dueBy: form.dueBy,
          },
        },
        'createRandomDraw',
      );
      setForm({ ...form, title: '', communityCount: '', teamSize: '', dueBy: '' });
      setErrors({});
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  const field = (k: keyof typeof form, extra: object = {}) => ({
    size: 'small' as const,
    name: k,
    label: translate(t(k === 'title' ? 'planTitle' : k)),
    value: form[k],
    onChange: set(k),
    error: !!errors[k],
    helperText: errors[k],
    ...extra,
  });
  return (
    <Card sx={{ mb: 2 }} data-testid="draw-plan-form">
      <CardContent>
        <Typography variant="h6">{translate(t('newPlan'))}</Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 1 }} alignItems="flex-start">
          <TextField {...field('title')} sx={{ minWidth: 280 }} />
          <TextField {...field('policyCode')} select sx={{ minWidth: 200 }}>
            {policies.map((p) => (
              <MenuItem key={p.code} value={p.code}>
                {p.label}
              </MenuItem>
            ))}
          </TextField>
          <TextField {...field('communityCount')} type="number" sx={{ width: 140 }} />
          <TextField {...field('teamSize')} type="number" sx={{ width: 140 }} />
          <TextField {...field('dueBy')} type="date" slotProps={{ inputLabel: { shrink: true } }} />
          <Button variant="contained" onClick={submit}>
            {translate(t('plan'))}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};

interface DeductionRow {
  itemId: string;
  points: string;
  note: string;
}

/** Records a drawn community's inspection (a RANDOM inspection by the drawn team); findings may enter the ledger at once. */
const ResultDialog = ({ row, onClose }: { row: Row; onClose: () => void }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const checklist = useGql(['closedLoop', 'checklist'], CHECKLIST_QUERY);
  const [date, setDate] = useState('');
  const [refused, setRefused] = useState(false);
  const [turnFindings, setTurnFindings] = useState(true);
  const [note, setNote] = useState('');
  const [deductions, setDeductions] = useState<DeductionRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setRow = (i: number, patch: Partial<DeductionRow>) => setDeductions(deductions.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const submit = async () => {
    try {
      await run(
        RECORD_RANDOM_DRAW_RESULT,
        {
          input: {
            drawnCommunityId: row.id,
            date,
            refusedToCooperate: refused,
            note: note || null,
            turnFindings,
            deductions: deductions.map((d) => ({ itemId: d.itemId, points: Number(d.points), note: d.note || null })),
          },
        },
        'recordRandomDrawResult',
      );
      onClose();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  const otherErrors = Object.entries(errors).filter(([k]) => k !== 'date');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate(t('resultTitle'), { name: row.communityName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate(t('inspectors'))}: {row.inspectors.map((i) => i.name).join('、')}
          </Typography>
          <TextField
            type="date"
            name="date"
            label={translate(t('resultDate'))}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={!!errors.date}
            helperText={errors.date}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <FormControlLabel control={<Checkbox checked={refused} onChange={(e) => setRefused(e.target.checked)} />} label={translate(t('refused'))} />
          {!refused && (
            <>
              <Typography variant="subtitle2">{translate(t('deductions'))}</Typography>
              {deductions.map((d, i) => (
                <Stack key={i} direction="row" spacing={1} alignItems="center">
                  <TextField
                    select
                    size="small"
                    sx={{ flex: 1 }}
                    label={translate(t('item'))}
                    value={d.itemId}
                    onChange={(e) => setRow(i, { itemId: e.target.value })}
                  >
                    {(checklist.data?.inspectionChecklist ?? []).map((c) => (
                      <MenuItem key={c.id} value={c.id}>
                        {c.id} {c.sectionLabel} · {c.text}（≤{c.maxDeduction}）
                      </MenuItem>
                    ))}
                  </TextField>
                  <TextField
                    size="small"
                    type="number"
                    sx={{ width: 110 }}
                    label={translate(t('points'))}
                    value={d.points}
                    onChange={(e) => setRow(i, { points: e.target.value })}
                  />
                  <TextField size="small" sx={{ flex: 1 }} label={translate(t('note'))} value={d.note} onChange={(e) => setRow(i, { note: e.target.value })} />
                  <IconButton aria-label={translate(t('removeDeduction'))} onClick={() => setDeductions(deductions.filter((_, j) => j !== i))}>
                    <DeleteIcon />
                  </IconButton>
                </Stack>
              ))}
              <Box>
                <Button size="small" onClick={() => setDeductions([...deductions, { itemId: '', points: '', note: '' }])}>
                  {translate(t('addDeduction'))}
                </Button>
              </Box>
              <FormControlLabel
                control={<Checkbox checked={turnFindings} onChange={(e) => setTurnFindings(e.target.checked)} />}
                label={translate(t('turnFindings'))}
              />
            </>
          )}
          <TextField label={translate(t('note'))} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} />
          {otherErrors.map(([k, m]) => (
            <Alert key={k} severity="error">
              {m}
            </Alert>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate(t('cancel'))}</Button>
        <Button variant="contained" onClick={submit}>
          {translate(t('saveResult'))}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** One draw: status, seed, the list with teams and results, and the buttons the server offers (with their reasons). */
const DrawCard = ({ draw }: { draw: Draw }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const [seed, setSeed] = useState('');
  const [seedError, setSeedError] = useState<string | null>(null);
  const [recording, setRecording] = useState<Row | null>(null);
  const offered = (action: string) => draw.availableActions.find((a) => a.action === action);
  const perform = offered('PERFORM');
  const publish = offered('PUBLISH');
  const record = offered('RECORD_RESULT');
  const doPerform = async () => {
    try {
      await run(PERFORM_RANDOM_DRAW, { id: draw.id, seed: seed.trim() || null }, 'performRandomDraw');
      setSeedError(null);
    } catch (e) {
      setSeedError(fieldErrorsOf(e).seed ?? null);
    }
  };
  return (
    <Card sx={{ mb: 2 }} data-testid="bureau-draw">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
          <Typography variant="h6">{draw.title}</Typography>
          <Chip size="small" color={STATUS_COLOR[draw.status]} label={translate(`app.randomDraws.status.${draw.status}`)} />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate(t('policy'))}: {draw.policy.label} · {translate(t('communityCount'))}: {draw.communityCount} · {translate(t('teamSize'))}: {draw.teamSize}{' '}
          · {translate(t('dueBy'))}: {draw.dueBy}
          {draw.seed && (
            <>
              {' '}
              · {translate(t('seed'))}: <code data-testid="draw-seed">{draw.seed}</code>
            </>
          )}
        </Typography>
        {perform?.available && (
          <Stack direction="row" spacing={1} alignItems="flex-start" sx={{ mt: 1 }}>
            <TextField
              size="small"
              name="seed"
              sx={{ minWidth: 300 }}
              label={translate(t('seedInput'))}
              value={seed}
              onChange={(e) => setSeed(e.target.value)}
              error={!!seedError}
              helperText={seedError ?? translate(t('seedHint'))}
            />
            <Button variant="contained" onClick={doPerform}>
              {translate(t('perform'))}
            </Button>
          </Stack>
        )}
        {draw.communities.length > 0 && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" sx={{ mt: 1 }}>
              <TableHead>
                <TableRow>
                  {['position', 'community', 'township', 'enterprise', 'weight', 'inspectors', 'result'].map((k) => (
                    <TableCell key={k}>{translate(t(k))}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {draw.communities.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell>{c.position}</TableCell>
                    <TableCell>{c.communityName}</TableCell>
                    <TableCell>{c.townshipName}</TableCell>
                    <TableCell>{c.enterpriseName ?? '—'}</TableCell>
                    <TableCell>{c.weight}</TableCell>
                    <TableCell>{c.inspectors.map((i) => (i.unitName ? `${i.name}（${i.unitName}）` : i.name)).join('、')}</TableCell>
                    <TableCell>
                      {c.result ? (
                        c.result.refusedToCooperate ? (
                          translate(t('refused'))
                        ) : (
                          translate(t('resultText'), { score: c.result.score ?? '—', findings: c.result.findingCount })
                        )
                      ) : record?.available ? (
                        <Button size="small" variant="outlined" onClick={() => setRecording(c)}>
                          {translate(t('recordResult'))}
                        </Button>
                      ) : (
                        translate(t('pending'))
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
        {publish && draw.status !== 'PUBLISHED' && (
          <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 1 }}>
            <Tooltip title={publish.reason ?? ''}>
              <span>
                <Button
                  variant="contained"
                  color="success"
                  disabled={!publish.available}
                  onClick={() => run(PUBLISH_RANDOM_DRAW, { id: draw.id }, 'publishRandomDraw').catch(() => undefined)}
                >
                  {translate(t('publish'))}
                </Button>
              </span>
            </Tooltip>
            {!publish.available && publish.reason && (
              <Typography variant="body2" color="text.secondary">
                {publish.reason}
              </Typography>
            )}
          </Stack>
        )}
        {recording && <ResultDialog row={recording} onClose={() => setRecording(null)} />}
      </CardContent>
    </Card>
  );
};

/** `/#/random-inspections`: 双随机一公开 for the bureau — the pool, plans, draws, publication and results. */
export const BureauDrawsPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const canManage = hasPermission(permissions, 'randomInspection:manage');
  const query = useGql(KEYS, BUREAU_RANDOM_DRAWS_QUERY);
  const data = query.data;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5">{translate(t('title'))}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate(t('hint'))}{' '}
        <a href="#/public/random-inspections" target="_blank" rel="noopener">
          {translate(t('publicLink'))}
        </a>
      </Typography>
      <QueryState isPending={query.isPending} error={query.error}>
        {data && (
          <>
            <Pool pool={data.poolInspectors} canManage={canManage} />
            {canManage && <PlanForm policies={data.randomInspectionPolicies} />}
            <Typography variant="h6">{translate(t('draws'))}</Typography>
            {data.randomDraws.length === 0 ? <EmptyBox message={t('noDraws')} /> : data.randomDraws.map((d) => <DrawCard key={d.id} draw={d} />)}
          </>
        )}
      </QueryState>
    </Box>
  );
};
