import type { AppPermissions } from '../authProvider/permissions';

/** What may be done to a credit record from the dashboard; the API enforces the same rules (docs/credit.md). */
export type RecordAction = 'PUBLICIZE' | 'OBJECT' | 'DECIDE_OBJECTION' | 'REVOKE' | 'APPLY_REPAIR';

export interface RecordFacts {
  status: string;
  points: number;
  enterpriseId: string;
  objectionDeadline?: string | null;
  expiresOn?: string | null;
  proposedById?: string | null;
  objections?: readonly { status: string }[] | null;
}

type Who = Pick<AppPermissions, 'id' | 'permissions'> & { enterprise?: { id: string } | null };

const REVOCABLE = ['PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'EXPIRED'];

/**
 * The actions offered for a record in a state to a user:
 * - the bureau (`credit:decide`) publicizes a PROPOSED record, decides a pending objection unless it proposed the
 *   record itself, and revokes (with a reason, optionally re-issuing) any record not yet REVOKED or REPAIRED;
 * - the firm (`objection:file`, own records) objects while PUBLICIZING up to the deadline, and (`repair:apply`)
 *   applies to repair a CONFIRMED negative record still in effect.
 */
export function creditRecordActions(record: RecordFacts, me: Who | null | undefined, today: string): RecordAction[] {
  if (!me) return [];
  const can = (p: string) => me.permissions.includes(p);
  const own = !!me.enterprise && String(me.enterprise.id) === String(record.enterpriseId);
  const pendingObjection = (record.objections ?? []).some((o) => o.status === 'PENDING');
  const out: RecordAction[] = [];
  if (can('credit:decide') && record.status === 'PROPOSED') out.push('PUBLICIZE');
  if (
    can('objection:file') &&
    own &&
    record.status === 'PUBLICIZING' &&
    !!record.objectionDeadline &&
    today <= record.objectionDeadline &&
    !pendingObjection
  ) {
    out.push('OBJECT');
  }
  if (can('credit:decide') && record.status === 'OBJECTED' && String(record.proposedById ?? '') !== String(me.id)) out.push('DECIDE_OBJECTION');
  if (can('repair:apply') && own && record.status === 'CONFIRMED' && record.points < 0 && (!record.expiresOn || today <= record.expiresOn)) {
    out.push('APPLY_REPAIR');
  }
  if (can('credit:decide') && REVOCABLE.includes(record.status)) out.push('REVOKE');
  return out;
}

/** Days left to object (0 on the deadline day), or null outside the window. */
export function objectionDaysLeft(deadline: string | null | undefined, today: string): number | null {
  if (!deadline || today > deadline) return null;
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
