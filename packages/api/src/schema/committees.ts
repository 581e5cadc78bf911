import { isDeepStrictEqual } from 'node:util';
import {
  addCounter,
  attestCandidate,
  candidatesOf,
  castOnlineBallot,
  closeVoting,
  committeeRegister,
  countersOf,
  countVotes,
  createElection,
  electionById,
  electionDocuments,
  electionFacts,
  electionOfCode,
  electionStatusOn,
  electOfficers,
  enterPaperBallot,
  fileCommittee,
  freezeRoll,
  importOwners,
  issueVotingCodes,
  moveRecall,
  nominateCandidate,
  openVoting,
  paperProblems,
  preparatoryMembersOf,
  publicElection,
  publishedElection,
  publiciseCandidates,
  recallMotionsOf,
  recordVacancy,
  recordRecallVote,
  unitsOf,
  type OwnerUnit,
  type UnitOwner,
  callSupplementaryElection,
  committeeMembers,
  dutyReviewsOf,
  reviewCommitteeDuties,
  type DutyReview,
  rulesOf,
  settleTie,
  signInPaperVoter,
  signOffCount,
  type CommitteeCandidate,
  type CommitteeElection,
  type ElectionCounter,
  type IssuedCode,
  type PreparatoryMember,
  type RecallMotion,
} from '@wuye/db';
import {
  COMMITTEE_DUTIES,
  areaText,
  electionActions,
  maskName,
  maskPhone,
  messageFor,
  seesPersonalData,
  publicationIntact,
  receiptLine,
  recount,
  registerStatus,
  termState,
  windowIssue,
  type ActionAvailability,
  type CandidateCount,
  type CommitteeRuleSet,
  type DutyResult,
  type ElectionAction,
  type Tally,
} from '@wuye/domain';
import { builder } from '../builder.js';
import { communityScope } from '../scoping.js';
import { nowOf, todayOf } from '../today.js';
import { auditedWrite, parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import {
  AssemblyFormEnum,
  CommitteePositionEnum,
  CommitteeRegisterStatusEnum,
  CommitteeTermStateEnum,
  CommunityRef,
  CounterRoleEnum,
  DutyResultEnum,
  ElectionActionEnum,
  ElectionStatusEnum,
  ElectionVoidReasonEnum,
  NominationRouteEnum,
  OfficerPositionEnum,
  RecallOutcomeEnum,
} from './refs/index.js';

/**
 * Owners' committees and their elections (issue 13). Township staff run elections in their area and the bureau any
 * (committee:manage); firms read the committees of the communities they serve (committee:read, community scope).
 * Owners vote with a one-time code and anyone reads the published results and ballot list, without an account.
 * The commands and rules are in @wuye/db (committees/) and @wuye/domain (committees/).
 */

const READ = { perm: 'committee:read' } as const;
const MANAGE = { perm: 'committee:manage' } as const;
const PUBLIC = { public: true } as const;

const RuleSetRef = builder.objectRef<CommitteeRuleSet>('CommitteeRuleSet').implement({
  description: 'The rule set an election runs under (versioned data: cities set their own)',
  authScopes: PUBLIC,
  fields: (t) => ({
    code: t.exposeString('code'),
    version: t.exposeInt('version'),
    label: t.string({ resolve: (r, _a, ctx) => r.label[ctx.locale] }),
    seats: t.exposeInt('seats'),
    termYears: t.exposeInt('termYears'),
  }),
});

const CandidateCountRef = builder.objectRef<CandidateCount>('CandidateCount').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    candidateId: t.exposeID('candidateId'),
    headcount: t.exposeInt('headcount', { description: 'Valid ballots naming the candidate' }),
    area: t.string({ description: 'Exclusive area of those ballots, m²', resolve: (c) => areaText(c.areaCenti) }),
    qualifies: t.exposeBoolean('qualifies', { description: 'Reaches the rule set’s share of the participating area and headcount' }),
  }),
});

const PendingTieRef = builder.objectRef<NonNullable<Tally['pendingTie']>>('PendingTie').implement({
  authScopes: PUBLIC,
  fields: (t) => ({ candidateIds: t.exposeIDList('candidateIds'), seats: t.exposeInt('seats') }),
});

const TallyRef = builder.objectRef<Tally>('ElectionTally').implement({
  description: 'The official count',
  authScopes: PUBLIC,
  fields: (t) => ({
    valid: t.exposeBoolean('valid'),
    voidReason: t.field({ type: ElectionVoidReasonEnum, nullable: true, resolve: (r) => r.voidReason }),
    cast: t.exposeInt('cast'),
    voidBallots: t.exposeInt('voidBallots'),
    counts: t.field({ type: [CandidateCountRef], resolve: (r) => r.counts }),
    elected: t.exposeIDList('elected'),
    pendingTie: t.field({ type: PendingTieRef, nullable: true, resolve: (r) => r.pendingTie }),
    vacant: t.exposeInt('vacant'),
  }),
});

