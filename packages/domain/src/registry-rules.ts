import { isTownshipCategory } from './closed-loop/complaints.js';
import { COMMUNITY_TYPES, ENTERPRISE_STATUSES, ROLES, SERVICE_MODES } from './enums.js';
import type { CommunityType, EnterpriseStatus, ListStatus, Role, ServiceMode } from './enums.js';
import type { FieldIssue } from './field-errors.js';
import { MAX_DATE, MIN_DATE, isIsoDate } from './dates.js';
import { requiredScopeField } from './permissions.js';
import { validateUscc } from './uscc.js';
import { AGENCY_POSITIONS } from './leasing/approvals.js';

/** Checks the whole record as it would be stored, so create and update share one rule set. */
type Issues = FieldIssue[];

function text(issues: Issues, field: string, value: string | null | undefined, opts: { required?: boolean; max: number }) {
  const v = value?.trim() ?? '';
  if (opts.required && v.length === 0) issues.push({ field, code: 'REQUIRED' });
  else if (Array.from(v).length > opts.max) issues.push({ field, code: 'TOO_LONG', params: { max: opts.max } });
}

function date(issues: Issues, field: string, value: string | null | undefined, required = false) {
  if (value == null || value === '') {
    if (required) issues.push({ field, code: 'REQUIRED' });
    return;
  }
  if (!isIsoDate(value)) issues.push({ field, code: 'INVALID_DATE' });
  else if (value < MIN_DATE || value > MAX_DATE) {
    issues.push({ field, code: 'DATE_OUT_OF_RANGE', params: { min: MIN_DATE, max: MAX_DATE } });
  }
}

function nonNegative(issues: Issues, field: string, value: number | null | undefined, opts: { integer?: boolean; max: number }) {
  if (value == null) return;
  if (!Number.isFinite(value)) issues.push({ field, code: 'INVALID_FORMAT' });
  else if (opts.integer && !Number.isInteger(value)) issues.push({ field, code: 'NOT_INTEGER' });
  else if (value < 0) issues.push({ field, code: 'NEGATIVE' });
  else if (value > opts.max) issues.push({ field, code: 'OUT_OF_RANGE', params: { min: 0, max: opts.max } });
}

