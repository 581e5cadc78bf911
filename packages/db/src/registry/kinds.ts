import {
  ISSUE_CATEGORIES,
  checkCommunity,
  checkDepartment,
  checkEnterprise,
  checkProjectManager,
  checkTownship,
  servingIneligibility,
  type CommunityType,
  type EnterpriseStatus,
  type FieldIssue,
  type IssueCategory,
  type ServiceMode,
} from '@wuye/domain';
import { Community, Department, Enterprise, ProjectManager, Township } from '../entities/index.js';
import { refreshEnterpriseCredit, refreshManagerCredit } from '../credit/service.js';
import { checkUnique, reference } from '../references.js';
import { ownFirmIssue, type RegistryKind } from './service.js';
import { recordCommunityHistory } from './history.js';

/**
 * The registry's kinds of row: their plain data (what the audit trail compares), their rules and how they are
 * stored. Ids of referenced rows travel as strings, as the API gives them.
 */

export type TownshipData = {
  name: string;
  code: string;
};

export const townshipKind: RegistryKind<Township, TownshipData> = {
  entity: Township,
  snapshot: (t) => ({ name: t.name, code: t.code }),
  validate: async (em, data, existing) => {
    const issues = checkTownship(data);
    await checkUnique(em, Township, 'name', data.name, existing?.id ?? null, issues);
    await checkUnique(em, Township, 'code', data.code, existing?.id ?? null, issues);
    return issues;
  },
  apply: (em, data, existing) => (existing ? em.assign(existing, data) : em.create(Township, data)),
};

export type DepartmentData = {
  name: string;
  code: string;
  remit: IssueCategory[];
};

export const departmentKind: RegistryKind<Department, DepartmentData> = {
  entity: Department,
  snapshot: (d) => ({ name: d.name, code: d.code, remit: d.remit as IssueCategory[] }),
  validate: async (em, data, existing) => {
    const issues = checkDepartment(data, ISSUE_CATEGORIES);
    await checkUnique(em, Department, 'name', data.name, existing?.id ?? null, issues);
    await checkUnique(em, Department, 'code', data.code, existing?.id ?? null, issues);
    return issues;
  },
  apply: (em, data, existing) => (existing ? em.assign(existing, data) : em.create(Department, data)),
};

export type EnterpriseData = {
  name: string;
  uscc: string;
  legalRepresentative: string;
  contactPerson: string | null;
  contactPhone: string | null;
  address: string | null;
  townshipId: string;
  status: EnterpriseStatus;
};

export const enterpriseKind: RegistryKind<Enterprise, EnterpriseData> = {
  entity: Enterprise,
  snapshot: (e) => ({
    name: e.name,
    uscc: e.uscc,
    legalRepresentative: e.legalRepresentative,
    contactPerson: e.contactPerson ?? null,
    contactPhone: e.contactPhone ?? null,
    address: e.address ?? null,
    townshipId: String(e.township.id),
    status: e.status as EnterpriseStatus,
  }),
  validate: async (em, data, existing) => {
    const issues = checkEnterprise(data);
    if (!issues.some((i) => i.field === 'uscc')) await checkUnique(em, Enterprise, 'uscc', data.uscc, existing?.id ?? null, issues);
    await reference(em, Township, 'townshipId', data.townshipId, issues);
    return issues;
  },
  apply: (em, { townshipId, ...data }, existing) => {
    const township = em.getReference(Township, Number(townshipId));
    return existing ? em.assign(existing, { ...data, township }) : em.create(Enterprise, { ...data, township });
  },
  // A new firm starts at the standing of no records under the standard in force, so it ranks and filters at once.
  afterWrite: async (em, firm, _data, before, today) => {
    if (!before) await refreshEnterpriseCredit(em, firm.id, today);
  },
};

export type CommunityData = {
  name: string;
  townshipId: string;
  address: string | null;
  type: CommunityType;
  households: number;
  floorArea: number;
  deliveryDate: string | null;
  serviceMode: ServiceMode;
  enterpriseId: string | null;
  contractStart: string | null;
  contractEnd: string | null;
  officeArea: number | null;
  maintenanceFundBalance: number | null;
};