const CandidateRef = builder.objectRef<CommitteeCandidate>('CommitteeCandidate').implement({
  description: 'A candidate on the publicised list (names are public on the list)',
  authScopes: PUBLIC,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    route: t.field({ type: NominationRouteEnum, resolve: (c) => c.route }),
    nominatedBy: t.exposeString('nominatedBy', {
      nullable: true,
      authScopes: READ,
      description: 'Who nominated (staff and the firms served only: may name an owner)',
    }),
    eligibilityAttested: t.exposeBoolean('eligibilityAttested'),
    elected: t.exposeBoolean('elected'),
    position: t.field({ type: CommitteePositionEnum, nullable: true, resolve: (c) => c.position ?? null }),
    leftOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day an elected member left the committee (the seat is vacant)',
      resolve: (c) => c.leftOn ?? null,
    }),
  }),
});

const CounterRef = builder.objectRef<ElectionCounter>('ElectionCounter').implement({
  authScopes: READ,
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name'), role: t.field({ type: CounterRoleEnum, resolve: (c) => c.role }) }),
});

const MemberRef = builder.objectRef<PreparatoryMember>('PreparatoryMember').implement({
  authScopes: READ,
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name'), role: t.exposeString('role') }),
});

const RecallRef = builder.objectRef<RecallMotion>('RecallMotion').implement({
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    movedOn: t.expose('movedOn', { type: 'Date' }),
    memberIds: t.exposeIDList('memberIds'),
    supporterCount: t.int({ resolve: (m) => m.supporterUnitIds.length }),
    supportingArea: t.string({ resolve: (m) => areaText(m.supportingAreaCenti) }),
    totalArea: t.string({ resolve: (m) => areaText(m.totalAreaCenti) }),
    reason: t.exposeString('reason'),
    voteHeldOn: t.field({ type: 'Date', nullable: true, resolve: (m) => m.voteHeldOn ?? null }),
    outcome: t.field({
      type: RecallOutcomeEnum,
      nullable: true,
      description: 'The assembly’s vote on the motion (null: not voted yet)',
      resolve: (m) => m.outcome ?? null,
    }),
  }),
});

const DutyAnswerRef = builder.objectRef<{ code: string; result: DutyResult }>('DutyAnswer').implement({
  authScopes: READ,
  fields: (t) => ({
    code: t.exposeString('code'),
    label: t.string({ resolve: (a, _a, ctx) => COMMITTEE_DUTIES.find((d) => d.code === a.code)?.label[ctx.locale] ?? a.code }),
    result: t.field({ type: DutyResultEnum, resolve: (a) => a.result }),
  }),
});
const DutyReviewRef = builder.objectRef<DutyReview>('DutyReview').implement({
  description: 'The township’s review of the committee against its duties (seed part 2)',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    reviewedOn: t.expose('reviewedOn', { type: 'Date' }),
    reviewer: t.exposeString('reviewer'),
    note: t.exposeString('note', { nullable: true }),
    results: t.field({ type: [DutyAnswerRef], resolve: (r) => r.results }),
  }),
});
const DutyRef = builder.objectRef<(typeof COMMITTEE_DUTIES)[number]>('CommitteeDuty').implement({
  authScopes: READ,
  fields: (t) => ({ code: t.exposeString('code'), label: t.string({ resolve: (d, _a, ctx) => d.label[ctx.locale] }) }),
});