function oneOf(issues: Issues, field: string, value: string | null | undefined, allowed: readonly string[]) {
  if (value == null) issues.push({ field, code: 'REQUIRED' });
  else if (!allowed.includes(value)) issues.push({ field, code: 'INVALID_FORMAT' });
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$/;
function phone(issues: Issues, field: string, value: string | null | undefined, required = false) {
  const v = value?.trim() ?? '';
  if (v === '') {
    if (required) issues.push({ field, code: 'REQUIRED' });
    return;
  }
  if (!PHONE.test(v)) issues.push({ field, code: 'INVALID_PHONE' });
}

function laterOrEqual(issues: Issues, field: string, value: string | null | undefined, other: string | null | undefined, otherField: string) {
  if (value && other && isIsoDate(value) && isIsoDate(other) && value < other) {
    issues.push({ field, code: 'DATE_BEFORE', params: { other: otherField } });
  }
}

export interface TownshipData {
  name: string;
  code: string;
}
export function checkTownship(t: TownshipData): Issues {
  const issues: Issues = [];
  text(issues, 'name', t.name, { required: true, max: 50 });
  text(issues, 'code', t.code, { required: true, max: 20 });
  if (t.code && !/^[0-9A-Za-z_-]*$/.test(t.code.trim())) issues.push({ field: 'code', code: 'INVALID_FORMAT' });
  return issues;
}

export interface DepartmentData {
  name: string;
  code: string;
  remit: readonly string[];
}
export function checkDepartment(d: DepartmentData, categories: readonly string[]): Issues {
  const issues = checkTownship(d);
  if (d.remit.some((c) => !categories.includes(c))) issues.push({ field: 'remit', code: 'INVALID_FORMAT' });
  const townships = d.remit.find((c) => isTownshipCategory(c));
  if (townships) issues.push({ field: 'remit', code: 'TOWNSHIP_CATEGORY_IN_REMIT', params: { category: townships } });
  return issues;
}

export interface EnterpriseData {
  name: string;
  uscc: string;
  legalRepresentative: string;
  contactPerson?: string | null;
  contactPhone?: string | null;
  address?: string | null;
  status: EnterpriseStatus | string;
}
export function checkEnterprise(e: EnterpriseData): Issues {
  const issues: Issues = [];
  text(issues, 'name', e.name, { required: true, max: 100 });
  const uscc = validateUscc(e.uscc ?? '');
  if (!uscc.ok) {
    const { code, ...params } = uscc.error;
    issues.push({ field: 'uscc', code, params: params as Record<string, string | number> });
  }
  text(issues, 'legalRepresentative', e.legalRepresentative, { required: true, max: 50 });
  text(issues, 'contactPerson', e.contactPerson, { max: 50 });
  phone(issues, 'contactPhone', e.contactPhone);
  text(issues, 'address', e.address, { max: 200 });
  oneOf(issues, 'status', e.status, ENTERPRISE_STATUSES);
  return issues;
}

/** 建设单位 (docs/developers.md): a developer that built communities in the county; its contact is personal data. */
export interface DeveloperData {
  name: string;
  uscc: string;
  contactPerson?: string | null;
  contactPhone?: string | null;
  address?: string | null;
}
export function checkDeveloper(d: DeveloperData): Issues {
  const issues: Issues = [];
  text(issues, 'name', d.name, { required: true, max: 100 });
  const uscc = validateUscc(d.uscc ?? '');
  if (!uscc.ok) {
    const { code, ...params } = uscc.error;
    issues.push({ field: 'uscc', code, params: params as Record<string, string | number> });
  }
  text(issues, 'contactPerson', d.contactPerson, { max: 50 });
  phone(issues, 'contactPhone', d.contactPhone);
  text(issues, 'address', d.address, { max: 200 });
  return issues;
}

export interface ProjectManagerData {
  name: string;
  certificateNo: string;
  phone?: string | null;
}
export function checkProjectManager(m: ProjectManagerData): Issues {
  const issues: Issues = [];
  text(issues, 'name', m.name, { required: true, max: 50 });
  text(issues, 'certificateNo', m.certificateNo, { required: true, max: 40 });
  phone(issues, 'phone', m.phone);
  return issues;
}

export interface AppointmentData {
  startDate: string;
  endDate?: string | null;
  registeredOn?: string | null;
}
export function checkAppointment(a: AppointmentData): Issues {
  const issues: Issues = [];
  date(issues, 'startDate', a.startDate, true);
  date(issues, 'endDate', a.endDate);
  date(issues, 'registeredOn', a.registeredOn);
  laterOrEqual(issues, 'endDate', a.endDate, a.startDate, 'startDate');
  return issues;
}

export interface CommunityData {
  name: string;
  address?: string | null;
  type: CommunityType | string;
  households: number;
  floorArea: number;
  deliveryDate?: string | null;
  serviceMode: ServiceMode | string;
  hasEnterprise: boolean;
  contractStart?: string | null;
  contractEnd?: string | null;
  officeArea?: number | null;
  maintenanceFundBalance?: number | null;
}
export function checkCommunity(c: CommunityData): Issues {
  const issues: Issues = [];
  text(issues, 'name', c.name, { required: true, max: 100 });
  text(issues, 'address', c.address, { max: 200 });
  oneOf(issues, 'type', c.type, COMMUNITY_TYPES);
  oneOf(issues, 'serviceMode', c.serviceMode, SERVICE_MODES);
  nonNegative(issues, 'households', c.households, { integer: true, max: 1_000_000 });
  nonNegative(issues, 'floorArea', c.floorArea, { max: 100_000_000 });
  nonNegative(issues, 'officeArea', c.officeArea, { max: 1_000_000 });
  nonNegative(issues, 'maintenanceFundBalance', c.maintenanceFundBalance, { max: 1e12 });
  date(issues, 'deliveryDate', c.deliveryDate);
  date(issues, 'contractStart', c.contractStart);
  date(issues, 'contractEnd', c.contractEnd);
  laterOrEqual(issues, 'contractEnd', c.contractEnd, c.contractStart, 'contractStart');
  if (c.serviceMode === 'ENTERPRISE' && !c.hasEnterprise) issues.push({ field: 'enterpriseId', code: 'ENTERPRISE_REQUIRED_FOR_MODE' });
  if (c.serviceMode !== 'ENTERPRISE' && c.hasEnterprise) issues.push({ field: 'enterpriseId', code: 'ENTERPRISE_NOT_ALLOWED_FOR_MODE' });
  return issues;
}

/** docs/product.md §3: a black-listed or expelled enterprise cannot be made the serving enterprise of a community. */
export function servingIneligibility(e: { status: EnterpriseStatus | string; listStatus: ListStatus | string }): 'BLACK' | 'EXPELLED' | null {
  if (e.status === 'EXPELLED') return 'EXPELLED';
  if (e.listStatus === 'BLACK') return 'BLACK';
  return null;
}

export const PASSWORD_MIN_LENGTH = 10;
export function checkPassword(field: string, password: string): Issues {
  if (password.length < PASSWORD_MIN_LENGTH || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    return [{ field, code: 'PASSWORD_WEAK', params: { min: PASSWORD_MIN_LENGTH } }];
  }
  if (password.length > 200) return [{ field, code: 'TOO_LONG', params: { max: 200 } }];
  return [];
}

export interface UserData {
  username: string;
  displayName: string;
  role: Role | string;
  townshipId?: string | null;
  departmentId?: string | null;
  enterpriseId?: string | null;
  agencyId?: string | null;
  /** AGENCY only: the member's position in the working group. */
  position?: string | null;
}
export function checkUser(u: UserData): Issues {
  const issues: Issues = [];
  text(issues, 'username', u.username, { required: true, max: 40 });
  if (u.username && !/^[a-z0-9][a-z0-9._-]{2,39}$/.test(u.username)) issues.push({ field: 'username', code: 'INVALID_FORMAT' });
  text(issues, 'displayName', u.displayName, { required: true, max: 50 });
  oneOf(issues, 'role', u.role, ROLES);
  if ((ROLES as readonly string[]).includes(u.role)) {
    const needed = requiredScopeField(u.role as Role);
    for (const f of ['townshipId', 'departmentId', 'enterpriseId', 'agencyId'] as const) {
      if (f === needed && !u[f]) issues.push({ field: f, code: 'SCOPE_REQUIRED', params: { role: u.role } });
      if (f !== needed && u[f]) issues.push({ field: f, code: 'SCOPE_NOT_ALLOWED', params: { role: u.role } });
    }
    if (u.role === 'AGENCY') oneOf(issues, 'position', u.position ?? null, AGENCY_POSITIONS);
    else if (u.position) issues.push({ field: 'position', code: 'SCOPE_NOT_ALLOWED', params: { role: u.role } });
  }
  return issues;
}
