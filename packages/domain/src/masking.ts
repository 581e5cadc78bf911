import type { Principal } from './permissions.js';

/** 张三 → 张*, 欧阳娜娜 → 欧***; keeps the first character (the surname) of a Chinese name. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** 13812345678 → 138****5678; other numbers keep the first 3 and last 4 digits when long enough. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length >= 11) return p.slice(0, 3) + '*'.repeat(p.length - 7) + p.slice(-4);
  if (p.length > 4) return '*'.repeat(p.length - 4) + p.slice(-4);
  return '*'.repeat(p.length);
}

/**
 * Personal data (docs/product.md §1) is shown in full to ADMIN and REGULATOR, to the department (or, for owners'
 * committee matters, the township) handling the item,
 * and to the firm that employs the person (its own managers' contacts). Everyone else sees it masked.
 */
export interface PersonalDataOwner {
  handlingDepartmentId?: string | null;
  handlingTownshipId?: string | null;
  employerEnterpriseId?: string | null;
}

export function seesPersonalData(principal: Principal | null | undefined, owner: PersonalDataOwner = {}): boolean {
  if (!principal) return false;
  if (principal.role === 'ADMIN' || principal.role === 'REGULATOR') return true;
  if (principal.role === 'DEPARTMENT' && owner.handlingDepartmentId && principal.departmentId === owner.handlingDepartmentId) {
    return true;
  }
  if (principal.role === 'TOWNSHIP' && owner.handlingTownshipId && principal.townshipId === owner.handlingTownshipId) return true;
  if (principal.role === 'ENTERPRISE' && owner.employerEnterpriseId && principal.enterpriseId === owner.employerEnterpriseId) {
    return true;
  }
  return false;
}

/** 110101199003071234 → 110***********1234: an owner's ID number is only ever kept in this form. */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  return s.length > 7 ? s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4) : '*'.repeat(s.length);
}