const ElectionActionRef = builder.objectRef<ActionAvailability<ElectionAction>>('ElectionAvailableAction').implement({
  authScopes: READ,
  fields: (t) => ({
    action: t.field({ type: ElectionActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _a, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

const DocumentsRef = builder.objectRef<{ notice: string | null; candidateList: string; paperBallot: string }>('ElectionDocuments').implement({
  authScopes: READ,
  fields: (t) => ({
    notice: t.exposeString('notice', { nullable: true, description: 'Dated the day the list was publicised (today until then)' }),
    candidateList: t.exposeString('candidateList'),
    paperBallot: t.exposeString('paperBallot'),
  }),
});

const ElectionRef = builder.objectRef<CommitteeElection>('CommitteeElection').implement({
  description: 'An owners’ committee election, from the preparatory group to the filed committee',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    committeeId: t.id({ resolve: (e) => e.committee.id }),
    community: t.field({ type: CommunityRef, resolve: (e) => e.community.id }),
    status: t.field({
      type: ElectionStatusEnum,
      description: 'FILED reads EXPIRED once the term has ended',
      resolve: (e, _a, ctx) => electionStatusOn(e, todayOf(ctx)),
    }),
    ruleSet: t.field({ type: RuleSetRef, resolve: (e) => rulesOf(e) }),
    seats: t.exposeInt('seats'),
    supplementary: t.exposeBoolean('supplementary', { description: '补选: fills vacant seats of the committee in term' }),
    members: t.field({
      type: [CandidateRef],
      description: 'The committee’s members now serving (from all its filed elections)',
      resolve: (e, _a, ctx) => committeeMembers(ctx.em, e.committee.id),
    }),
    assemblyAt: t.expose('assemblyAt', { type: 'DateTime', nullable: true }),
    assemblyPlace: t.exposeString('assemblyPlace', { nullable: true }),
    assemblyForm: t.field({ type: AssemblyFormEnum, nullable: true, resolve: (e) => e.assemblyForm ?? null }),
    agenda: t.exposeString('agenda', { nullable: true }),
    publicisedOn: t.expose('publicisedOn', { type: 'Date', nullable: true }),
    rollHeadcount: t.exposeInt('rollHeadcount', { nullable: true }),
    rollArea: t.string({ nullable: true, resolve: (e) => (e.rollAreaCenti == null ? null : areaText(e.rollAreaCenti)) }),
    opensAt: t.expose('opensAt', { type: 'DateTime', nullable: true }),
    closesAt: t.expose('closesAt', { type: 'DateTime', nullable: true }),
    result: t.field({ type: TallyRef, nullable: true, resolve: (e) => e.result ?? null }),
    ballotListHash: t.exposeString('ballotListHash', { nullable: true }),
    signedOffAt: t.expose('signedOffAt', { type: 'DateTime', nullable: true, description: 'When the counters signed the count' }),
    termStart: t.field({ type: 'Date', nullable: true, resolve: (e) => e.committee.termStart ?? null }),
    termEnd: t.field({ type: 'Date', nullable: true, resolve: (e) => e.committee.termEnd ?? null }),
    filedOn: t.field({ type: 'Date', nullable: true, resolve: (e) => e.committee.filedOn ?? null }),
    filedWith: t.string({ nullable: true, resolve: (e) => e.committee.filedWith ?? null }),
    candidates: t.field({ type: [CandidateRef], resolve: (e, _a, ctx) => candidatesOf(ctx.em, e.id) }),
    counters: t.field({ type: [CounterRef], resolve: (e, _a, ctx) => countersOf(ctx.em, e.id) }),
    preparatoryGroup: t.field({ type: [MemberRef], resolve: (e, _a, ctx) => preparatoryMembersOf(ctx.em, e.id) }),
    paperProblems: t.stringList({
      description: 'Paper ballots entered by one counter only or differently by the two',
      resolve: (e, _a, ctx) => paperProblems(ctx.em, e.id),
    }),
    recallMotions: t.field({ type: [RecallRef], resolve: (e, _a, ctx) => recallMotionsOf(ctx.em, e.committee.id) }),
    dutyReviews: t.field({ type: [DutyReviewRef], description: 'Newest first', resolve: (e, _a, ctx) => dutyReviewsOf(ctx.em, e.committee.id) }),
    documents: t.field({
      type: DocumentsRef,
      description: 'The printable documents: the assembly notice (seed part 5 layout), the candidate list, the paper ballot',
      resolve: (e, _a, ctx) => electionDocuments(ctx.em, e, todayOf(ctx)),
    }),
    availableActions: t.field({
      type: [ElectionActionRef],
      description: 'The next steps, each with whether it can be taken now and why not (the command’s own words)',
      resolve: async (e, _a, ctx) => electionActions(await electionFacts(ctx.em, e), rulesOf(e), ctx.principal, nowOf(ctx)),
    }),
  }),
});

const OwnerRef = builder.objectRef<UnitOwner>('UnitOwner').implement({
  description: 'An owner of record; personal data masked as elsewhere (the ID number is only ever kept masked)',
  authScopes: READ,
  fields: (t) => ({
    name: t.string({ resolve: (o, _a, ctx) => (seesPersonalData(ctx.principal) ? o.name : maskName(o.name)) }),
    idMasked: t.exposeString('idMasked'),
    phone: t.string({ nullable: true, resolve: (o, _a, ctx) => (o.phone == null || seesPersonalData(ctx.principal) ? (o.phone ?? null) : maskPhone(o.phone)) }),
  }),
});

const UnitRef = builder.objectRef<{ unit: OwnerUnit; owners: UnitOwner[] }>('OwnerUnit').implement({
  description: '专有部分: a unit with its exclusive area and owners of record',
  authScopes: READ,
  fields: (t) => ({
    id: t.id({ resolve: (u) => u.unit.id }),
    building: t.string({ resolve: (u) => u.unit.building }),
    unitNo: t.string({ resolve: (u) => u.unit.unitNo }),
    room: t.string({ resolve: (u) => u.unit.room }),
    area: t.string({ description: 'm²', resolve: (u) => areaText(u.unit.areaCenti) }),
    owners: t.field({ type: [OwnerRef], description: 'Empty: unsold (the developer’s)', resolve: (u) => u.owners }),
  }),
});

const RegisterRowRef = builder.objectRef<{ community: { id: number }; election: CommitteeElection | null }>('CommitteeRegisterRow').implement({
  description: 'A community of the register with its committee’s status',
  authScopes: READ,
  fields: (t) => ({
    community: t.field({ type: CommunityRef, resolve: (r) => r.community.id }),
    status: t.field({
      type: CommitteeRegisterStatusEnum,
      resolve: (r, _a, ctx) => registerStatus(r.election ? electionStatusOn(r.election, todayOf(ctx)) : null),
    }),
    election: t.field({ type: ElectionRef, nullable: true, description: 'The latest election that is not void', resolve: (r) => r.election }),
    termState: t.field({
      type: CommitteeTermStateEnum,
      nullable: true,
      description: 'A filed committee’s term: ENDING_SOON within the rule set’s reminder days of its end (null: none filed)',
      resolve: (r, _a, ctx) =>
        r.election?.status === 'FILED' && r.election.committee.termEnd ? termState(r.election.committee.termEnd, todayOf(ctx), rulesOf(r.election)) : null,
    }),
  }),
});

// ---- public pages: the owner's voting page and the results with the ballot list -----------------------------------

interface VotingPage {
  election: CommitteeElection;
  candidates: CommitteeCandidate[];
  open: boolean;
}

const VotingBallotRef = builder.objectRef<VotingPage>('VotingBallot').implement({
  description: 'What a voting code opens: the election’s list and window (never the unit)',
  authScopes: PUBLIC,
  fields: (t) => ({
    electionId: t.id({ resolve: (v) => v.election.id }),
    communityName: t.string({ resolve: (v) => v.election.community.name }),
    seats: t.int({ resolve: (v) => v.election.seats }),
    opensAt: t.field({ type: 'DateTime', nullable: true, resolve: (v) => v.election.opensAt ?? null }),
    closesAt: t.field({ type: 'DateTime', nullable: true, resolve: (v) => v.election.closesAt ?? null }),
    open: t.boolean({ description: 'Voting is open now', resolve: (v) => v.open }),
    candidates: t.field({ type: [CandidateRef], resolve: (v) => v.candidates }),
  }),
});

type Published = NonNullable<Awaited<ReturnType<typeof publishedElection>>>;
interface ResultsPage {
  election: CommitteeElection;
  published: Published;
  candidates: CommitteeCandidate[];
}

const ResultsRef = builder.objectRef<ResultsPage>('ElectionResults').implement({
  description: 'Published results: the count, the anonymised ballot list (receipt → choices and area, never the unit) and its SHA-256',
  authScopes: PUBLIC,
  fields: (t) => ({
    electionId: t.id({ resolve: (r) => r.election.id }),
    communityName: t.string({ resolve: (r) => r.election.community.name }),
    status: t.field({ type: ElectionStatusEnum, resolve: (r) => r.election.status }),
    countedOn: t.field({ type: 'Date', resolve: (r) => r.published.countedOn }),
    ruleSet: t.field({ type: RuleSetRef, resolve: (r) => rulesOf(r.election) }),
    seats: t.int({ resolve: (r) => r.published.seats }),
    candidates: t.field({ type: [CandidateRef], resolve: (r) => r.candidates }),
    rollHeadcount: t.int({ resolve: (r) => r.published.roll.headcount }),
    rollArea: t.string({ resolve: (r) => areaText(r.published.roll.areaCenti) }),
    participatedHeadcount: t.int({ resolve: (r) => r.published.participated.headcount }),
    participatedArea: t.string({ resolve: (r) => areaText(r.published.participated.areaCenti) }),
    tally: t.field({ type: TallyRef, resolve: (r) => r.election.result! }),
    tieSettledBy: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The elected members’ vote on a tie: [{candidateId, votes}]',
      resolve: (r) => r.election.tieSettlement ?? null,
    }),
    ballotList: t.string({
      description: 'One line per ballot, by receipt id: receipt TAB area in hundredths of m² TAB candidate ids',
      resolve: (r) => r.published.ballotList,
    }),
    ballotListHash: t.string({ resolve: (r) => r.published.ballotListHash }),
    recountMatches: t.boolean({
      // Compared as values: PostgreSQL's jsonb keeps the stored count's keys in its own order.
      description: 'The server’s own check: the list matches its hash and a recount from it equals the official count',
      resolve: async (r) => (await publicationIntact(r.published)) && isDeepStrictEqual(recount(r.published), r.election.result),
    }),
  }),
});

const PublishedBallotRef = builder.objectRef<{ receiptId: string; areaCenti: number; choices: readonly string[] }>('PublishedBallot').implement({
  authScopes: PUBLIC,
  fields: (t) => ({
    receiptId: t.exposeString('receiptId'),
    area: t.string({ resolve: (b) => areaText(b.areaCenti) }),
    choices: t.idList({ resolve: (b) => [...b.choices] }),
  }),
});

const CodeRef = builder.objectRef<IssuedCode>('IssuedVotingCode').implement({
  description: 'A unit’s one-time voting code, shown once for the printable sheet',
  authScopes: MANAGE,
  fields: (t) => ({
    unitId: t.exposeID('unitId'),
    building: t.exposeString('building'),
    unitNo: t.exposeString('unitNo'),
    room: t.exposeString('room'),
    code: t.exposeString('code'),
  }),
});

const ImportReportRef = builder.objectRef<{ units: number; owners: number }>('OwnerImportReport').implement({
  authScopes: MANAGE,
  fields: (t) => ({ units: t.exposeInt('units'), owners: t.exposeInt('owners') }),
});

const PaperEntryRef = builder.objectRef<{ paperNo: string; entries: number; mismatch: boolean }>('PaperEntryResult').implement({
  authScopes: MANAGE,
  fields: (t) => ({ paperNo: t.exposeString('paperNo'), entries: t.exposeInt('entries'), mismatch: t.exposeBoolean('mismatch') }),
});

const ReceiptRef = builder.objectRef<{ receiptId: string; electionId: number }>('BallotReceipt').implement({
  description: 'The voter’s receipt: the only link to their ballot, to find it in the published list',
  authScopes: PUBLIC,
  fields: (t) => ({ receiptId: t.exposeString('receiptId'), electionId: t.exposeID('electionId') }),
});

// ---- reads ---------------------------------------------------------------------------------------------------------

builder.queryField('committeeRegister', (t) =>
  t.field({ type: [RegisterRowRef], authScopes: READ, resolve: (_r, _a, ctx) => committeeRegister(ctx.em, communityScope(ctx)) }),
);

builder.queryField('ownerUnits', (t) =>
  t.field({
    type: [UnitRef],
    description: 'A community’s units and owners of record (the voter roll’s source)',
    authScopes: READ,
    args: { communityId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => unitsOf(ctx.em, parseId(a.communityId) ?? 0, communityScope(ctx)),
  }),
);

builder.queryField('committeeDuties', (t) => t.field({ type: [DutyRef], authScopes: READ, resolve: () => [...COMMITTEE_DUTIES] }));

builder.queryField('committeeElection', (t) =>
  t.field({
    type: ElectionRef,
    nullable: true,
    authScopes: READ,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => electionById(ctx.em, parseId(a.id) ?? 0, communityScope(ctx)),
  }),
);

builder.queryField('votingBallot', (t) =>
  t.field({
    type: VotingBallotRef,
    nullable: true,
    description: 'The owner’s voting page, opened by a one-time code (null: no such code)',
    authScopes: PUBLIC,
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const election = await electionOfCode(ctx.em, a.code);
      if (!election) return null;
      const open = election.status === 'VOTING' && windowIssue({ opensAt: election.opensAt ?? null, closesAt: election.closesAt ?? null }, nowOf(ctx)) == null;
      return { election, candidates: await candidatesOf(ctx.em, election.id), open };
    },
  }),
);

builder.queryField('electionResults', (t) =>
  t.field({
    type: ResultsRef,
    nullable: true,
    description: 'The public results of a counted election (null before the count)',
    authScopes: PUBLIC,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const id = parseId(a.id) ?? 0;
      const [election, published] = await Promise.all([publicElection(ctx.em, id), publishedElection(ctx.em, id)]);
      if (!election || !published) return null;
      return { election, published, candidates: await candidatesOf(ctx.em, id) };
    },
  }),
);

builder.queryField('ballotReceipt', (t) =>
  t.field({
    type: PublishedBallotRef,
    nullable: true,
    description: 'An owner’s check: their receipt’s line in the published ballot list (null: not in it)',
    authScopes: PUBLIC,
    args: { electionId: t.arg.id({ required: true }), receipt: t.arg.string({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const published = await publishedElection(ctx.em, parseId(a.electionId) ?? 0);
      return published ? receiptLine(published.ballotList, a.receipt) : null;
    },
  }),
);

// ---- writes: the commands are in @wuye/db (packages/db/src/committees) ---------------------------------------------

const audit = (action: string, id: number, changes: Record<string, unknown> = {}) => ({ action, entityType: 'CommitteeElection', entityId: id, changes });

/** The election as the caller now sees it, after a command that returns something else. */
const reloaded = async (em: Parameters<typeof electionById>[0], id: number, ctx: Parameters<typeof communityScope>[0]) =>
  (await electionById(em, id, communityScope(ctx)))!;

const OwnerRowInput = builder.inputType('OwnerRowInput', {
  description: 'One row of the owners’ sheet: one owner of a unit (co-owners repeat the unit); no owner on an unsold unit',
  fields: (t) => ({
    building: t.string({ required: true }),
    unitNo: t.string({ required: false }),
    room: t.string({ required: true }),
    area: t.string({ required: true, description: 'Exclusive area, m², at most two decimals' }),
    ownerName: t.string({ required: false }),
    idNumber: t.string({ required: false, description: 'Kept only as a hash (the owner identity) and masked' }),
    phone: t.string({ required: false }),
  }),
});

builder.mutationField('importCommitteeOwners', (t) =>
  t.field({
    type: ImportReportRef,
    description: 'Imports a community’s units and owners of record; nothing is imported when any row is wrong (each bad row is named)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { communityId: t.arg.id({ required: true }), rows: t.arg({ type: [OwnerRowInput], required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const report = await importOwners(em, ctx.principal, a.communityId, a.rows);
        return {
          result: report,
          audit: { action: 'committeeOwners.import', entityType: 'Community', entityId: Number(a.communityId), changes: { ...report } },
        };
      }),
  }),
);

const MemberInput = builder.inputType('PreparatoryMemberInput', {
  fields: (t) => ({ name: t.string({ required: true }), role: t.string({ required: true }) }),
});
const AssemblyInput = builder.inputType('AssemblyInput', {
  description: 'The first assembly: time, place, form and agenda (seed part 2 item 5.1)',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', required: true }),
    place: t.string({ required: true }),
    form: t.field({ type: AssemblyFormEnum, required: true }),
    agenda: t.string({ required: true }),
  }),
});

