import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
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
import { downloadCSV, Link, usePermissions, useTranslate } from 'react-admin';
import { fieldErrorsOf, useGql, useRunAction } from '../../common/api';
import { toCsv } from '../../common/csv';
import { todayInShanghai } from '../../common/dates';
import { enumLabel } from '../../common/enums';
import { EmptyBox, QueryState } from '../../common/states';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import type { CreditRecommendationsQuery, RecommendationStatus } from '../../gql/graphql';
import { DECIDE_RECOMMENDATION, FIRM_OPTIONS_QUERY, PROPOSE_RECOMMENDATION, RECOMMENDATION_ELIGIBILITY, RECOMMENDATIONS_QUERY } from './operations';

type Row = CreditRecommendationsQuery['creditRecommendations'][number];
const KEYS = ['creditRecommendations'] as const;

/** A regulator proposes a firm with reasons; the server says whether the firm is eligible and why not. */
const ProposeDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const client = useQueryClient();
  const firms = useGql([...KEYS, 'firms'], FIRM_OPTIONS_QUERY);
  const [enterpriseId, setEnterpriseId] = useState('');
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const eligibility = useGql([...KEYS, 'eligibility', enterpriseId], RECOMMENDATION_ELIGIBILITY, { enterpriseId }, { enabled: enterpriseId !== '' });
  const check = eligibility.data?.recommendationEligibility;
  const submit = async () => {
    try {
      await run(PROPOSE_RECOMMENDATION, { enterpriseId, reasons }, 'proposeCreditRecommendation');
      await client.invalidateQueries({ queryKey: KEYS });
      onClose();
    } catch (e) {
      setErrors(fieldErrorsOf(e));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('app.recommendations.propose')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label={translate('app.recommendations.enterprise')}
            value={enterpriseId}
            onChange={(e) => setEnterpriseId(e.target.value)}
            error={Boolean(errors.enterpriseId)}
            helperText={errors.enterpriseId}
          >
            {(firms.data?.enterprises.items ?? []).map((f) => (
              <MenuItem key={f.id} value={f.id}>
                {`${f.name}（${f.grade}）`}
              </MenuItem>
            ))}
          </TextField>
          {check && (
            <Alert severity={check.eligible ? 'success' : 'warning'}>{check.eligible ? translate('app.recommendations.eligible') : check.reason}</Alert>
          )}
          <TextField
            label={translate('app.recommendations.reasons')}
            value={reasons}
            onChange={(e) => setReasons(e.target.value)}
            multiline
            minRows={3}
            error={Boolean(errors.recommendationReasons)}
            helperText={errors.recommendationReasons ?? translate('app.recommendations.reasonsHint')}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('app.recommendations.cancel')}</Button>
        <Button variant="contained" disabled={!enterpriseId || check?.eligible === false} onClick={submit}>
          {translate('app.recommendations.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Approve or reject, as the server offers them (never to the proposer; approval re-checks eligibility). */
const DecideButtons = ({ row }: { row: Row }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const decide = async (approve: boolean) => {
    try {
      await run(DECIDE_RECOMMENDATION, { id: row.id, approve, note: note || null }, 'decideCreditRecommendation');
      await client.invalidateQueries({ queryKey: KEYS });
      setRejecting(false);
    } catch (e) {
      setError(fieldErrorsOf(e).decisionNote);
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      {row.availableActions.map((a) => (
        <Tooltip key={a.action} title={a.reason ?? ''}>
          <span>
            <Button
              size="small"
              variant={a.action === 'APPROVE' ? 'contained' : 'outlined'}
              disabled={!a.available}
              onClick={() => (a.action === 'APPROVE' ? decide(true) : setRejecting(true))}
            >
              {translate(a.action === 'APPROVE' ? 'app.recommendations.approve' : 'app.recommendations.reject')}
            </Button>
          </span>
        </Tooltip>
      ))}
      {rejecting && (
        <Dialog open onClose={() => setRejecting(false)} fullWidth maxWidth="sm">
          <DialogTitle>{translate('app.recommendations.reject')}</DialogTitle>
          <DialogContent>
            <TextField
              sx={{ mt: 1 }}
              fullWidth
              label={translate('app.recommendations.decisionNote')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              error={Boolean(error)}
              helperText={error}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setRejecting(false)}>{translate('app.recommendations.cancel')}</Button>
            <Button variant="contained" onClick={() => decide(false)}>
              {translate('app.recommendations.confirm')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Stack>
  );
};

/** 向上级推荐信用升级: the list with reasons, proposed by one regulator and approved by another; exportable. */
export const RecommendationsPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<AppPermissions>();
  const canManage = hasPermission(permissions, 'recommendation:manage');
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [proposing, setProposing] = useState(false);
  const query = useGql([...KEYS, status], RECOMMENDATIONS_QUERY, { status: status || null });
  const rows = query.data?.creditRecommendations ?? [];
  const statusLabel = (s: string) => enumLabel(translate, 'RecommendationStatus', s);
  const exportCsv = () => {
    const t = (k: string) => translate(`app.recommendations.${k}`);
    const header = [
      'enterprise',
      'uscc',
      'gradeAtProposal',
      'grade',
      'reasons',
      'status',
      'proposedOn',
      'proposedBy',
      'decidedOn',
      'decidedBy',
      'decisionNote',
    ].map(t);
    const body = rows.map((r) => [
      r.enterpriseName,
      r.uscc,
      r.gradeAtProposal,
      r.grade,
      r.reasons,
      statusLabel(r.status),
      r.proposedOn,
      r.proposedByName ?? '',
      r.decidedOn ?? '',
      r.decidedByName ?? '',
      r.decisionNote ?? '',
    ]);
    downloadCSV(toCsv(header, body), `${translate('app.recommendations.title')}-${todayInShanghai()}`);
  };
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate('app.recommendations.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.recommendations.hint')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 2 }} alignItems="center">
        <TextField
          select
          size="small"
          sx={{ minWidth: 160 }}
          label={translate('app.recommendations.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as RecommendationStatus | '')}
        >
          <MenuItem value="">{translate('app.recommendations.all')}</MenuItem>
          {(['PROPOSED', 'APPROVED', 'REJECTED'] as const).map((s) => (
            <MenuItem key={s} value={s}>
              {statusLabel(s)}
            </MenuItem>
          ))}
        </TextField>
        <Button onClick={exportCsv} disabled={rows.length === 0}>
          {translate('app.recommendations.export')}
        </Button>
        {canManage && (
          <Button variant="contained" onClick={() => setProposing(true)}>
            {translate('app.recommendations.propose')}
          </Button>
        )}
      </Stack>
      <Card>
        <CardContent>
          <QueryState list isPending={query.isPending} error={query.error}>
            {rows.length === 0 ? (
              <EmptyBox message="app.recommendations.empty" />
            ) : (
              <Table size="small" aria-label={translate('app.recommendations.title')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.recommendations.enterprise')}</TableCell>
                    <TableCell>{translate('app.recommendations.gradeAtProposal')}</TableCell>
                    <TableCell>{translate('app.recommendations.reasons')}</TableCell>
                    <TableCell>{translate('app.recommendations.status')}</TableCell>
                    <TableCell>{translate('app.recommendations.proposedBy')}</TableCell>
                    <TableCell>{translate('app.recommendations.decidedBy')}</TableCell>
                    {canManage && <TableCell />}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell>
                        <Link to={`/enterprises/${r.enterpriseId}/show`}>{r.enterpriseName}</Link>
                      </TableCell>
                      <TableCell>{r.gradeAtProposal}</TableCell>
                      <TableCell sx={{ maxWidth: 360 }}>{r.reasons}</TableCell>
                      <TableCell>
                        <Chip
                          size="small"
                          color={r.status === 'APPROVED' ? 'success' : r.status === 'REJECTED' ? 'default' : 'info'}
                          label={statusLabel(r.status)}
                        />
                        {r.decisionNote && (
                          <Typography variant="caption" display="block" color="text.secondary">
                            {r.decisionNote}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{`${r.proposedByName ?? '—'} ${r.proposedOn}`}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.decidedOn ? `${r.decidedByName ?? '—'} ${r.decidedOn}` : '—'}</TableCell>
                      {canManage && (
                        <TableCell>
                          <DecideButtons row={r} />
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </QueryState>
        </CardContent>
      </Card>
      {proposing && <ProposeDialog onClose={() => setProposing(false)} />}
    </Box>
  );
};
