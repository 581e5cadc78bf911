import HowToVoteIcon from '@mui/icons-material/HowToVote';
import {
  Alert,
  AppBar,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  Container,
  FormControlLabel,
  FormGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Toolbar,
  Typography,
} from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { publicRequest, useGql } from '../../common/api';
import { formatDate, formatDateTime } from '../../common/dates';
import { unwrapMutationResult } from '../../dataProvider/errors';
import type { MutationResultShape } from '../../dataProvider/types';
import { EmptyBox, ErrorBox, QueryState } from '../../common/states';
import { browserSha256, recountPublished } from './logic';
import { BALLOT_RECEIPT_QUERY, CAST_BALLOT, ELECTION_RESULTS_QUERY, VOTING_BALLOT_QUERY } from './operations';

/** A light frame for the owners' pages: readable on a phone (390 px), no sign-in. */
const OwnerFrame = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100' }}>
      <AppBar position="static" color="primary">
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <HowToVoteIcon />
          <Typography variant="subtitle1" component="div" sx={{ flex: 1, minWidth: 0 }} noWrap>
            {translate(title)}
          </Typography>
          <LocalesMenuButton />
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ py: 2, px: { xs: 1.5, sm: 3 } }}>
        {children}
      </Container>
    </Box>
  );
};

// ---- /public/vote -------------------------------------------------------------------------------------------------

/** `/#/public/vote?code=…`: an owner enters the unit's one-time code, sees the ballot and votes (one ballot per unit). */
export const PublicVotePage = () => {
  const translate = useTranslate();
  const [params] = useSearchParams();
  const [input, setInput] = useState(params.get('code') ?? '');
  const [code, setCode] = useState(params.get('code')?.trim() ?? '');
  const [receipt, setReceipt] = useState<{ receiptId: string; electionId: string } | null>(null);
  return (
    <OwnerFrame title="app.committees.vote.title">
      {receipt ? (
        <ReceiptCard receipt={receipt} />
      ) : (
        <Stack spacing={2}>
          <Card>
            <CardContent>
              <Box
                component="form"
                onSubmit={(ev) => {
                  ev.preventDefault();
                  setCode(input.trim().toUpperCase());
                }}
              >
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
                  {translate('app.committees.vote.codeHint')}
                </Typography>
                <Stack direction="row" spacing={1}>
                  <TextField
                    size="small"
                    fullWidth
                    label={translate('app.committees.vote.code')}
                    value={input}
                    onChange={(e) => setInput(e.target.value)}
                    slotProps={{ htmlInput: { autoCapitalize: 'characters', autoComplete: 'off', spellCheck: false } }}
                  />
                  <Button type="submit" variant="contained" sx={{ whiteSpace: 'nowrap' }} disabled={input.trim() === ''}>
                    {translate('app.committees.vote.open')}
                  </Button>
                </Stack>
              </Box>
            </CardContent>
          </Card>
          {code && <BallotForm code={code} onVoted={setReceipt} />}
        </Stack>
      )}
    </OwnerFrame>
  );
};

const BallotForm = ({ code, onVoted }: { code: string; onVoted: (r: { receiptId: string; electionId: string }) => void }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['votingBallot', code], VOTING_BALLOT_QUERY, { code }, { client: publicRequest });
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => setChosen([]), [code]);
  const ballot = data?.votingBallot;
  if (isPending || error)
    return (
      <QueryState isPending={isPending} error={error}>
        {null}
      </QueryState>
    );
  if (!ballot) return <Alert severity="error">{translate('app.committees.vote.unknownCode')}</Alert>;
  const tooMany = chosen.length > ballot.seats;
  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await publicRequest(CAST_BALLOT, { code, choices: chosen });
      const receipt = unwrapMutationResult(result.castBallot as MutationResultShape) as { receiptId: string; electionId: string };
      onVoted(receipt);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card component="section" aria-label={translate('app.committees.vote.ballot')}>
      <CardContent>
        <Typography variant="h6" component="h1">
          {translate('app.committees.vote.heading', { community: ballot.communityName })}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.committees.vote.window', { opensAt: formatDateTime(ballot.opensAt), closesAt: formatDateTime(ballot.closesAt) })}
        </Typography>
        {!ballot.open ? (
          <Alert severity="warning">{translate('app.committees.vote.closed')}</Alert>
        ) : (
          <>
            <Alert severity={tooMany ? 'error' : 'info'} sx={{ mb: 1 }}>
              {translate('app.committees.vote.rule', { seats: ballot.seats, chosen: chosen.length })}
            </Alert>
            <FormGroup aria-label={translate('app.committees.vote.candidates')}>
              {ballot.candidates.map((c) => (
                <FormControlLabel
                  key={c.id}
                  sx={{ py: 0.25 }}
                  control={
                    <Checkbox
                      checked={chosen.includes(c.id)}
                      onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))}
                    />
                  }
                  label={`${c.name}（${translate(`enums.NominationRoute.${c.route}`)}）`}
                />
              ))}
            </FormGroup>
            {failure !== null && <ErrorBox error={failure} />}
            <Button fullWidth size="large" variant="contained" sx={{ mt: 2 }} disabled={busy || tooMany} onClick={() => void submit()}>
              {translate('app.committees.vote.submit', { count: chosen.length })}
            </Button>
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
              {translate('app.committees.vote.secrecy')}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};