builder.mutationField('createCommitteeElection', (t) =>
  t.field({
    type: ElectionRef,
    description: 'Forms the preparatory group and calls the assembly under the rule set in effect today',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      communityId: t.arg.id({ required: true }),
      members: t.arg({ type: [MemberInput], required: true }),
      assembly: t.arg({ type: AssemblyInput, required: true }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const e = await createElection(em, ctx.principal, a, todayOf(ctx));
        return { result: e, audit: audit('committeeElection.create', e.id, { communityId: a.communityId, ruleSet: `${e.ruleSetCode} v${e.ruleSetVersion}` }) };
      }),
  }),
);

builder.mutationField('nominateCommitteeCandidate', (t) =>
  t.field({
    type: CandidateRef,
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      electionId: t.arg.id({ required: true }),
      name: t.arg.string({ required: true }),
      unitId: t.arg.id({ required: false }),
      route: t.arg({ type: NominationRouteEnum, required: true }),
      nominatedBy: t.arg.string({ required: false }),
      eligibilityAttested: t.arg.boolean({ required: true }),
      attestedBy: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const c = await nominateCandidate(em, ctx.principal, a.electionId, a, nowOf(ctx));
        return { result: c, audit: audit('committeeCandidate.nominate', c.election.id, { candidateId: c.id, route: a.route }) };
      }),
  }),
);

