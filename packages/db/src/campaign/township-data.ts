import type { EntityManager } from '@mikro-orm/core';
import {
  appointmentRunsOn,
  committeeDataState,
  communityDataGaps,
  summariseTownshipData,
  townshipDataFilingIssue,
  townshipPlanScopeIssue,
  type CommitteeDataState,
  type Principal,
  type CommunityType,
  type CreditGrade,
  type ListStatus,
  type ServiceMode,
  type TownshipDataGap,
  type TownshipDataRowFacts,
  type TownshipDataSummary,
} from '@wuye/domain';
import { recordAudit } from '../audit.js';
import { Community, ManagerAppointment, OwnersCommittee, Township, TownshipDataFiling, User } from '../entities/index.js';
import { parseId } from '../references.js';
import { failOn } from '../rule-error.js';

/**
 * A township's data collection for its communities (seed part 7 四(二), docs/townships-and-departments.md): the registry's
 * data on each community of the township — the seed's items — with what is still to record. Read only: the township
 * fills a gap with the registry's own commands (community update, manager appointment), so there is one write path.
 */

export interface TownshipDataRow extends TownshipDataRowFacts {
  communityId: string;
  communityName: string;
  type: CommunityType;
  serviceMode: ServiceMode;
  enterpriseName: string | null;
  managerName: string | null;
  committeeTermEnd: string | null;
  gaps: TownshipDataGap[];
}

export interface TownshipDataSheet {
  townshipId: string;
  townshipName: string;
  summary: TownshipDataSummary;
  rows: TownshipDataRow[];
  /** The township's latest filing (报送建档), if any. */
  lastFiling: { id: number; asOf: string } | null;
}

/**
 * The sheets of the townships in `townshipIds` (null: every township), each with its communities in name order; a
 * fixed number of statements for any number of townships. `today` decides which appointments run and which committees
 * are in term.
 */
export async function townshipDataSheets(em: EntityManager, townshipIds: readonly number[] | null, today: string): Promise<TownshipDataSheet[]> {
  const townships = await em.find(Township, townshipIds ? { id: { $in: [...townshipIds] } } : {}, { orderBy: { code: 'ASC' } });
  if (!townships.length) return [];
  const ids = townships.map((t) => t.id);
  const communities = await em.find(Community, { township: { $in: ids } }, { populate: ['enterprise'], orderBy: { name: 'ASC', id: 'ASC' } });
  // By township, not by a list of community ids: a county's communities may outnumber a statement's parameters.
  const inTownships = { township: { $in: ids } };
  const appointments = communities.length
    ? await em.find(
        ManagerAppointment,
        { community: inTownships, startDate: { $lte: today }, $or: [{ endDate: null }, { endDate: { $gte: today } }] },
        { populate: ['manager'], orderBy: { startDate: 'DESC', id: 'DESC' } },
      )
    : [];
  const committees = communities.length
    ? await em.find(
        OwnersCommittee,
        { community: inTownships, filedOn: { $ne: null }, termStart: { $lte: today } },
        { orderBy: { termStart: 'DESC', id: 'DESC' } },
      )
    : [];

  const firmOf = new Map(communities.map((c) => [c.id, c.serviceMode === 'ENTERPRISE' ? (c.enterprise?.id ?? null) : null]));
  const managerOf = new Map<number, ManagerAppointment>();
  for (const a of appointments) {
    const community = a.community.id;
    // The serving firm's manager appointed today, the latest first (another firm's manager does not count).
    if (managerOf.has(community) || !appointmentRunsOn(a, today)) continue;
    if (firmOf.get(community) != null && a.manager.enterprise.id === firmOf.get(community)) managerOf.set(community, a);
  }
  const committeeOf = new Map<number, OwnersCommittee>();
  for (const c of committees) if (!committeeOf.has(c.community.id)) committeeOf.set(c.community.id, c);

  const rowsByTownship = new Map<number, TownshipDataRow[]>(ids.map((id) => [id, []]));
  for (const c of communities) {
    const firm = c.serviceMode === 'ENTERPRISE' ? (c.enterprise ?? null) : null;
    const appointment = firm ? managerOf.get(c.id) : undefined;
    const committee = committeeOf.get(c.id) ?? null;
    const state: CommitteeDataState = committeeDataState(committee, today);
    const facts = {
      type: c.type as CommunityType,
      serviceMode: c.serviceMode as ServiceMode,
      address: c.address ?? null,
      deliveryDate: c.deliveryDate ?? null,
      officeArea: c.officeArea == null ? null : Number(c.officeArea),
      maintenanceFundBalance: c.maintenanceFundBalance == null ? null : Number(c.maintenanceFundBalance),
      contractStart: c.contractStart ?? null,
      hasCurrentManager: !!appointment,
    };
    rowsByTownship.get(c.township.id)!.push({
      ...facts,
      communityId: String(c.id),
      communityName: c.name,
      households: c.households,
      floorArea: Number(c.floorArea),
      committee: state,
      committeeTermEnd: state === 'NONE' ? null : (committee?.termEnd ?? null),
      enterprise: firm ? { id: String(firm.id), grade: firm.grade as CreditGrade, listStatus: firm.listStatus as ListStatus } : null,
      enterpriseName: firm?.name ?? null,
      manager: appointment ? { id: String(appointment.manager.id), grade: appointment.manager.grade as CreditGrade } : null,
      managerName: appointment?.manager.name ?? null,
      gaps: communityDataGaps(facts),
    });
  }
  const latest = await latestTownshipDataFilings(em, ids);
  return townships.map((t) => {
    const rows = rowsByTownship.get(t.id)!;
    return { townshipId: String(t.id), townshipName: t.name, summary: summariseTownshipData(rows), rows, lastFiling: latest.get(t.id) ?? null };
  });
}

