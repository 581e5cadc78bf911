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
import { usePermissions, useTranslate } from 'react-admin';
import { fieldErrorsOf, useGql, useRunAction } from '../../common/api';
import { EmptyBox, QueryState } from '../../common/states';
import type { HandoverItem, HandoversPageQuery } from '../../gql/graphql';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import {
  APPOINT_SUCCESSOR,
  COMPLETE_HANDOVER,
  EXPEL_ENTERPRISE,
  EXPULSION_CANDIDATES_QUERY,
  HANDOVERS_PAGE_QUERY,
  SET_HANDOVER_ITEM,
  SUCCESSOR_OPTIONS_QUERY,
} from './operations';

type HandoverRow = HandoversPageQuery['handovers'][number];
type Policy = HandoversPageQuery['handoverPolicy'];

const KEYS = ['consequences'] as const;

/** The expulsion decision form for one black-listed firm. */
const ExpelDialog = ({ firm, policy, onClose }: { firm: { enterpriseId: string; name: string }; policy: Policy; onClose: () => void }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const client = useQueryClient();
  const [form, setForm] = useState({ decisionNo: '', reason: '', decidedOn: '', handoverDeadline: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = async () => {
    try {
      await run(
        EXPEL_ENTERPRISE,
        {
          input: {
            enterpriseId: firm.enterpriseId,
            decisionNo: form.decisionNo,
            reason: form.reason,
            decidedOn: form.decidedOn || null,
            handoverDeadline: form.handoverDeadline || null,
          },
        },
        'expelEnterprise',
      );
      await client.invalidateQueries({ queryKey: KEYS });
      onClose();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('app.consequences.expelTitle', { name: firm.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            label={translate('app.consequences.decisionNo')}
            value={form.decisionNo}
            onChange={set('decisionNo')}
            error={!!errors.decisionNo}
            helperText={errors.decisionNo}
            name="decisionNo"
          />
          <TextField
            label={translate('app.consequences.reason')}
            value={form.reason}
            onChange={set('reason')}
            error={!!errors.reason}
            helperText={errors.reason}
            name="reason"
            multiline
            minRows={2}
          />
          <TextField
            type="date"
            label={translate('app.consequences.decidedOn')}
            value={form.decidedOn}
            onChange={set('decidedOn')}
            error={!!errors.decidedOn}
            helperText={errors.decidedOn}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            label={translate('app.consequences.handoverDeadline', { days: policy.defaultDays, min: policy.minDays, max: policy.maxDays })}
            value={form.handoverDeadline}
            onChange={set('handoverDeadline')}
            error={!!errors.handoverDeadline}
            helperText={errors.handoverDeadline}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {errors.enterpriseId && <Alert severity="error">{errors.enterpriseId}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('app.consequences.cancel')}</Button>
        <Button variant="contained" color="error" onClick={submit}>
          {translate('app.consequences.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** The bureau's list of black-listed firms with the expel button the server offers (or its reason). */
const Candidates = ({ policy }: { policy: Policy }) => {
  const translate = useTranslate();
  const query = useGql([...KEYS, 'candidates'], EXPULSION_CANDIDATES_QUERY);
  const data = query.data;
  const [expelling, setExpelling] = useState<{ enterpriseId: string; name: string } | null>(null);
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate('app.consequences.candidates')}</Typography>
        <QueryState list isPending={query.isPending} error={query.error}>
          {data &&
            (data.expulsionCandidates.length === 0 ? (
              <EmptyBox message="app.consequences.noCandidates" />
            ) : (
              <Table size="small" data-testid="expulsion-candidates">
                <TableHead>
                  <TableRow>
                    {['enterprise', 'grade', 'communities', 'status'].map((k) => (
                      <TableCell key={k}>{translate(`app.consequences.${k}`)}</TableCell>
                    ))}
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.expulsionCandidates.map((c) => {
                    const expel = c.availableActions.find((a) => a.action === 'EXPEL');
                    return (
                      <TableRow key={c.enterpriseId}>
                        <TableCell>{c.name}</TableCell>
                        <TableCell>{c.grade ?? '—'}</TableCell>
                        <TableCell>{c.communityCount}</TableCell>
                        <TableCell>{translate(`enums.EnterpriseStatus.${c.status}`, { _: c.status })}</TableCell>
                        <TableCell align="right">
                          {expel && (
                            <Tooltip title={expel.reason ?? ''}>
                              <span>
                                <Button size="small" color="error" variant="outlined" disabled={!expel.available} onClick={() => setExpelling(c)}>
                                  {translate('app.consequences.expel')}
                                </Button>
                              </span>
                            </Tooltip>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            ))}
        </QueryState>
        {expelling && <ExpelDialog firm={expelling} policy={policy} onClose={() => setExpelling(null)} />}
      </CardContent>
    </Card>
  );
};

/** One handover: successor, checklist and completion, each button as the server offers it. */
const HandoverCard = ({ h, canManage }: { h: HandoverRow; canManage: boolean }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const client = useQueryClient();
  const options = useGql([...KEYS, 'successors'], SUCCESSOR_OPTIONS_QUERY, {}, { enabled: canManage && h.status === 'OPEN' });
  const [successorId, setSuccessorId] = useState(h.successorId ?? '');
  const offered = (action: string) => h.availableActions.find((a) => a.action === action);
  const after = () => client.invalidateQueries({ queryKey: KEYS });
  const appoint = offered('APPOINT_SUCCESSOR');
  const check = offered('CHECK_ITEM');
  const complete = offered('COMPLETE');
  return (
    <Card sx={{ mb: 2 }} data-testid="handover">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
          <Typography variant="h6">{h.communityName}</Typography>
          <Typography color="text.secondary">
            {h.townshipName} · {translate('app.consequences.outgoing')}: {h.outgoingName} · {h.decisionNo}
          </Typography>
          {h.status === 'OPEN' ? (
            <Chip size="small" color={h.overdue ? 'error' : 'warning'} label={translate(h.overdue ? 'app.consequences.overdue' : 'app.consequences.open')} />
          ) : (
            <Chip size="small" color="success" label={translate('app.consequences.completed', { date: h.completedOn ?? '' })} />
          )}
        </Stack>
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('app.consequences.deadline')}: {h.deadline} · {translate('app.consequences.successor')}: {h.successorName ?? '—'}
        </Typography>
        {appoint?.available && (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }} alignItems="center">
            <TextField
              select
              size="small"
              sx={{ minWidth: 260 }}
              label={translate('app.consequences.successor')}
              value={successorId}
              onChange={(e) => setSuccessorId(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'successor-select' } }}
            >
              {(options.data?.enterprises.items ?? [])
                .filter((e) => e.listStatus !== 'BLACK')
                .map((e) => (
                  <MenuItem key={e.id} value={e.id}>
                    {e.name}
                  </MenuItem>
                ))}
            </TextField>
            <Button
              size="small"
              variant="outlined"
              disabled={!successorId}
              onClick={() => run(APPOINT_SUCCESSOR, { id: h.id, successorId }, 'appointHandoverSuccessor').then(after, () => undefined)}
            >
              {translate('app.consequences.appoint')}
            </Button>
          </Stack>
        )}
        <Typography variant="subtitle2" sx={{ mt: 1 }}>
          {translate('app.consequences.checklist')}
        </Typography>
        <Box>
          {h.checklist.map((c) => (
            <FormControlLabel
              key={c.item}
              sx={{ display: 'flex' }}
              control={
                <Checkbox
                  size="small"
                  checked={!!c.doneOn}
                  disabled={!check?.available}
                  inputProps={{ 'aria-label': c.label }}
                  onChange={(e) =>
                    run(SET_HANDOVER_ITEM, { id: h.id, item: c.item as HandoverItem, done: e.target.checked }, 'setHandoverChecklistItem').then(
                      after,
                      () => undefined,
                    )
                  }
                />
              }
              label={c.doneOn ? `${c.label}（${c.doneOn}）` : c.label}
            />
          ))}
        </Box>
        {complete && h.status === 'OPEN' && (
          <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 1 }}>
            <Button
              variant="contained"
              disabled={!complete.available}
              onClick={() => run(COMPLETE_HANDOVER, { id: h.id }, 'completeHandover').then(after, () => undefined)}
            >
              {translate('app.consequences.complete')}
            </Button>
            {!complete.available && complete.reason && (
              <Typography variant="body2" color="text.secondary" data-testid="complete-reason">
                {complete.reason}
              </Typography>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};

/** 清出市场 and 项目移交: the bureau decides and works the handovers; others read the handovers in their scope. */
export const HandoversPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const canManage = hasPermission(permissions, 'consequence:manage');
  const query = useGql([...KEYS, 'handovers'], HANDOVERS_PAGE_QUERY);
  const data = query.data;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5">{translate('app.consequences.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.consequences.hint')}
      </Typography>
      <QueryState list isPending={query.isPending} error={query.error}>
        {data && (
          <>
            {canManage && <Candidates policy={data.handoverPolicy} />}
            <Typography variant="h6">{translate('app.consequences.handovers')}</Typography>
            {data.handovers.length === 0 ? (
              <EmptyBox message="app.consequences.noHandovers" />
            ) : (
              data.handovers.map((h) => <HandoverCard key={`${h.id}-${h.successorId ?? ''}`} h={h} canManage={canManage} />)
            )}
          </>
        )}
      </QueryState>
    </Box>
  );
};