builder.mutationField('attestCommitteeCandidate', (t) =>
  t.field({
    type: CandidateRef,
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { candidateId: t.arg.id({ required: true }), attestedBy: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const c = await attestCandidate(em, ctx.principal, a.candidateId, a.attestedBy, nowOf(ctx));
        return { result: c, audit: audit('committeeCandidate.attest', c.election.id, { candidateId: c.id }) };
      }),
  }),
);

builder.mutationField('addElectionCounter', (t) =>
  t.field({
    type: CounterRef,
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { electionId: t.arg.id({ required: true }), name: t.arg.string({ required: true }), role: t.arg({ type: CounterRoleEnum, required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const c = await addCounter(em, ctx.principal, a.electionId, a, nowOf(ctx));
        return { result: c, audit: audit('electionCounter.add', c.election.id, { counterId: c.id }) };
      }),
  }),
);

/** The workflow steps that take the election alone. */
const STEPS = {
  publiciseCandidates: {
    run: publiciseCandidates,
    action: 'committeeElection.publicise',
    description: 'Publicises the candidate list (every candidate’s eligibility attested)',
  },
  freezeVoterRoll: { run: freezeRoll, action: 'committeeElection.freezeRoll', description: 'Freezes the voter roll from the owners of record' },
  closeVoting: { run: closeVoting, action: 'committeeElection.close', description: 'Closes voting once the window is over' },
  countVotes: {
    run: countVotes,
    action: 'committeeElection.count',
    description: 'Counts the ballots (paper ballots must be entered alike by two counters); the result is published at once',
  },
} as const;
for (const [name, step] of Object.entries(STEPS)) {
  builder.mutationField(name, (t) =>
    t.field({
      type: ElectionRef,
      description: step.description,
      authScopes: MANAGE,
      errors: { types: WRITE_ERRORS },
      args: { electionId: t.arg.id({ required: true }) },
      resolve: (_r, a, ctx) =>
        auditedWrite(ctx, async (em) => {
          const e = await step.run(em, ctx.principal, a.electionId, nowOf(ctx));
          return { result: e, audit: audit(step.action, e.id, { status: e.status }) };
        }),
    }),
  );
}

builder.mutationField('issueVotingCodes', (t) =>
  t.field({
    type: [CodeRef],
    description: 'One code per unit of the frozen roll, returned once for the printable sheet (only hashes are kept)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { electionId: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const codes = await issueVotingCodes(em, ctx.principal, a.electionId, nowOf(ctx));
        return { result: codes, audit: audit('committeeElection.issueCodes', Number(a.electionId), { codes: codes.length }) };
      }),
  }),
);

