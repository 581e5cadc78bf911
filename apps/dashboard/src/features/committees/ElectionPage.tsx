import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DescriptionIcon from '@mui/icons-material/Description';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { hasPermission, type AppPermissions } from '../../authProvider/permissions';
import { ActionDialogButton, type DialogField } from '../../common/ActionDialog';
import { OfferedAction } from '../../common/OfferedAction';
import { useGql, useRunAction } from '../../common/api';
import { serverNow } from '../../common/clock';
import { formatDate, formatDateTime, todayInShanghai } from '../../common/dates';
import { EmptyBox, QueryState } from '../../common/states';
import type { CommitteeElectionQuery } from '../../gql/graphql';
import { isoToShanghaiLocal, parseMembers, parseNames, shanghaiLocalToIso } from './logic';
import {
  ADD_COUNTER,
  ATTEST_CANDIDATE,
  CALL_SUPPLEMENTARY,
  CLOSE_VOTING,
  COMMITTEE_DUTIES_QUERY,
  COMMITTEE_ELECTION_QUERY,
  COUNT_VOTES,
  ELECT_OFFICERS,
  ELECTION_DOCUMENTS_QUERY,
  ENTER_PAPER_BALLOT,
  FILE_COMMITTEE,
  FREEZE_ROLL,
  ISSUE_CODES,
  MOVE_RECALL,
  NOMINATE_CANDIDATE,
  OPEN_VOTING,
  OWNER_UNITS_QUERY,
  PUBLICISE,
  RECORD_MEMBER_TRAINING,
  RECORD_RECALL_VOTE,
  RECORD_VACANCY,
  REVIEW_DUTIES,
  SETTLE_TIE,
  SIGN_IN_PAPER_VOTER,
  SIGN_OFF_COUNT,
} from './operations';
import { printCodesSheet, printDocument, qrSvg, type SheetCode } from './printing';
import { ASSEMBLY_FORMS, ImportOwnersButton } from './RegisterPage';

type Election = NonNullable<CommitteeElectionQuery['committeeElection']>;
type Actions = Election['availableActions'];

export const NOMINATION_ROUTES = ['GROUP', 'REPRESENTATIVES', 'JOINT', 'SINGLE_OWNER', 'SELF'] as const;
const STEPS = ['PREPARING', 'PUBLICISED', 'ROLL_FROZEN', 'VOTING', 'COUNTING', 'ELECTED', 'FILED'] as const;

const Section = ({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-label={translate(title)} sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} alignItems={{ md: 'center' }} sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {translate(title)}
          </Typography>
          <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
            {actions}
          </Stack>
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
};

/** A workflow step the server offers: its button, or disabled with the server's reason. */
const Step = ({ actions, action, label, children }: { actions: Actions; action: string; label: string; children: ReactNode }) => (
  <OfferedAction actions={actions} action={action} label={label}>
    {children}
  </OfferedAction>
);

const Line = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2">
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {translate(label)}：
      </Box>
      {children}
    </Typography>
  );
};

export const ElectionPage = () => {
  const { id } = useParams();
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <MuiButton size="small" startIcon={<ArrowBackIcon />} component={RouterLink} to="/committees" sx={{ mb: 1 }}>
        {translate('app.committees.backToRegister')}
      </MuiButton>
      {id && <ElectionView id={id} />}
    </Box>
  );
};

const ElectionView = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useGql(['committeeElection', id], COMMITTEE_ELECTION_QUERY, { id });
  const e = data?.committeeElection;
  return (
    <QueryState isPending={isPending} error={error}>
      {!e ? (
        <EmptyBox message="ra.notification.item_doesnt_exist" />
      ) : (
        <Box>
          <Title title={`${translate('app.committees.election')} · ${e.community.name}`} />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }} sx={{ mb: 2 }}>
            <Typography variant="h5" component="h1" sx={{ flex: 1 }}>
              {translate(e.supplementary ? 'app.committees.supplementaryHeading' : 'app.committees.heading', { community: e.community.name })}{' '}
              <Chip
                size="small"
                color={e.status === 'VOID' || e.status === 'EXPIRED' ? 'error' : e.status === 'FILED' ? 'success' : 'info'}
                label={translate(`enums.ElectionStatus.${e.status}`)}
              />
            </Typography>
            {e.result && (
              <MuiButton size="small" startIcon={<OpenInNewIcon />} component={RouterLink} to={`/public/elections/${e.id}`}>
                {translate('app.committees.publicResults')}
              </MuiButton>
            )}
          </Stack>
          <Box role="list" aria-label={translate('app.committees.workflow')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>
            {STEPS.map((s) => (
              <Chip
                key={s}
                role="listitem"
                size="small"
                aria-current={s === e.status ? 'step' : undefined}
                variant={s === e.status ? 'filled' : 'outlined'}
                color={s === e.status ? 'primary' : 'default'}
                label={translate(`enums.ElectionStatus.${s}`)}
              />
            ))}
          </Box>
          <Overview e={e} />
          <Candidates e={e} />
          <Voting e={e} />
          {e.result && <Results e={e} />}
          {(e.status === 'ELECTED' || e.status === 'FILED' || e.status === 'EXPIRED' || e.status === 'VOID') && <Committee e={e} />}
          <Documents e={e} />
        </Box>
      )}
    </QueryState>
  );
};