/** A township's staff keep the communities of their own township; a black-listed or expelled firm takes on none. */
export const communityKind: RegistryKind<Community, CommunityData> = {
  entity: Community,
  canUpdate: (c, who) => who?.role !== 'TOWNSHIP' || String(c.township.id) === who.townshipId,
  snapshot: (c) => ({
    name: c.name,
    townshipId: String(c.township.id),
    address: c.address ?? null,
    type: c.type as CommunityType,
    households: c.households,
    floorArea: Number(c.floorArea),
    deliveryDate: c.deliveryDate ?? null,
    serviceMode: c.serviceMode as ServiceMode,
    enterpriseId: c.enterprise ? String(c.enterprise.id) : null,
    contractStart: c.contractStart ?? null,
    contractEnd: c.contractEnd ?? null,
    officeArea: c.officeArea == null ? null : Number(c.officeArea),
    maintenanceFundBalance: c.maintenanceFundBalance == null ? null : Number(c.maintenanceFundBalance),
  }),
  validate: async (em, data, existing, who) => {
    const issues: FieldIssue[] = checkCommunity({ ...data, hasEnterprise: Boolean(data.enterpriseId) });
    await reference(em, Township, 'townshipId', data.townshipId, issues);
    if (who?.role === 'TOWNSHIP' && data.townshipId !== who.townshipId) issues.push({ field: 'townshipId', code: 'OUT_OF_SCOPE' });
    const firm = await reference(em, Enterprise, 'enterpriseId', data.enterpriseId, issues);
    const changesFirm = !existing || String(existing.enterprise?.id ?? '') !== String(data.enterpriseId ?? '');
    const reason = firm && changesFirm ? servingIneligibility(firm) : null;
    if (firm && reason) issues.push({ field: 'enterpriseId', code: 'ENTERPRISE_INELIGIBLE', params: { name: firm.name, reason } });
    return issues;
  },
  apply: (em, { townshipId, enterpriseId, ...data }, existing) => {
    const refs = {
      township: em.getReference(Township, Number(townshipId)),
      enterprise: enterpriseId ? em.getReference(Enterprise, Number(enterpriseId)) : null,
    };
    return existing ? em.assign(existing, { ...data, ...refs }) : em.create(Community, { ...data, ...refs });
  },
  // The history (issue 17): a new community, or a change of firm, kind, service mode or township, opens a version.
  afterWrite: async (em, community, _data, before, today) => {
    await recordCommunityHistory(
      em,
      community,
      before && {
        townshipId: Number(before.townshipId),
        enterpriseId: before.enterpriseId ? Number(before.enterpriseId) : null,
        type: before.type,
        serviceMode: before.serviceMode,
      },
      today,
    );
  },
};

export type ProjectManagerData = {
  name: string;
  enterpriseId: string;
  certificateNo: string;
  phone: string | null;
};

/** A firm keeps its own roster. */
export const projectManagerKind: RegistryKind<ProjectManager, ProjectManagerData> = {
  entity: ProjectManager,
  canUpdate: (m, who) => who?.role !== 'ENTERPRISE' || String(m.enterprise.id) === who.enterpriseId,
  snapshot: (m) => ({ name: m.name, enterpriseId: String(m.enterprise.id), certificateNo: m.certificateNo, phone: m.phone ?? null }),
  validate: async (em, data, existing, who) => {
    const issues = [...checkProjectManager(data), ...ownFirmIssue(who, data.enterpriseId)];
    await reference(em, Enterprise, 'enterpriseId', data.enterpriseId, issues);
    await checkUnique(em, ProjectManager, 'certificateNo', data.certificateNo, existing?.id ?? null, issues);
    return issues;
  },
  apply: (em, { enterpriseId, ...data }, existing) => {
    const enterprise = em.getReference(Enterprise, Number(enterpriseId));
    return existing ? em.assign(existing, { ...data, enterprise }) : em.create(ProjectManager, { ...data, enterprise });
  },
  afterWrite: async (em, manager, _data, before, today) => {
    if (!before) await refreshManagerCredit(em, manager.id, today);
  },
};
