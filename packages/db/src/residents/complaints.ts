import type { EntityManager } from '@mikro-orm/core';
import {
  checkPublicComplaintForm,
  findDuplicateComplaint,
  isHoneypotFilled,
  normaliseTrackingCode,
  publicComplaintStatus,
  PUBLIC_COMPLAINT_LIMITS,
  trackingCodeFrom,
  type ComplaintState,
  type IssueCategory,
  type PublicComplaintStatus,
} from '@wuye/domain';
import { Community, PublicComplaint, type PublicComplaintPhotoRef } from '../entities/index.js';
import { RuleError, failOn } from '../rule-error.js';
import { createComplaint, type LoopActor } from '../closed-loop/service.js';

/**
 * Residents' public complaints (docs/residents.md). The complaint enters the closed loop through `createComplaint`
 * on the WEB channel (routed to the owning department at once, SLA clocks running); this file adds the tracking code,
 * the photos and the abuse rules of the public form. The hotline and mailbox channels stay staff-entered.
 */

/** Anyone may complain about any community: the resident files with a county-wide place check and no user row. */
const RESIDENT: LoopActor = { principal: { userId: '', role: 'REGULATOR' }, name: '居民（网上投诉）' };

export interface PublicComplaintInput {
  category: string;
  communityId: string | null;
  content: string;
  contactName?: string | null;
  contactPhone?: string | null;
  /** The honeypot field hidden from people. */
  website?: string | null;
  /** Photos already checked and stored by the caller (typed by content); `mime` null when the content was not recognised. */
  photos: readonly { key: string | null; mime: string | null; bytes: number }[];
}

export interface PublicComplaintReceipt {
  trackingCode: string;
  /** The same complaint was sent recently: the earlier code is answered and nothing new is stored. */
  duplicate: boolean;
  /** False when nothing was stored (honeypot or duplicate): the caller removes any photo bytes it wrote. */
  stored: boolean;
  complaintId: number | null;
}

/**
 * Takes a resident's complaint in: checks the form, answers a filled honeypot with a code that leads nowhere (a
 * program learns nothing), answers a repeat with the earlier code, otherwise files the complaint in the loop and
 * gives it a fresh tracking code. `random(n)` supplies n random bytes (crypto in the server, fixed in tests).
 */
export async function submitPublicComplaint(
  em: EntityManager,
  input: PublicComplaintInput,
  now: Date,
  random: (n: number) => Uint8Array,
): Promise<PublicComplaintReceipt> {
  if (isHoneypotFilled(input.website)) return { trackingCode: trackingCodeFrom(random(10)), duplicate: false, stored: false, complaintId: null };
  failOn(checkPublicComplaintForm(input));
  const place = await em.findOne(Community, { id: Number(input.communityId) });
  if (!place) throw new RuleError([{ field: 'communityId', code: 'UNKNOWN_REFERENCE', params: { id: String(input.communityId) } }]);

  const since = new Date(now.getTime() - PUBLIC_COMPLAINT_LIMITS.duplicateWindowDays * 86_400_000);
  const recent = await em.find(PublicComplaint, { community: place.id, receivedAt: { $gte: since } }, { populate: ['complaint'], orderBy: { id: 'asc' } });
  const earlier = findDuplicateComplaint(
    { communityId: String(place.id), content: input.content },
    recent.map((r) => ({ trackingCode: r.trackingCode, communityId: String(place.id), content: r.complaint.content, receivedAt: r.receivedAt })),
    now,
  );
  if (earlier) {
    const row = recent.find((r) => r.trackingCode === earlier.trackingCode)!;
    row.repeats += 1;
    await em.flush();
    return { trackingCode: row.trackingCode, duplicate: true, stored: false, complaintId: row.complaint.id };
  }

  const complaint = await createComplaint(
    em,
    {
      channel: 'WEB',
      complainantName: input.contactName?.trim() || null,
      complainantPhone: input.contactPhone?.trim() || null,
      complainantCount: 1,
      communityId: place.id,
      category: input.category as IssueCategory,
      content: input.content,
    },
    RESIDENT,
    now,
  );
  let trackingCode = trackingCodeFrom(random(10));
  while (await em.count(PublicComplaint, { trackingCode })) trackingCode = trackingCodeFrom(random(10));
  const photos: PublicComplaintPhotoRef[] = input.photos.map((p) => ({ key: p.key!, mime: p.mime!, bytes: p.bytes }));
  em.create(PublicComplaint, { trackingCode, complaint, community: place, photos, repeats: 0, receivedAt: now });
  await em.flush();
  return { trackingCode, duplicate: false, stored: true, complaintId: complaint.id };
}

/** What the status page shows for a code: public facts only — never the complainant's name or phone. */
export interface PublicComplaintView {
  trackingCode: string;
  status: PublicComplaintStatus;
  category: IssueCategory;
  communityName: string;
  townshipName: string;
  departmentName: string | null;
  receivedAt: Date;
  respondedAt: Date | null;
  handledAt: Date | null;
  closedAt: Date | null;
  answer: string | null;
  rejectionReasons: string | null;
  photoCount: number;
}

/** The complaint behind a tracking code however it is typed, or null (unknown and malformed codes look the same). */
export async function publicComplaintByCode(em: EntityManager, code: string): Promise<PublicComplaintView | null> {
  const trackingCode = normaliseTrackingCode(code);
  if (!trackingCode) return null;
  const row = await em.findOne(PublicComplaint, { trackingCode }, { populate: ['complaint.community', 'complaint.township', 'complaint.department'] });
  if (!row) return null;
  const c = row.complaint;
  return {
    trackingCode,
    status: publicComplaintStatus(c.state as ComplaintState),
    category: c.category as IssueCategory,
    communityName: c.community.name,
    townshipName: c.township.name,
    departmentName: c.department?.name ?? null,
    receivedAt: c.receivedAt,
    respondedAt: c.respondedAt ?? null,
    handledAt: c.handledAt ?? null,
    closedAt: c.closedAt ?? null,
    answer: c.answer ?? null,
    rejectionReasons: c.rejectionReasons ?? null,
    photoCount: row.photos.length,
  };
}

/** The tracking code of a complaint filed through the public form (staff see it on the complaint). */
export async function trackingCodesOf(em: EntityManager, complaintIds: readonly number[]): Promise<Map<number, string>> {
  if (complaintIds.length === 0) return new Map();
  const rows = await em.find(PublicComplaint, { complaint: { $in: [...complaintIds] } });
  return new Map(rows.map((r) => [r.complaint.id, r.trackingCode]));
}
