import type { EntityManager } from '@mikro-orm/core';
import {
  appointmentRunsOn,
  committeeDataState,
  communityDataGaps,
  summariseTownshipData,
  type CommitteeDataState,
  type CommunityType,
  type CreditGrade,
  type ListStatus,
  type ServiceMode,
  type TownshipDataGap,
  type TownshipDataRowFacts,
  type TownshipDataSummary,
} from '@wuye/domain';
import { Community, ManagerAppointment, OwnersCommittee, Township } from '../entities/index.js';

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
  return townships.map((t) => {
    const rows = rowsByTownship.get(t.id)!;
    return { townshipId: String(t.id), townshipName: t.name, summary: summariseTownshipData(rows), rows };
  });
}
