import {
  fileTownshipData,
  RuleError,
  townshipDataFiling,
  townshipDataFilings,
  townshipDataSheets,
  type TownshipDataFiling,
  type TownshipDataRow,
  type TownshipDataSheet,
} from '@wuye/db';
import {
  COMMITTEE_DATA_STATES,
  messageFor,
  TOWNSHIP_DATA_ACTIONS,
  TOWNSHIP_DATA_GAPS,
  townshipDataActions,
  type ActionAvailability,
  type GradeCount,
  type TownshipDataAction,
  type TownshipDataSummary,
} from '@wuye/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { ValidationError } from '../errors.js';
import { todayOf } from '../today.js';
import { parseId } from '../write.js';
import { WRITE_ERRORS } from './errors.js';
import { CommunityTypeEnum, CreditGradeEnum, ListStatusEnum, ServiceModeEnum, TownshipRef } from './refs/index.js';

/**
 * 辖区数据建档 (seed part 7 四(二), docs/townships-and-departments.md): each township's archive of its communities — the
 * seed's items (firms, projects and their areas, management offices, owners' committees, firms' and managers' credit)
 * read from the registry, with what is still to record per community. Read by those who read the township work plans
 * (the bureau, departments, analysts; a township its own). The township fills a gap with the registry's own mutations.
 */
const READ = { perm: 'townshipPlan:read' } as const;
/** 报送建档 is written by the township's own staff, as its work plan is (townshipPlan:manage, its own township). */
const MANAGE = { perm: 'townshipPlan:manage' } as const;

const TownshipDataGapEnum = builder.enumType('TownshipDataGap', { values: TOWNSHIP_DATA_GAPS });
const CommitteeDataStateEnum = builder.enumType('CommitteeDataState', { values: COMMITTEE_DATA_STATES });

const GradeCountRef = builder.objectRef<GradeCount>('TownshipDataGradeCount').implement({
  description: 'How many firms or project managers have a grade',
  authScopes: READ,
  fields: (t) => ({
    grade: t.field({ type: CreditGradeEnum, resolve: (g) => g.grade }),
    count: t.exposeInt('count'),
  }),
});

const SummaryRef = builder.objectRef<TownshipDataSummary>('TownshipDataSummary').implement({
  description: 'A township’s archive in figures (seed part 7 四(二))',
  authScopes: READ,
  fields: (t) => ({
    communities: t.exposeInt('communities', { description: '物业管理项目数量' }),
    households: t.exposeInt('households'),
    floorArea: t.exposeFloat('floorArea', { description: '服务区面积, m²' }),
    officeArea: t.exposeFloat('officeArea', { description: '物业管理用房 recorded, m²' }),
    officeRecorded: t.exposeInt('officeRecorded', { description: 'Communities with the management office recorded (0 included)' }),
    enterpriseServed: t.int({ resolve: (s) => s.byServiceMode.ENTERPRISE }),
    basicService: t.int({ resolve: (s) => s.byServiceMode.BASIC_SERVICE }),
    selfManaged: t.int({ resolve: (s) => s.byServiceMode.SELF_MANAGED }),
    noService: t.int({ resolve: (s) => s.byServiceMode.NONE }),
    firms: t.exposeInt('firms', { description: 'Distinct serving firms' }),
    firmsByGrade: t.field({ type: [GradeCountRef], resolve: (s) => s.firmsByGrade }),
    firmsRedListed: t.exposeInt('firmsRedListed'),
    firmsBlackListed: t.exposeInt('firmsBlackListed'),
    managers: t.exposeInt('managers', { description: 'Distinct project managers appointed today' }),
    managersByGrade: t.field({ type: [GradeCountRef], resolve: (s) => s.managersByGrade }),
    committeesInTerm: t.exposeInt('committeesInTerm'),
    committeesExpired: t.exposeInt('committeesExpired'),
    complete: t.exposeInt('complete', { description: 'Communities with nothing left to record' }),
    gaps: t.exposeInt('gaps', { description: 'Items still to record, over all communities' }),
  }),
});

const RowRef = builder.objectRef<TownshipDataRow>('TownshipDataRow').implement({
  description: 'One community of a township’s archive, with the items still to record',
  authScopes: READ,
  fields: (t) => ({
    communityId: t.exposeID('communityId'),
    communityName: t.exposeString('communityName'),
    type: t.field({ type: CommunityTypeEnum, resolve: (r) => r.type }),
    serviceMode: t.field({ type: ServiceModeEnum, resolve: (r) => r.serviceMode }),
    households: t.exposeInt('households'),
    floorArea: t.exposeFloat('floorArea'),
    officeArea: t.float({ nullable: true, resolve: (r) => r.officeArea }),
    enterpriseId: t.id({ nullable: true, resolve: (r) => r.enterprise?.id ?? null }),
    enterpriseName: t.exposeString('enterpriseName', { nullable: true }),
    enterpriseGrade: t.field({ type: CreditGradeEnum, nullable: true, resolve: (r) => r.enterprise?.grade ?? null }),
    enterpriseListStatus: t.field({ type: ListStatusEnum, nullable: true, resolve: (r) => r.enterprise?.listStatus ?? null }),
    managerId: t.id({ nullable: true, resolve: (r) => r.manager?.id ?? null }),
    managerName: t.exposeString('managerName', { nullable: true }),
    managerGrade: t.field({ type: CreditGradeEnum, nullable: true, resolve: (r) => r.manager?.grade ?? null }),
    committee: t.field({ type: CommitteeDataStateEnum, resolve: (r) => r.committee }),
    committeeTermEnd: t.string({ nullable: true, resolve: (r) => r.committeeTermEnd }),
    gaps: t.field({ type: [TownshipDataGapEnum], resolve: (r) => r.gaps }),
  }),
});