builder.mutationField('openVoting', (t) =>
  t.field({
    type: ElectionRef,
    description: 'Opens voting for a window; refused unless the election is contested and two counters are named',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      electionId: t.arg.id({ required: true }),
      opensAt: t.arg({ type: 'DateTime', required: true }),
      closesAt: t.arg({ type: 'DateTime', required: true }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const e = await openVoting(em, ctx.principal, a.electionId, a, nowOf(ctx));
        return { result: e, audit: audit('committeeElection.open', e.id, { opensAt: a.opensAt.toISOString(), closesAt: a.closesAt.toISOString() }) };
      }),
  }),
);

builder.mutationField('castBallot', (t) =>
  t.field({
    type: ReceiptRef,
    description: 'An owner’s online ballot with their unit’s one-time code, inside the voting window; returns the receipt',
    authScopes: PUBLIC,
    errors: { types: WRITE_ERRORS },
    args: { code: t.arg.string({ required: true }), choices: t.arg.idList({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const r = await castOnlineBallot(em, { code: a.code, choices: a.choices.map(String) }, nowOf(ctx));
        // Secrecy: the audit row names the election only, never the code, the receipt or the choices.
        return { result: r, audit: audit('committeeElection.ballot', r.electionId) };
      }),
  }),
);

builder.mutationField('signInPaperVoter', (t) =>
  t.field({
    type: 'String',
    description: 'Signs in a unit’s voter at the assembly (领票); returns the area to print on their paper ballot, m²',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      electionId: t.arg.id({ required: true }),
      unitId: t.arg.id({ required: true }),
      proxyName: t.arg.string({ required: false, description: 'Who signs in under the owner’s written proxy (书面委托)' }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const r = await signInPaperVoter(em, ctx.principal, a.electionId, a.unitId, nowOf(ctx), a.proxyName);
        return { result: r.area, audit: audit('committeeElection.signIn', Number(a.electionId), { unitId: a.unitId, proxy: a.proxyName ?? null }) };
      }),
  }),
);