/** The latest filing day of each township in `townshipIds` (null: all), one statement. */
export async function latestTownshipDataFilings(em: EntityManager, townshipIds: readonly number[] | null): Promise<Map<number, { id: number; asOf: string }>> {
  const filings = await em.find(TownshipDataFiling, townshipIds ? { township: { $in: [...townshipIds] } } : {}, {
    fields: ['id', 'township', 'asOf'],
    orderBy: { asOf: 'DESC', id: 'DESC' },
  });
  const latest = new Map<number, { id: number; asOf: string }>();
  for (const f of filings) if (!latest.has(f.township.id)) latest.set(f.township.id, { id: f.id, asOf: f.asOf });
  return latest;
}

export interface TownshipDataActor {
  principal: Principal;
  /** The filer's name for the filing and the audit row. */
  name: string | null;
  ip?: string | null;
}

/**
 * 报送建档: the caller's township files its archive as of `today` — the sheet read now, frozen with who filed it — in
 * one transaction with its audit row. Refused (RuleError, nothing written) for anyone but the township's own staff
 * (townshipPlan:manage), for a township without a community, and a second time the same day.
 */
export async function fileTownshipData(em: EntityManager, actor: TownshipDataActor, today: string): Promise<TownshipDataFiling> {
  const who = actor.principal;
  const townshipId = String(who.townshipId ?? '');
  const scope = townshipPlanScopeIssue({ townshipId }, who);
  if (scope) failOn([scope]);
  return em.transactional(async (tx) => {
    const id = parseId(townshipId) ?? 0;
    const [sheet] = await townshipDataSheets(tx, [id], today);
    if (!sheet) failOn([{ field: 'townshipId', code: 'UNKNOWN_REFERENCE', params: { id: townshipId } }]);
    const last = (await latestTownshipDataFilings(tx, [id])).get(id) ?? null;
    const refused = townshipDataFilingIssue({ townshipId, communities: sheet!.summary.communities, lastFiledOn: last?.asOf ?? null }, today);
    if (refused) failOn([refused]);
    const filing = tx.create(TownshipDataFiling, {
      township: tx.getReference(Township, id),
      asOf: today,
      communities: sheet!.summary.communities,
      complete: sheet!.summary.complete,
      gaps: sheet!.summary.gaps,
      // A deep copy: the frozen filing shares nothing with the sheet it was read from.
      summary: JSON.parse(JSON.stringify(sheet!.summary)) as Record<string, unknown>,
      rows: JSON.parse(JSON.stringify(sheet!.rows)) as Record<string, unknown>[],
      filedBy: who.userId ? tx.getReference(User, Number(who.userId)) : null,
      filedByName: actor.name,
    });
    await tx.flush();
    recordAudit(
      tx,
      { userId: who.userId ? Number(who.userId) : null, name: actor.name, ip: actor.ip ?? null },
      {
        action: 'townshipData.submit',
        entityType: 'TownshipDataFiling',
        entityId: filing.id,
        changes: { township: sheet!.townshipName, asOf: today, communities: filing.communities, complete: filing.complete, gaps: filing.gaps },
      },
    );
    return filing;
  });
}

/**
 * Filings as a caller sees them, the latest first: a township its own only (`townshipScope` = its township), the
 * bureau, departments and analysts every township's (null), optionally one township's.
 */
export async function townshipDataFilings(
  em: EntityManager,
  townshipScope: number | null,
  filter: { townshipId?: string | number | null } = {},
): Promise<TownshipDataFiling[]> {
  let township: number | null = townshipScope;
  if (filter.townshipId != null && filter.townshipId !== '') {
    const t = parseId(filter.townshipId) ?? 0;
    if (townshipScope != null && t !== townshipScope) return [];
    township = t;
  }
  return em.find(TownshipDataFiling, township != null ? { township } : {}, {
    populate: ['township'],
    orderBy: { asOf: 'DESC', id: 'DESC' },
  });
}

/** One filing, if the caller may read it (a township its own only). */
export async function townshipDataFiling(em: EntityManager, townshipScope: number | null, id: string | number): Promise<TownshipDataFiling | null> {
  const filing = await em.findOne(TownshipDataFiling, { id: parseId(id) ?? 0 }, { populate: ['township'] });
  if (!filing || (townshipScope != null && filing.township.id !== townshipScope)) return null;
  return filing;
}