const TownshipDataActionEnum = builder.enumType('TownshipDataAction', { values: TOWNSHIP_DATA_ACTIONS });

const TownshipDataAvailableActionRef = builder.objectRef<ActionAvailability<TownshipDataAction>>('TownshipDataAvailableAction').implement({
  description: 'An action the caller may take on a township’s archive, and whether it can be taken now',
  authScopes: READ,
  fields: (t) => ({
    action: t.field({ type: TownshipDataActionEnum, resolve: (a) => a.action }),
    available: t.exposeBoolean('available'),
    reason: t.string({ nullable: true, resolve: (a, _args, ctx) => (a.reason ? messageFor(a.reason, ctx.locale) : null) }),
  }),
});

const SheetRef = builder.objectRef<TownshipDataSheet>('TownshipDataSheet').implement({
  description: '辖区数据建档 — one township’s archive of its communities',
  authScopes: READ,
  fields: (t) => ({
    township: t.field({ type: TownshipRef, resolve: (s) => Number(s.townshipId) }),
    summary: t.field({ type: SummaryRef, resolve: (s) => s.summary }),
    rows: t.field({ type: [RowRef], resolve: (s) => s.rows }),
    lastFiledOn: t.string({ nullable: true, description: 'The day of the township’s latest filing (报送建档)', resolve: (s) => s.lastFiling?.asOf ?? null }),
    lastFilingId: t.id({ nullable: true, resolve: (s) => s.lastFiling?.id ?? null }),
    availableActions: t.field({
      type: [TownshipDataAvailableActionRef],
      description: 'What the caller may do with the archive today (报送建档), each with why not (for buttons)',
      resolve: (s, _a, ctx) =>
        townshipDataActions(
          { townshipId: s.townshipId, communities: s.summary.communities, lastFiledOn: s.lastFiling?.asOf ?? null },
          ctx.principal,
          todayOf(ctx),
        ),
    }),
  }),
});

const FilingRef = builder.objectRef<TownshipDataFiling>('TownshipDataFiling').implement({
  description: '报送建档 — a township’s archive as filed on a day: the figures and rows as they were, frozen',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    township: t.field({ type: TownshipRef, resolve: (f) => f.township.id }),
    asOf: t.string({ description: 'The day the archive was read and filed', resolve: (f) => f.asOf }),
    filedAt: t.expose('filedAt', { type: 'DateTime' }),
    filedByName: t.string({
      nullable: true,
      description: 'The township official who filed it (an official, not personal data)',
      resolve: (f) => f.filedByName ?? null,
    }),
    communities: t.exposeInt('communities'),
    complete: t.exposeInt('complete', { description: 'Communities with nothing left to record, at the time' }),
    gaps: t.exposeInt('gaps', { description: 'Items still to record at the time' }),
    summary: t.field({ type: SummaryRef, resolve: (f) => f.summary as unknown as TownshipDataSummary }),
    rows: t.field({ type: [RowRef], resolve: (f) => f.rows as unknown as TownshipDataRow[] }),
  }),
});

/** A township user reads its own township's archive only; everyone else allowed reads any. */
function townshipIdsFor(ctx: Context, asked: string | number | null | undefined): number[] | null {
  const own = ctx.principal?.role === 'TOWNSHIP' ? Number(ctx.principal.townshipId ?? 0) : null;
  const wanted = asked == null || asked === '' ? null : (parseId(asked) ?? 0);
  if (own != null) return wanted != null && wanted !== own ? [] : [own];
  return wanted != null ? [wanted] : null;
}

builder.queryField('townshipData', (t) =>
  t.field({
    type: [SheetRef],
    description: '辖区数据建档: each township’s archive (a township sees its own), or one township’s',
    authScopes: READ,
    args: { townshipId: t.arg.id({ required: false }) },
    resolve: async (_r, a, ctx) => {
      const ids = townshipIdsFor(ctx, a.townshipId);
      return ids && !ids.length ? [] : townshipDataSheets(ctx.em, ids, todayOf(ctx));
    },
  }),
);

/** A township user reads its own township's filings only; everyone else allowed reads all. */
const townshipScope = (ctx: Context): number | null => (ctx.principal?.role === 'TOWNSHIP' ? Number(ctx.principal.townshipId ?? 0) : null);

builder.queryField('townshipDataFilings', (t) =>
  t.field({
    type: [FilingRef],
    description: '报送建档: the townships’ filed archives, the latest first (a township sees its own), or one township’s',
    authScopes: READ,
    args: { townshipId: t.arg.id({ required: false }) },
    resolve: (_r, a, ctx) => townshipDataFilings(ctx.em, townshipScope(ctx), { townshipId: a.townshipId }),
  }),
);

builder.queryField('townshipDataFiling', (t) =>
  t.field({
    type: FilingRef,
    nullable: true,
    description: 'One filed archive, read only (null when it does not exist or is another township’s)',
    authScopes: READ,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => townshipDataFiling(ctx.em, townshipScope(ctx), a.id),
  }),
);

builder.mutationField('fileTownshipData', (t) =>
  t.field({
    type: FilingRef,
    description: '报送建档: the caller’s township files its archive as of today (a frozen copy); once a day',
    authScopes: MANAGE,
    errors: { types: WRITE_ERRORS },
    resolve: async (_r, _a, ctx) => {
      try {
        return await fileTownshipData(ctx.em, { principal: ctx.principal!, name: ctx.user?.displayName ?? null, ip: ctx.ip }, todayOf(ctx));
      } catch (e) {
        if (e instanceof RuleError) throw ValidationError.fromIssues(e.issues, ctx.locale);
        throw e;
      }
    },
  }),
);