builder.mutationField('enterPaperBallot', (t) =>
  t.field({
    type: PaperEntryRef,
    description: 'One counter’s entry of a paper ballot; two counters enter each and mismatches are flagged until resolved',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      electionId: t.arg.id({ required: true }),
      counterId: t.arg.id({ required: true }),
      paperNo: t.arg.string({ required: true }),
      choices: t.arg.idList({ required: true }),
      area: t.arg.string({ required: true }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const r = await enterPaperBallot(em, ctx.principal, a.electionId, { ...a, choices: a.choices.map(String) }, nowOf(ctx));
        return { result: r, audit: audit('committeeElection.paperEntry', Number(a.electionId), { counterId: a.counterId, paperNo: r.paperNo }) };
      }),
  }),
);

const VoteInput = builder.inputType('MemberVoteInput', { fields: (t) => ({ candidateId: t.id({ required: true }), votes: t.int({ required: true }) }) });
const OfficerInput = builder.inputType('OfficerInput', {
  fields: (t) => ({
    candidateId: t.id({ required: true }),
    position: t.field({ type: OfficerPositionEnum, required: true }),
    votes: t.int({ required: true }),
  }),
});

builder.mutationField('settleElectionTie', (t) =>
  t.field({
    type: ElectionRef,
    description: 'The elected members settle a tie for the last seat(s), each winner by a majority of them',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { electionId: t.arg.id({ required: true }), winners: t.arg({ type: [VoteInput], required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const winners = a.winners.map((w) => ({ candidateId: String(w.candidateId), votes: w.votes }));
        const e = await settleTie(em, ctx.principal, a.electionId, winners, nowOf(ctx));
        return { result: e, audit: audit('committeeElection.settleTie', e.id, { winners }) };
      }),
  }),
);

builder.mutationField('signOffCount', (t) =>
  t.field({
    type: ElectionRef,
    description: 'The counters sign the count (由监票人签字), at least one of them a monitor; filing waits for it',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { electionId: t.arg.id({ required: true }), counterIds: t.arg.idList({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const e = await signOffCount(em, ctx.principal, a.electionId, a.counterIds.map(String), nowOf(ctx));
        return { result: e, audit: audit('committeeElection.signOff', e.id, { counterIds: e.signedOffBy }) };
      }),
  }),
);

builder.mutationField('electCommitteeOfficers', (t) =>
  t.field({
    type: ElectionRef,
    description: 'Chair and vice-chairs, chosen by the elected members (each by a majority of them)',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { electionId: t.arg.id({ required: true }), officers: t.arg({ type: [OfficerInput], required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const officers = a.officers.map((o) => ({ candidateId: String(o.candidateId), position: o.position, votes: o.votes }));
        await electOfficers(em, ctx.principal, a.electionId, officers, nowOf(ctx));
        return { result: await reloaded(em, Number(a.electionId), ctx), audit: audit('committeeElection.officers', Number(a.electionId), { officers }) };
      }),
  }),
);

builder.mutationField('fileCommittee', (t) =>
  t.field({
    type: ElectionRef,
    description: '备案: files the committee with the township (and the bureau); its term runs from the count',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { electionId: t.arg.id({ required: true }), filedWith: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const c = await fileCommittee(em, ctx.principal, a.electionId, a, nowOf(ctx));
        return {
          result: await reloaded(em, Number(a.electionId), ctx),
          audit: audit('committee.file', Number(a.electionId), { termStart: c.termStart, termEnd: c.termEnd }),
        };
      }),
  }),
);

const DutyAnswerInput = builder.inputType('DutyAnswerInput', {
  fields: (t) => ({ code: t.string({ required: true }), result: t.field({ type: DutyResultEnum, required: true }) }),
});

builder.mutationField('reviewCommitteeDuties', (t) =>
  t.field({
    type: DutyReviewRef,
    description: 'Reviews a filed committee against its duties (seed part 2): every duty answered once',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      committeeId: t.arg.id({ required: true }),
      reviewer: t.arg.string({ required: true }),
      results: t.arg({ type: [DutyAnswerInput], required: true }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const r = await reviewCommitteeDuties(em, ctx.principal, a.committeeId, a, nowOf(ctx));
        return {
          result: r,
          audit: {
            action: 'committee.reviewDuties',
            entityType: 'OwnersCommittee',
            entityId: Number(a.committeeId),
            changes: { reviewId: r.id, notMet: r.results.filter((x) => x.result === 'NOT_MET').map((x) => x.code) },
          },
        };
      }),
  }),
);

builder.mutationField('recordCommitteeVacancy', (t) =>
  t.field({
    type: CandidateRef,
    description: 'A member leaves the committee (resigned, recalled…): the seat is vacant from today',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: { memberId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const m = await recordVacancy(em, ctx.principal, a.memberId, a, nowOf(ctx));
        return { result: m, audit: audit('committee.vacancy', m.election.id, { memberId: m.id, reason: m.leftReason }) };
      }),
  }),
);