const useRefetch = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['gql'] });
};

// ---- 筹备组与业主大会 ------------------------------------------------------------------------------------------------

const Overview = ({ e }: { e: Election }) => {
  const translate = useTranslate();
  return (
    <Section
      title="app.committees.sections.overview"
      actions={
        e.status === 'PREPARING' || e.status === 'PUBLICISED' ? <ImportOwnersButton communityId={e.community.id} communityName={e.community.name} /> : null
      }
    >
      <Stack spacing={0.5}>
        <Line label="app.committees.fields.township">{e.community.township.name}</Line>
        <Line label="app.committees.fields.ruleSet">
          {e.ruleSet.label} · {translate('app.committees.seatsTerm', { seats: e.seats, years: e.ruleSet.termYears })}
        </Line>
        <Line label="app.committees.preparatoryGroup">{e.preparatoryGroup.map((m) => `${m.name}（${m.role}）`).join('、')}</Line>
        <Line label="app.committees.assemblyAt">{formatDateTime(e.assemblyAt)}</Line>
        <Line label="app.committees.assemblyPlace">{e.assemblyPlace ?? ''}</Line>
        <Line label="app.committees.assemblyForm">{e.assemblyForm ? translate(`enums.AssemblyForm.${e.assemblyForm}`) : ''}</Line>
        <Line label="app.committees.agenda">{e.agenda ?? ''}</Line>
        {e.publicisedOn && <Line label="app.committees.fields.publicisedOn">{formatDate(e.publicisedOn)}</Line>}
        {e.rollHeadcount != null && (
          <Line label="app.committees.fields.roll">{translate('app.committees.rollSize', { headcount: e.rollHeadcount, area: e.rollArea ?? '' })}</Line>
        )}
        {e.opensAt && <Line label="app.committees.fields.window">{`${formatDateTime(e.opensAt)} ~ ${formatDateTime(e.closesAt)}`}</Line>}
        {e.termStart && <Line label="app.committees.fields.term">{`${formatDate(e.termStart)} ~ ${formatDate(e.termEnd)}`}</Line>}
        {e.filedOn && <Line label="app.committees.fields.filed">{`${formatDate(e.filedOn)} · ${e.filedWith ?? ''}`}</Line>}
      </Stack>
    </Section>
  );
};

// ---- 候选人 ----------------------------------------------------------------------------------------------------------