const ReceiptCard = ({ receipt }: { receipt: { receiptId: string; electionId: string } }) => {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        <Alert severity="success" sx={{ mb: 2 }}>
          {translate('app.committees.vote.thanks')}
        </Alert>
        <Typography variant="body2">{translate('app.committees.vote.receiptLabel')}</Typography>
        <Typography
          variant="h5"
          component="p"
          aria-label={translate('app.committees.vote.receiptLabel')}
          sx={{ fontFamily: 'monospace', wordBreak: 'break-all', my: 1 }}
        >
          {receipt.receiptId}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.committees.vote.receiptHint')}
        </Typography>
        <Button variant="outlined" fullWidth component={RouterLink} to={`/public/elections/${receipt.electionId}?receipt=${receipt.receiptId}`}>
          {translate('app.committees.vote.toResults')}
        </Button>
      </CardContent>
    </Card>
  );
};

// ---- /public/elections/:id ----------------------------------------------------------------------------------------

/** `/#/public/elections/:id`: the published count, the anonymised ballot list with its hash, a recount and a receipt check. */
export const PublicResultsPage = () => {
  const { id } = useParams();
  return <OwnerFrame title="app.committees.results.title">{id && <ResultsView id={id} />}</OwnerFrame>;
};

const ResultsView = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['electionResults', id], ELECTION_RESULTS_QUERY, { id }, { client: publicRequest });
  const r = data?.electionResults;
  const [hash, setHash] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (r) void browserSha256(r.ballotList).then(setHash);
  }, [r]);
  if (isPending || error)
    return (
      <QueryState isPending={isPending} error={error}>
        {null}
      </QueryState>
    );
  if (!r) return <EmptyBox message="app.committees.results.notPublished" />;
  const nameOf = (cid: string) => r.candidates.find((c) => c.id === cid)?.name ?? cid;
  const check = recountPublished(r);
  const lines = r.ballotList === '' ? [] : r.ballotList.split('\n').map((l) => l.split('\t'));
  return (
    <Stack spacing={2}>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate('app.committees.results.heading', { community: r.communityName })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.committees.results.meta', { countedOn: formatDate(r.countedOn), ruleSet: r.ruleSet.label, seats: r.seats })}
          </Typography>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('app.committees.results.turnout', {
              headcount: r.participatedHeadcount,
              rollHeadcount: r.rollHeadcount,
              area: r.participatedArea,
              rollArea: r.rollArea,
            })}
          </Typography>
          <Typography variant="body2">{translate('app.committees.castText', { cast: r.tally.cast, void: r.tally.voidBallots })}</Typography>
          {!r.tally.valid && <Alert severity="error">{translate(`enums.ElectionVoidReason.${r.tally.voidReason ?? 'QUORUM_NOT_MET'}`)}</Alert>}
          {r.tally.pendingTie && (
            <Alert severity="warning">
              {translate('app.committees.tiePending', { seats: r.tally.pendingTie.seats, names: r.tally.pendingTie.candidateIds.map(nameOf).join('、') })}
            </Alert>
          )}
          {Array.isArray(r.tieSettledBy) && r.tieSettledBy.length > 0 && (
            <Alert severity="info">
              {translate('app.committees.results.tieSettled', {
                names: (r.tieSettledBy as { candidateId: string; votes: number }[]).map((w) => `${nameOf(String(w.candidateId))}（${w.votes}）`).join('、'),
              })}
            </Alert>
          )}
        </CardContent>
      </Card>
      <Card component="section" aria-label={translate('app.committees.results.count')}>
        <CardContent sx={{ overflowX: 'auto' }}>
          <Typography variant="subtitle1" component="h2">
            {translate('app.committees.results.count')}
          </Typography>
          <Table size="small" aria-label={translate('app.committees.results.count')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.committees.fields.name')}</TableCell>
                <TableCell align="right">{translate('app.committees.fields.headcount')}</TableCell>
                <TableCell align="right">{translate('app.committees.fields.area')}</TableCell>
                <TableCell>{translate('app.committees.fields.result')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {r.tally.counts.map((c) => (
                <TableRow key={c.candidateId}>
                  <TableCell>{nameOf(c.candidateId)}</TableCell>
                  <TableCell align="right">{c.headcount}</TableCell>
                  <TableCell align="right">{c.area}</TableCell>
                  <TableCell>
                    {r.candidates.find((x) => x.id === c.candidateId)?.elected ? (
                      <Chip size="small" color="success" label={translate('app.committees.results.elected')} />
                    ) : (
                      ''
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <ReceiptCheck electionId={id} />
      <Card component="section" aria-label={translate('app.committees.results.recount')}>
        <CardContent>
          <Typography variant="subtitle1" component="h2">
            {translate('app.committees.results.recount')}
          </Typography>
          <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
            {translate('app.committees.results.hash')}：
            <Box component="span" sx={{ fontFamily: 'monospace' }} aria-label={translate('app.committees.results.hash')}>
              {r.ballotListHash}
            </Box>
          </Typography>
          <Stack spacing={1} sx={{ mt: 1 }}>
            <Alert severity={hash === undefined ? 'info' : hash === null ? 'info' : hash === r.ballotListHash ? 'success' : 'error'}>
              {translate(
                hash === undefined
                  ? 'app.committees.results.hashChecking'
                  : hash === null
                    ? 'app.committees.results.hashUnavailable'
                    : hash === r.ballotListHash
                      ? 'app.committees.results.hashMatches'
                      : 'app.committees.results.hashDiffers',
              )}
            </Alert>
            <Alert severity={check.matches ? 'success' : 'error'}>
              {translate(check.matches ? 'app.committees.results.recountMatches' : 'app.committees.results.recountDiffers', { cast: check.tally?.cast ?? 0 })}
            </Alert>
            {!r.recountMatches && <Alert severity="error">{translate('app.committees.results.serverDiffers')}</Alert>}
            <Typography variant="caption" color="text.secondary">
              {translate('app.committees.results.recountHint')}
            </Typography>
          </Stack>
        </CardContent>
      </Card>
      <Card component="section" aria-label={translate('app.committees.results.ballotList')}>
        <CardContent sx={{ overflowX: 'auto' }}>
          <Typography variant="subtitle1" component="h2">
            {translate('app.committees.results.ballotList')}（{lines.length}）
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('app.committees.results.ballotListHint')}
          </Typography>
          <Table size="small" aria-label={translate('app.committees.results.ballotList')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.committees.results.receipt')}</TableCell>
                <TableCell align="right">{translate('app.committees.fields.area')}</TableCell>
                <TableCell>{translate('app.committees.results.choices')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map(([receipt, area, choices]) => (
                <TableRow key={receipt}>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{receipt}</TableCell>
                  <TableCell align="right">{(Number(area) / 100).toFixed(2)}</TableCell>
                  <TableCell>{(choices ?? '') === '' ? translate('app.committees.results.blank') : choices!.split(',').map(nameOf).join('、')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Button component={RouterLink} to="/public/vote" size="small">
        {translate('app.committees.results.toVote')}
      </Button>
    </Stack>
  );
};

/** An owner checks that their receipt is in the published list (and what it records). */
const ReceiptCheck = ({ electionId }: { electionId: string }) => {
  const translate = useTranslate();
  const [params] = useSearchParams();
  const [input, setInput] = useState(params.get('receipt') ?? '');
  const [receipt, setReceipt] = useState(params.get('receipt') ?? '');
  const { data, isPending, error } = useGql(
    ['ballotReceipt', electionId, receipt],
    BALLOT_RECEIPT_QUERY,
    { electionId, receipt },
    { client: publicRequest, enabled: receipt !== '' },
  );
  const results = useGql(['electionResults', electionId], ELECTION_RESULTS_QUERY, { id: electionId }, { client: publicRequest });
  const nameOf = (cid: string) => results.data?.electionResults?.candidates.find((c) => c.id === cid)?.name ?? cid;
  const line = data?.ballotReceipt;
  return (
    <Card component="section" aria-label={translate('app.committees.results.checkReceipt')}>
      <CardContent>
        <Typography variant="subtitle1" component="h2">
          {translate('app.committees.results.checkReceipt')}
        </Typography>
        <Box
          component="form"
          onSubmit={(ev) => {
            ev.preventDefault();
            setReceipt(input.trim().toUpperCase());
          }}
        >
          <Stack direction="row" spacing={1} sx={{ my: 1 }}>
            <TextField
              size="small"
              fullWidth
              label={translate('app.committees.results.receipt')}
              value={input}
              onChange={(e) => setInput(e.target.value)}
              slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
            />
            <Button type="submit" variant="contained" disabled={input.trim() === ''} sx={{ whiteSpace: 'nowrap' }}>
              {translate('app.committees.results.check')}
            </Button>
          </Stack>
        </Box>
        {receipt !== '' && (
          <QueryState isPending={isPending} error={error}>
            {line ? (
              <Alert severity="success" role="status">
                {translate('app.committees.results.receiptFound', {
                  receipt: line.receiptId,
                  area: line.area,
                  choices: line.choices.length ? line.choices.map(nameOf).join('、') : translate('app.committees.results.blank'),
                })}
              </Alert>
            ) : (
              <Alert severity="error" role="status">
                {translate('app.committees.results.receiptMissing', { receipt })}
              </Alert>
            )}
          </QueryState>
        )}
      </CardContent>
    </Card>
  );
};