builder.mutationField('callSupplementaryElection', (t) =>
  t.field({
    type: ElectionRef,
    description: '补选: an election of the committee in term for its vacant seats; its term and officers stay',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      committeeId: t.arg.id({ required: true }),
      members: t.arg({ type: [MemberInput], required: true }),
      assembly: t.arg({ type: AssemblyInput, required: true }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const e = await callSupplementaryElection(em, ctx.principal, a.committeeId, a, nowOf(ctx));
        return { result: e, audit: audit('committeeElection.supplementary', e.id, { committeeId: a.committeeId, seats: e.seats }) };
      }),
  }),
);

builder.mutationField('recordRecallVote', (t) =>
  t.field({
    type: RecallRef,
    description: 'The assembly’s vote on a recall motion; carried, the members named leave the committee that day',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      motionId: t.arg.id({ required: true }),
      heldOn: t.arg({ type: 'Date', required: true }),
      participatedArea: t.arg.string({ required: true }),
      participatedHeadcount: t.arg.int({ required: true }),
      inFavourArea: t.arg.string({ required: true }),
      inFavourHeadcount: t.arg.int({ required: true }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const m = await recordRecallVote(em, ctx.principal, a.motionId, a, nowOf(ctx));
        return {
          result: m,
          audit: { action: 'committee.recallVote', entityType: 'OwnersCommittee', entityId: m.committee.id, changes: { motionId: m.id, outcome: m.outcome } },
        };
      }),
  }),
);

builder.mutationField('moveRecall', (t) =>
  t.field({
    type: RecallRef,
    description: '罢免提议: owners holding 20% or more of the exclusive area move to recall members of a filed committee',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    args: {
      committeeId: t.arg.id({ required: true }),
      memberIds: t.arg.idList({ required: true }),
      supporterUnitIds: t.arg.idList({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_r, a, ctx) =>
      auditedWrite(ctx, async (em) => {
        const m = await moveRecall(
          em,
          ctx.principal,
          a.committeeId,
          { memberIds: a.memberIds.map(String), supporterUnitIds: a.supporterUnitIds.map(String), reason: a.reason },
          nowOf(ctx),
        );
        return {
          result: m,
          audit: {
            action: 'committee.recall',
            entityType: 'OwnersCommittee',
            entityId: Number(a.committeeId),
            changes: { motionId: m.id, supportingArea: areaText(m.supportingAreaCenti) },
          },
        };
      }),
  }),
);
