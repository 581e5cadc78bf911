import { ISSUE_CATEGORIES } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';
import type { ComplaintState } from '../closed-loop/complaints.js';

/**
 * The public complaint form (docs/residents.md): what a resident may send without an account, and the rules that
 * keep it abuse-safe without outside services — limits on text and photos, a honeypot field, duplicate detection
 * and a tracking code. The per-address rate limit is the server's (apps/server/src/rate-limits.ts).
 */
export const PUBLIC_COMPLAINT_LIMITS = {
  contentMin: 10,
  contentMax: 1000,
  nameMax: 20,
  phoneMax: 20,
  photosMax: 3,
  photoMaxBytes: 5 * 1024 * 1024,
  photoTypes: ['image/jpeg', 'image/png'] as readonly string[],
  /** An earlier complaint about the same community within this many days, with near-identical text, is the same one. */
  duplicateWindowDays: 7,
  /** Dice similarity of the normalised texts at or above which two complaints are near-identical. */
  duplicateSimilarity: 0.9,
} as const;

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

export interface PublicComplaintPhoto {
  /** The type recognised from the content (never the name): image/jpeg or image/png; null when not recognised. */
  mime: string | null;
  bytes: number;
}

export interface PublicComplaintForm {
  category: string;
  communityId: string | null;
  content: string;
  contactName?: string | null;
  contactPhone?: string | null;
  photos: readonly PublicComplaintPhoto[];
}

/** The field issues of a public complaint (nothing is stored while there are any). */
export function checkPublicComplaintForm(form: PublicComplaintForm): FieldIssue[] {
  const L = PUBLIC_COMPLAINT_LIMITS;
  const issues: FieldIssue[] = [];
  if (!form.category) issues.push({ field: 'category', code: 'REQUIRED' });
  else if (!(ISSUE_CATEGORIES as readonly string[]).includes(form.category)) issues.push({ field: 'category', code: 'INVALID_FORMAT' });
  if (!form.communityId) issues.push({ field: 'communityId', code: 'REQUIRED' });
  else if (!/^[1-9]\d{0,9}$/.test(form.communityId)) issues.push({ field: 'communityId', code: 'INVALID_ID', params: { id: form.communityId } });
  const content = Array.from(form.content.trim()).length;
  if (content === 0) issues.push({ field: 'content', code: 'REQUIRED' });
  else if (content < L.contentMin) issues.push({ field: 'content', code: 'TOO_SHORT', params: { min: L.contentMin } });
  else if (content > L.contentMax) issues.push({ field: 'content', code: 'TOO_LONG', params: { max: L.contentMax } });
  const name = form.contactName?.trim() ?? '';
  if (Array.from(name).length > L.nameMax) issues.push({ field: 'contactName', code: 'TOO_LONG', params: { max: L.nameMax } });
  const phone = form.contactPhone?.trim() ?? '';
  if (phone && !PHONE.test(phone)) issues.push({ field: 'contactPhone', code: 'INVALID_PHONE' });
  if (form.photos.length > L.photosMax) issues.push({ field: 'photos', code: 'TOO_MANY_PHOTOS', params: { max: L.photosMax } });
  form.photos.forEach((p, i) => {
    if (!p.mime || !L.photoTypes.includes(p.mime)) issues.push({ field: `photos.${i + 1}`, code: 'PHOTO_TYPE' });
    else if (p.bytes > L.photoMaxBytes) issues.push({ field: `photos.${i + 1}`, code: 'PHOTO_TOO_LARGE', params: { max: L.photoMaxBytes / 1048576 } });
  });
  return issues;
}

/** The honeypot: a field hidden from people; a program that fills every field fills it too. */
export function isHoneypotFilled(value: string | null | undefined): boolean {
  return (value ?? '').trim().length > 0;
}

/** Text reduced to what matters for comparison: letters and digits, lower case, no spaces or punctuation. */
export function normaliseComplaintText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const chars = Array.from(s);
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient over character bigrams of the normalised texts: 1 for the same text, 0 for nothing in common. */
export function complaintTextSimilarity(a: string, b: string): number {
  const x = bigrams(normaliseComplaintText(a));
  const y = bigrams(normaliseComplaintText(b));
  let sx = 0;
  let sy = 0;
  let common = 0;
  for (const n of x.values()) sx += n;
  for (const [g, n] of y) {
    sy += n;
    common += Math.min(n, x.get(g) ?? 0);
  }
  if (sx + sy === 0) return 1;
  return (2 * common) / (sx + sy);
}

export interface EarlierPublicComplaint {
  trackingCode: string;
  communityId: string;
  content: string;
  receivedAt: Date;
}

/**
 * The earlier complaint a new one repeats: same community, received within the window before `now`, near-identical
 * text. The earliest such one, so a resident who sends the same text again gets back the first code.
 */
export function findDuplicateComplaint(
  candidate: { communityId: string; content: string },
  earlier: readonly EarlierPublicComplaint[],
  now: Date,
): EarlierPublicComplaint | null {
  const from = now.getTime() - PUBLIC_COMPLAINT_LIMITS.duplicateWindowDays * 86_400_000;
  const matches = earlier.filter(
    (e) =>
      e.communityId === candidate.communityId &&
      e.receivedAt.getTime() >= from &&
      e.receivedAt.getTime() <= now.getTime() &&
      complaintTextSimilarity(e.content, candidate.content) >= PUBLIC_COMPLAINT_LIMITS.duplicateSimilarity,
  );
  matches.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  return matches[0] ?? null;
}

/** No 0/O, 1/I/L: a code read out on the phone or copied by hand is not misread. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;

/** A tracking code from random bytes (the caller supplies them): TS-XXXXX-XXXXX, about 49 bits. */
export function trackingCodeFrom(random: Uint8Array, prefix = 'TS'): string {
  if (random.length < CODE_LENGTH) throw new Error(`a tracking code needs ${CODE_LENGTH} random bytes`);
  const chars = Array.from(random.slice(0, CODE_LENGTH), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]!).join('');
  return `${prefix}-${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** A typed-in code as stored (upper case, spaces removed), or null when it cannot be one. */
export function normaliseTrackingCode(input: string, prefix = 'TS'): string | null {
  const s = input.toUpperCase().replace(/\s+/g, '');
  const re = new RegExp(`^${prefix}-?([${CODE_ALPHABET}]{5})-?([${CODE_ALPHABET}]{5})$`);
  const m = re.exec(s);
  return m ? `${prefix}-${m[1]}-${m[2]}` : null;
}

export const PUBLIC_COMPLAINT_STATUSES = ['ACCEPTED', 'IN_PROGRESS', 'ANSWERED', 'REJECTED', 'CLOSED'] as const;
export type PublicComplaintStatus = (typeof PUBLIC_COMPLAINT_STATUSES)[number];

/** What a resident is told of a complaint's state: the office's internal steps collapse into five. */
export function publicComplaintStatus(state: ComplaintState): PublicComplaintStatus {
  switch (state) {
    case 'RECEIVED':
    case 'ROUTED':
      return 'ACCEPTED';
    case 'RESPONDED':
    case 'TURNED_INTO_ISSUE':
      return 'IN_PROGRESS';
    case 'RESOLVED':
      return 'ANSWERED';
    case 'REJECTED':
      return 'REJECTED';
    case 'CLOSED':
      return 'CLOSED';
  }
}