const Candidates = ({ e }: { e: Election }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const refetch = useRefetch();
  const a = e.availableActions;
  const votes = new Map((e.result?.counts ?? []).map((c) => [c.candidateId, c]));
  return (
    <Section
      title="app.committees.sections.candidates"
      actions={
        <>
          <Step actions={a} action="NOMINATE" label="app.committees.nominate">
            <ActionDialogButton
              label="app.committees.nominate"
              fields={[
                { name: 'names', label: 'app.committees.candidateNames', kind: 'multiline', required: true, helperText: 'app.committees.candidateNamesHint' },
                {
                  name: 'route',
                  label: 'app.committees.fields.route',
                  kind: 'select',
                  required: true,
                  defaultValue: 'GROUP',
                  choices: NOMINATION_ROUTES.map((r) => ({ id: r, name: `enums.NominationRoute.${r}` })),
                },
                { name: 'nominatedBy', label: 'app.committees.fields.nominatedBy' },
                { name: 'eligibilityAttested', label: 'app.committees.eligibilityAttested', kind: 'switch', defaultValue: true },
                { name: 'attestedBy', label: 'app.committees.attestedBy', defaultValue: translate('app.committees.preparatoryGroup') },
              ]}
              onSubmit={async (v) => {
                for (const name of parseNames(String(v.names ?? ''))) {
                  await run(
                    NOMINATE_CANDIDATE,
                    {
                      electionId: e.id,
                      name,
                      route: v.route as (typeof NOMINATION_ROUTES)[number],
                      nominatedBy: v.nominatedBy as string | undefined,
                      eligibilityAttested: Boolean(v.eligibilityAttested),
                      attestedBy: v.attestedBy as string | undefined,
                    },
                    'nominateCommitteeCandidate',
                  );
                }
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.committees.nominateHint')}</Typography>
            </ActionDialogButton>
          </Step>
          <Step actions={a} action="PUBLICISE" label="app.committees.publicise">
            <ConfirmStep
              label="app.committees.publicise"
              hint="app.committees.publiciseHint"
              onConfirm={() => run(PUBLICISE, { electionId: e.id }, 'publiciseCandidates').then(refetch)}
            />
          </Step>
        </>
      }
    >
      {e.candidates.length === 0 ? (
        <EmptyBox />
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('app.committees.sections.candidates')}>
            <TableHead>
              <TableRow>
                {(['name', 'route', 'nominatedBy', 'eligibility', 'headcount', 'area', 'result'] as const).map((f) => (
                  <TableCell key={f}>{translate(`app.committees.fields.${f}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {e.candidates.map((c) => {
                const v = votes.get(c.id);
                return (
                  <TableRow key={c.id}>
                    <TableCell>{c.name}</TableCell>
                    <TableCell>{translate(`enums.NominationRoute.${c.route}`)}</TableCell>
                    <TableCell>{c.nominatedBy ?? ''}</TableCell>
                    <TableCell>
                      {c.eligibilityAttested ? (
                        translate('app.committees.attested')
                      ) : e.status === 'PREPARING' && a.some((x) => x.action === 'NOMINATE') ? (
                        <ActionDialogButton
                          label="app.committees.attest"
                          title={translate('app.committees.attestOf', { name: c.name })}
                          fields={[
                            {
                              name: 'attestedBy',
                              label: 'app.committees.attestedBy',
                              required: true,
                              defaultValue: translate('app.committees.preparatoryGroup'),
                            },
                          ]}
                          onSubmit={async (x) => {
                            await run(ATTEST_CANDIDATE, { candidateId: c.id, attestedBy: String(x.attestedBy) }, 'attestCommitteeCandidate');
                            await refetch();
                          }}
                        >
                          <Typography variant="body2">{translate('app.committees.attestHint')}</Typography>
                        </ActionDialogButton>
                      ) : (
                        translate('app.committees.notAttested')
                      )}
                    </TableCell>
                    <TableCell>{v?.headcount ?? ''}</TableCell>
                    <TableCell>{v?.area ?? ''}</TableCell>
                    <TableCell>
                      {c.elected ? (
                        <Chip size="small" color="success" label={translate(`enums.CommitteePosition.${c.position ?? 'MEMBER'}`)} />
                      ) : e.result?.pendingTie?.candidateIds.includes(c.id) ? (
                        <Chip size="small" color="warning" label={translate('app.committees.tied')} />
                      ) : v ? (
                        translate(v.qualifies ? 'app.committees.qualifies' : 'app.committees.notElected')
                      ) : (
                        ''
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
    </Section>
  );
};

/** A step without input: a short confirmation dialog. */
const ConfirmStep = ({ label, hint, onConfirm, color }: { label: string; hint: string; onConfirm: () => Promise<unknown>; color?: 'primary' | 'warning' }) => {
  const translate = useTranslate();
  return (
    <ActionDialogButton label={label} variant="contained" color={color} fields={[]} onSubmit={onConfirm}>
      <Typography variant="body2">{translate(hint)}</Typography>
    </ActionDialogButton>
  );
};

// ---- 名册、投票码、投票、纸质选票 ---------------------------------------------------------------------------------------

const Voting = ({ e }: { e: Election }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const refetch = useRefetch();
  const a = e.availableActions;
  const [codes, setCodes] = useState<SheetCode[] | null>(null);
  const [signedIn, setSignedIn] = useState<string | null>(null);
  const needsUnits = a.some((x) => x.action === 'SIGN_IN_PAPER');
  const units = useGql(['ownerUnits', e.community.id], OWNER_UNITS_QUERY, { communityId: e.community.id }, { enabled: needsUnits });
  const now = serverNow();
  const choiceFields: DialogField[] = e.candidates.map((c) => ({ name: `c_${c.id}`, label: c.name, kind: 'switch' }));
  const chosen = (v: Record<string, unknown>) => e.candidates.filter((c) => v[`c_${c.id}`] === true).map((c) => c.id);
  return (
    <Section
      title="app.committees.sections.voting"
      actions={
        <>
          <Step actions={a} action="ADD_COUNTER" label="app.committees.addCounter">
            <ActionDialogButton
              label="app.committees.addCounter"
              fields={[
                { name: 'name', label: 'app.committees.fields.counterName', required: true },
                {
                  name: 'role',
                  label: 'app.committees.fields.counterRole',
                  kind: 'select',
                  required: true,
                  defaultValue: 'MONITOR',
                  choices: ['MONITOR', 'TELLER'].map((r) => ({ id: r, name: `enums.CounterRole.${r}` })),
                },
              ]}
              onSubmit={async (v) => {
                await run(ADD_COUNTER, { electionId: e.id, name: String(v.name), role: v.role as 'MONITOR' | 'TELLER' }, 'addElectionCounter');
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.committees.counterHint')}</Typography>
            </ActionDialogButton>
          </Step>
          <Step actions={a} action="FREEZE_ROLL" label="app.committees.freezeRoll">
            <ConfirmStep
              label="app.committees.freezeRoll"
              hint="app.committees.freezeRollHint"
              onConfirm={() => run(FREEZE_ROLL, { electionId: e.id }, 'freezeVoterRoll').then(refetch)}
            />
          </Step>
          <Step actions={a} action="ISSUE_CODES" label="app.committees.issueCodes">
            <ConfirmStep
              label="app.committees.issueCodes"
              hint="app.committees.issueCodesHint"
              onConfirm={async () => {
                const issued = await run(ISSUE_CODES, { electionId: e.id }, 'issueVotingCodes');
                setCodes(issued.map((c) => ({ building: c.building, unitNo: c.unitNo, room: c.room, code: c.code })));
                await refetch();
              }}
            />
          </Step>
          <Step actions={a} action="OPEN_VOTING" label="app.committees.openVoting">
            <ActionDialogButton
              label="app.committees.openVoting"
              variant="contained"
              fields={[
                {
                  name: 'opensAt',
                  label: 'app.committees.opensAt',
                  kind: 'datetime',
                  required: true,
                  defaultValue: isoToShanghaiLocal(new Date(Math.ceil(now.getTime() / 3600_000) * 3600_000 - 3600_000).toISOString()),
                },
                {
                  name: 'closesAt',
                  label: 'app.committees.closesAt',
                  kind: 'datetime',
                  required: true,
                  defaultValue: isoToShanghaiLocal(new Date(Math.ceil(now.getTime() / 3600_000) * 3600_000 + 7 * 86400_000).toISOString()),
                },
              ]}
              onSubmit={async (v) => {
                const opensAt = shanghaiLocalToIso(String(v.opensAt ?? '')) ?? String(v.opensAt);
                const closesAt = shanghaiLocalToIso(String(v.closesAt ?? '')) ?? String(v.closesAt);
                await run(OPEN_VOTING, { electionId: e.id, opensAt, closesAt }, 'openVoting');
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.committees.openVotingHint')}</Typography>
            </ActionDialogButton>
          </Step>
          <Step actions={a} action="SIGN_IN_PAPER" label="app.committees.signInPaper">
            <ActionDialogButton
              label="app.committees.signInPaper"
              fields={[
                {
                  name: 'unitId',
                  label: 'app.committees.fields.unit',
                  kind: 'select',
                  required: true,
                  choices: (units.data?.ownerUnits ?? []).map((u) => ({
                    id: u.id,
                    name: `${[u.building, u.unitNo, u.room].filter(Boolean).join('-')}（${u.area} m²）`,
                  })),
                },
                { name: 'proxyName', label: 'app.committees.fields.proxyName', helperText: 'app.committees.proxyHint' },
              ]}
              onSubmit={async (v) => {
                const area = await run(
                  SIGN_IN_PAPER_VOTER,
                  { electionId: e.id, unitId: String(v.unitId), proxyName: v.proxyName as string | undefined },
                  'signInPaperVoter',
                );
                setSignedIn(area);
                await refetch();
              }}
            />
          </Step>
          <Step actions={a} action="ENTER_PAPER" label="app.committees.enterPaper">
            <ActionDialogButton
              label="app.committees.enterPaper"
              fields={[
                {
                  name: 'counterId',
                  label: 'app.committees.fields.counter',
                  kind: 'select',
                  required: true,
                  choices: e.counters.map((c) => ({ id: c.id, name: c.name })),
                },
                { name: 'paperNo', label: 'app.committees.fields.paperNo', required: true, helperText: 'app.committees.paperNoHint' },
                { name: 'area', label: 'app.committees.fields.paperArea', required: true },
                ...choiceFields,
              ]}
              onSubmit={async (v) => {
                await run(
                  ENTER_PAPER_BALLOT,
                  { electionId: e.id, counterId: String(v.counterId), paperNo: String(v.paperNo), area: String(v.area), choices: chosen(v) },
                  'enterPaperBallot',
                );
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.committees.enterPaperHint', { seats: e.seats })}</Typography>
            </ActionDialogButton>
          </Step>
          <Step actions={a} action="CLOSE_VOTING" label="app.committees.closeVoting">
            <ConfirmStep
              label="app.committees.closeVoting"
              hint="app.committees.closeVotingHint"
              onConfirm={() => run(CLOSE_VOTING, { electionId: e.id }, 'closeVoting').then(refetch)}
            />
          </Step>
          <Step actions={a} action="COUNT" label="app.committees.count">
            <ConfirmStep
              label="app.committees.count"
              hint="app.committees.countHint"
              color="warning"
              onConfirm={() => run(COUNT_VOTES, { electionId: e.id }, 'countVotes').then(refetch)}
            />
          </Step>
        </>
      }
    >
      <Stack spacing={1}>
        <Line label="app.committees.counters">
          {e.counters.length
            ? e.counters.map((c) => `${c.name}（${translate(`enums.CounterRole.${c.role}`)}）`).join('、')
            : translate('app.committees.noCounters')}
        </Line>
        {signedIn && <Alert severity="success">{translate('app.committees.signedInArea', { area: signedIn })}</Alert>}
        {e.paperProblems.length > 0 && (
          <Alert severity="error" role="alert" aria-label={translate('app.committees.paperProblems')}>
            {translate('app.committees.paperProblemsText', { papers: e.paperProblems.join('、') })}
          </Alert>
        )}
      </Stack>
      {codes && <CodesSheetDialog codes={codes} community={e.community.name} onClose={() => setCodes(null)} />}
    </Section>
  );
};

/** The printable codes sheet: shown once, when the codes are issued (only their hashes are kept). */
const CodesSheetDialog = ({ codes, community, onClose }: { codes: readonly SheetCode[]; community: string; onClose: () => void }) => {
  const translate = useTranslate();
  const origin = window.location.origin;
  const [qrs, setQrs] = useState<Record<string, string>>({});
  useEffect(() => {
    let alive = true;
    void Promise.all(codes.map(async (c) => [c.code, await qrSvg(origin, c.code)] as const)).then((pairs) => alive && setQrs(Object.fromEntries(pairs)));
    return () => {
      alive = false;
    };
  }, [codes, origin]);
  const title = translate('app.committees.codesSheetTitle', { community });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="codes-sheet-title">
      <DialogTitle id="codes-sheet-title">{title}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.committees.codesOnce')}
        </Alert>
        <Table size="small" aria-label={translate('app.committees.codesSheet')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.committees.fields.unit')}</TableCell>
              <TableCell>{translate('app.committees.fields.code')}</TableCell>
              <TableCell>{translate('app.committees.fields.qr')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {codes.map((c) => (
              <TableRow key={c.code}>
                <TableCell>{[c.building, c.unitNo, c.room].filter(Boolean).join('-')}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }} data-code>
                  {c.code}
                </TableCell>
                <TableCell>
                  {qrs[c.code] && (
                    <Box
                      sx={{ width: 72, height: 72, '& svg': { width: '100%', height: '100%' } }}
                      aria-label={translate('app.committees.qrOf', { code: c.code })}
                      role="img"
                      dangerouslySetInnerHTML={{ __html: qrs[c.code]! }}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <MuiButton startIcon={<PrintIcon />} onClick={() => void printCodesSheet(title, translate('app.committees.codesSheetHint'), codes, origin)}>
          {translate('app.committees.print')}
        </MuiButton>
        <MuiButton onClick={onClose}>{translate('ra.action.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};

// ---- 计票结果 --------------------------------------------------------------------------------------------------------

const Results = ({ e }: { e: Election }) => {
  const translate = useTranslate();
  const r = e.result!;
  return (
    <Section title="app.committees.sections.results">
      <Stack spacing={0.5}>
        {!r.valid && <Alert severity="error">{translate(`enums.ElectionVoidReason.${r.voidReason ?? 'QUORUM_NOT_MET'}`)}</Alert>}
        <Line label="app.committees.fields.cast">{translate('app.committees.castText', { cast: r.cast, void: r.voidBallots })}</Line>
        <Line label="app.committees.fields.elected">
          {translate('app.committees.electedText', { elected: r.elected.length, seats: e.seats, vacant: r.vacant })}
        </Line>
        {r.pendingTie && (
          <Alert severity="warning">
            {translate('app.committees.tiePending', {
              seats: r.pendingTie.seats,
              names: r.pendingTie.candidateIds.map((id) => e.candidates.find((c) => c.id === id)?.name ?? id).join('、'),
            })}
          </Alert>
        )}
        {e.ballotListHash && (
          <Line label="app.committees.fields.hash">
            <Box component="span" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {e.ballotListHash}
            </Box>
          </Line>
        )}
        {e.signedOffAt && <Line label="app.committees.fields.signedOffAt">{formatDateTime(e.signedOffAt)}</Line>}
      </Stack>
    </Section>
  );
};

// ---- 委员会：推选主任、签字、备案、罢免、履职检查、培训、补选 -----------------------------------------------------------

const Committee = ({ e }: { e: Election }) => {
  const translate = useTranslate();
  const run = useRunAction();
  const refetch = useRefetch();
  const navigate = useNavigate();
  const { permissions } = usePermissions<AppPermissions>();
  const a = e.availableActions;
  // Before filing the committee is the members just elected; once filed, those serving from all its filed elections.
  const members = (e.members.length > 0 ? e.members : e.candidates.filter((c) => c.elected)).filter((m) => !m.leftOn);
  const memberChoices = members.map((m) => ({ id: m.id, name: m.name }));
  const tie = e.result?.pendingTie;
  const needsUnits = a.some((x) => x.action === 'MOVE_RECALL');
  const units = useGql(['ownerUnits', e.community.id], OWNER_UNITS_QUERY, { communityId: e.community.id }, { enabled: needsUnits });
  const duties = useGql(['committeeDuties'], COMMITTEE_DUTIES_QUERY, {}, { enabled: a.some((x) => x.action === 'REVIEW_DUTIES') });
  const openMotions = e.recallMotions.filter((m) => !m.outcome);
  const nameOf = (id: string) => [...e.members, ...e.candidates].find((c) => c.id === id)?.name ?? id;
  return (
    <Section
      title="app.committees.sections.committee"
      actions={
        <>
          <Step actions={a} action="SETTLE_TIE" label="app.committees.settleTie">
            <ActionDialogButton
              label="app.committees.settleTie"
              fields={Array.from({ length: tie?.seats ?? 1 }, (_, i) => [
                {
                  name: `w${i}`,
                  label: 'app.committees.fields.winner',
                  kind: 'select' as const,
                  required: true,
                  choices: (tie?.candidateIds ?? []).map((id) => ({ id, name: nameOf(id) })),
                },
                { name: `v${i}`, label: 'app.committees.fields.memberVotes', kind: 'number' as const, required: true },
              ]).flat()}
              onSubmit={async (v) => {
                const winners = Array.from({ length: tie?.seats ?? 1 }, (_, i) => ({ candidateId: String(v[`w${i}`]), votes: Number(v[`v${i}`]) }));
                await run(SETTLE_TIE, { electionId: e.id, winners }, 'settleElectionTie');
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.committees.settleTieHint')}</Typography>
            </ActionDialogButton>
          </Step>
          <Step actions={a} action="ELECT_OFFICERS" label="app.committees.electOfficers">
            <ActionDialogButton
              label="app.committees.electOfficers"
              fields={(['CHAIR', 'VICE_CHAIR', 'VICE_CHAIR'] as const).flatMap((p, i) => [
                { name: `o${i}`, label: `enums.CommitteePosition.${p}`, kind: 'select' as const, required: true, choices: memberChoices },
                { name: `ov${i}`, label: 'app.committees.fields.memberVotes', kind: 'number' as const, required: true },
              ])}
              onSubmit={async (v) => {
                const officers = (['CHAIR', 'VICE_CHAIR', 'VICE_CHAIR'] as const).map((position, i) => ({
                  candidateId: String(v[`o${i}`]),
                  position,
                  votes: Number(v[`ov${i}`]),
                }));
                await run(ELECT_OFFICERS, { electionId: e.id, officers }, 'electCommitteeOfficers');
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.committees.electOfficersHint', { members: members.length })}</Typography>
            </ActionDialogButton>
          </Step>
          <Step actions={a} action="SIGN_OFF" label="app.committees.signOff">
            <ActionDialogButton
              label="app.committees.signOff"
              fields={e.counters.map((c) => ({
                name: `s_${c.id}`,
                label: `${c.name}（${translate(`enums.CounterRole.${c.role}`)}）`,
                kind: 'switch' as const,
                defaultValue: true,
              }))}
              onSubmit={async (v) => {
                await run(SIGN_OFF_COUNT, { electionId: e.id, counterIds: e.counters.filter((c) => v[`s_${c.id}`] === true).map((c) => c.id) }, 'signOffCount');
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.committees.signOffHint')}</Typography>
            </ActionDialogButton>
          </Step>
          <Step actions={a} action="FILE" label="app.committees.file">
            <ActionDialogButton
              label="app.committees.file"
              variant="contained"
              color="success"
              fields={[
                {
                  name: 'filedWith',
                  label: 'app.committees.fields.filedWith',
                  required: true,
                  defaultValue: translate('app.committees.defaultFiledWith', { township: e.community.township.name }),
                },
              ]}
              onSubmit={async (v) => {
                await run(FILE_COMMITTEE, { electionId: e.id, filedWith: String(v.filedWith) }, 'fileCommittee');
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.committees.fileHint', { years: e.ruleSet.termYears })}</Typography>
            </ActionDialogButton>
          </Step>
          <Step actions={a} action="MOVE_RECALL" label="app.committees.moveRecall">
            <ActionDialogButton
              label="app.committees.moveRecall"
              fields={[
                ...members.map((m) => ({ name: `m_${m.id}`, label: m.name, kind: 'switch' as const })),
                { name: 'reason', label: 'app.committees.fields.reason', kind: 'multiline', required: true },
                ...(units.data?.ownerUnits ?? []).map((u) => ({
                  name: `u_${u.id}`,
                  label: `${[u.building, u.unitNo, u.room].filter(Boolean).join('-')}（${u.area} m²）`,
                  kind: 'switch' as const,
                })),
              ]}
              onSubmit={async (v) => {
                const memberIds = members.filter((m) => v[`m_${m.id}`] === true).map((m) => m.id);
                const supporterUnitIds = (units.data?.ownerUnits ?? []).filter((u) => v[`u_${u.id}`] === true).map((u) => u.id);
                await run(MOVE_RECALL, { committeeId: e.committeeId, memberIds, supporterUnitIds, reason: String(v.reason) }, 'moveRecall');
                await refetch();
              }}
            >
              <Typography variant="body2">{translate('app.committees.moveRecallHint')}</Typography>
            </ActionDialogButton>
          </Step>
          {openMotions.length > 0 && (
            <Step actions={a} action="RECORD_RECALL_VOTE" label="app.committees.recordRecallVote">
              <ActionDialogButton
                label="app.committees.recordRecallVote"
                fields={[
                  {
                    name: 'motionId',
                    label: 'app.committees.fields.motion',
                    kind: 'select',
                    required: true,
                    defaultValue: openMotions[0]!.id,
                    choices: openMotions.map((m) => ({ id: m.id, name: `${formatDate(m.movedOn)} ${m.memberIds.map(nameOf).join('、')}` })),
                  },
                  { name: 'heldOn', label: 'app.committees.fields.heldOn', kind: 'date', required: true, defaultValue: todayInShanghai() },
                  { name: 'participatedArea', label: 'app.committees.fields.participatedArea', required: true },
                  { name: 'participatedHeadcount', label: 'app.committees.fields.participatedHeadcount', kind: 'number', required: true },
                  { name: 'inFavourArea', label: 'app.committees.fields.inFavourArea', required: true },
                  { name: 'inFavourHeadcount', label: 'app.committees.fields.inFavourHeadcount', kind: 'number', required: true },
                ]}
                onSubmit={async (v) => {
                  await run(
                    RECORD_RECALL_VOTE,
                    {
                      motionId: String(v.motionId),
                      heldOn: String(v.heldOn),
                      participatedArea: String(v.participatedArea),
                      participatedHeadcount: Number(v.participatedHeadcount),
                      inFavourArea: String(v.inFavourArea),
                      inFavourHeadcount: Number(v.inFavourHeadcount),
                    },
                    'recordRecallVote',
                  );
                  await refetch();
                }}
              >
                <Typography variant="body2">{translate('app.committees.recallVoteHint')}</Typography>
              </ActionDialogButton>
            </Step>
          )}
          <Step actions={a} action="REVIEW_DUTIES" label="app.committees.reviewDuties">
            <ActionDialogButton
              label="app.committees.reviewDuties"
              fields={[
                ...(duties.data?.committeeDuties ?? []).map((d) => ({
                  name: `d_${d.code}`,
                  label: d.label,
                  kind: 'select' as const,
                  required: true,
                  defaultValue: 'MET',
                  choices: ['MET', 'NOT_MET', 'NOT_APPLICABLE'].map((r) => ({ id: r, name: `enums.DutyResult.${r}` })),
                })),
                { name: 'reviewer', label: 'app.committees.fields.reviewer', required: true },
                { name: 'note', label: 'app.committees.fields.note', kind: 'multiline' },
              ]}
              onSubmit={async (v) => {
                const results = (duties.data?.committeeDuties ?? []).map((d) => ({
                  code: d.code,
                  result: v[`d_${d.code}`] as 'MET' | 'NOT_MET' | 'NOT_APPLICABLE',
                }));
                await run(
                  REVIEW_DUTIES,
                  { committeeId: e.committeeId, reviewer: String(v.reviewer), results, note: v.note as string | undefined },
                  'reviewCommitteeDuties',
                );
                await refetch();
              }}
            />
          </Step>
          <Step actions={a} action="RECORD_VACANCY" label="app.committees.recordVacancy">
            <ActionDialogButton
              label="app.committees.recordVacancy"
              fields={[
                { name: 'memberId', label: 'app.committees.fields.member', kind: 'select', required: true, choices: memberChoices },
                { name: 'reason', label: 'app.committees.fields.reason', required: true },
              ]}
              onSubmit={async (v) => {
                await run(RECORD_VACANCY, { memberId: String(v.memberId), reason: String(v.reason) }, 'recordCommitteeVacancy');
                await refetch();
              }}
            />
          </Step>
          <Step actions={a} action="CALL_SUPPLEMENTARY" label="app.committees.callSupplementary">
            <ActionDialogButton
              label="app.committees.callSupplementary"
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
                {
                  name: 'agenda',
                  label: 'app.committees.agenda',
                  kind: 'multiline',
                  required: true,
                  defaultValue: translate('app.committees.supplementaryAgenda'),
                },
              ]}
              onSubmit={async (v) => {
                const at = shanghaiLocalToIso(String(v.at ?? '')) ?? String(v.at);
                const next = await run(
                  CALL_SUPPLEMENTARY,
                  {
                    committeeId: e.committeeId,
                    members: parseMembers(String(v.members ?? ''), translate('app.committees.memberRole')),
                    assembly: { at, place: String(v.place), form: v.form as (typeof ASSEMBLY_FORMS)[number], agenda: String(v.agenda) },
                  },
                  'callSupplementaryElection',
                );
                navigate(`/committees/elections/${next.id}`);
              }}
            />
          </Step>
          {hasPermission(permissions, 'campaign:manage') && members.length > 0 && (e.status === 'FILED' || e.status === 'ELECTED') && (
            <ActionDialogButton
              label="app.committees.recordTraining"
              fields={[
                { name: 'topic', label: 'app.committees.fields.topic', required: true, defaultValue: translate('app.committees.defaultTopic') },
                { name: 'heldOn', label: 'app.committees.fields.heldOn', kind: 'date', required: true, defaultValue: todayInShanghai() },
                { name: 'location', label: 'app.committees.fields.location' },
                ...members.map((m) => ({ name: `t_${m.id}`, label: m.name, kind: 'switch' as const, defaultValue: true })),
              ]}
              onSubmit={async (v) => {
                const attendees = members.map((m) => ({
                  kind: 'COMMITTEE_MEMBER' as const,
                  committeeId: e.committeeId,
                  name: m.name,
                  present: v[`t_${m.id}`] === true,
                }));
                await run(
                  RECORD_MEMBER_TRAINING,
                  { topic: String(v.topic), heldOn: String(v.heldOn), location: v.location as string | undefined, attendees },
                  'recordTrainingSession',
                );
              }}
            >
              <Typography variant="body2">{translate('app.committees.trainingHint')}</Typography>
            </ActionDialogButton>
          )}
        </>
      }
    >
      <Stack spacing={1}>
        <Line label="app.committees.fields.members">
          {members.length
            ? members
                .map((m) => `${m.name}${m.position && m.position !== 'MEMBER' ? `（${translate(`enums.CommitteePosition.${m.position}`)}）` : ''}`)
                .join('、')
            : translate('app.committees.noMembers')}
        </Line>
        {e.members.some((m) => m.leftOn) && (
          <Line label="app.committees.fields.left">
            {e.members
              .filter((m) => m.leftOn)
              .map((m) => `${m.name}（${formatDate(m.leftOn)}）`)
              .join('、')}
          </Line>
        )}
        {e.recallMotions.length > 0 && (
          <Box>
            <Typography variant="subtitle2">{translate('app.committees.recallMotions')}</Typography>
            {e.recallMotions.map((m) => (
              <Typography key={m.id} variant="body2">
                {translate('app.committees.recallLine', {
                  movedOn: formatDate(m.movedOn),
                  members: m.memberIds.map(nameOf).join('、'),
                  supporters: m.supporterCount,
                  area: m.supportingArea,
                  total: m.totalArea,
                  reason: m.reason,
                })}{' '}
                {m.outcome ? (
                  <Chip size="small" label={translate(`enums.RecallOutcome.${m.outcome}`)} />
                ) : (
                  <Chip size="small" variant="outlined" label={translate('app.committees.recallPending')} />
                )}
              </Typography>
            ))}
          </Box>
        )}
        {e.dutyReviews.length > 0 && (
          <Box>
            <Typography variant="subtitle2">{translate('app.committees.dutyReviews')}</Typography>
            {e.dutyReviews.map((r) => (
              <Box key={r.id} sx={{ mb: 1 }}>
                <Typography variant="body2">
                  {formatDate(r.reviewedOn)} · {r.reviewer}
                  {r.note ? ` · ${r.note}` : ''}
                </Typography>
                <Box component="ul" sx={{ m: 0, pl: 3 }} aria-label={translate('app.committees.dutyChecklist')}>
                  {r.results.map((x) => (
                    <li key={x.code}>
                      <Typography variant="body2">
                        {x.label}：{translate(`enums.DutyResult.${x.result}`)}
                      </Typography>
                    </li>
                  ))}
                </Box>
              </Box>
            ))}
          </Box>
        )}
      </Stack>
    </Section>
  );
};

// ---- 文书 ----------------------------------------------------------------------------------------------------------

const DOCS = ['notice', 'candidateList', 'paperBallot'] as const;

const Documents = ({ e }: { e: Election }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<(typeof DOCS)[number] | null>(null);
  const docs = useGql(['committeeElectionDocuments', e.id], ELECTION_DOCUMENTS_QUERY, { id: e.id }, { enabled: open !== null });
  const text = open ? (docs.data?.committeeElection?.documents[open] ?? null) : null;
  return (
    <Section
      title="app.committees.sections.documents"
      actions={DOCS.map((d) => (
        <MuiButton key={d} size="small" variant="outlined" startIcon={<DescriptionIcon />} onClick={() => setOpen(d)}>
          {translate(`app.committees.documents.${d}`)}
        </MuiButton>
      ))}
    >
      <Typography variant="body2" color="text.secondary">
        {translate('app.committees.documentsHint')}
      </Typography>
      <Dialog open={open !== null} onClose={() => setOpen(null)} fullWidth maxWidth="md" aria-labelledby="doc-title">
        <DialogTitle id="doc-title">{open ? translate(`app.committees.documents.${open}`) : ''}</DialogTitle>
        <DialogContent>
          <QueryState isPending={docs.isPending} error={docs.error}>
            {text == null ? (
              <EmptyBox message="app.committees.noNotice" />
            ) : (
              <Box
                component="pre"
                aria-label={open ? translate(`app.committees.documents.${open}`) : undefined}
                sx={{ whiteSpace: 'pre-wrap', fontFamily: 'serif', fontSize: 15, lineHeight: 1.8, m: 0 }}
              >
                {text}
              </Box>
            )}
          </QueryState>
        </DialogContent>
        <DialogActions>
          <MuiButton startIcon={<PrintIcon />} disabled={text == null} onClick={() => text && printDocument(text)}>
            {translate('app.committees.print')}
          </MuiButton>
          <MuiButton onClick={() => setOpen(null)}>{translate('ra.action.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </Section>
  );
};
