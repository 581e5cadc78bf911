import { parseAreaCenti, recount, type CommitteeRuleSet, type Tally } from '@wuye/domain';

/**
 * The committee pages' pure helpers: the owners' sheet pasted from a spreadsheet, the Shanghai wall-clock times of the
 * voting window, and the browser's own recount of a published ballot list (docs/committees.md, "Recounting").
 */

export interface OwnerSheetRow {
  building: string;
  unitNo?: string;
  room: string;
  area: string;
  ownerName?: string;
  idNumber?: string;
  phone?: string;
}

const COLUMNS = ['building', 'unitNo', 'room', 'area', 'ownerName', 'idNumber', 'phone'] as const;
/** A header row names the columns in either language; it is skipped. */
const HEADER = /^(楼栋|building)$/i;

/**
 * Rows of the owners' sheet as pasted from Excel (tab-separated) or written as CSV (comma-separated): building, unit,
 * room, exclusive area (m²), owner's name, ID number, phone. Blank lines and a header row are skipped; the server checks
 * every row and names the bad ones (nothing is imported when any row is wrong).
 */
export function parseOwnerSheet(text: string): OwnerSheetRow[] {
  const rows: OwnerSheetRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cells = (line.includes('\t') ? line.split('\t') : line.split(/[,，]/)).map((c) => c.trim());
    if (HEADER.test(cells[0] ?? '')) continue;
    const row: Record<string, string> = {};
    COLUMNS.forEach((c, i) => {
      const v = cells[i] ?? '';
      if (v !== '' || c === 'building' || c === 'room' || c === 'area') row[c] = v;
    });
    rows.push(row as unknown as OwnerSheetRow);
  }
  return rows;
}

/** `2026-11-15T09:00` typed in a datetime field, read as Shanghai time → ISO; null when not such a value. */
export function shanghaiLocalToIso(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value.trim());
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}:00+08:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO time as the datetime field shows it in Shanghai (`2026-11-15T09:00`). */
export function isoToShanghaiLocal(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

/** Preparatory group members, one a line: `name role` or `name，role` (role defaults to member). */
export function parseMembers(text: string, defaultRole: string): { name: string; role: string }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [name, ...rest] = l.split(/[\s,，、]+/);
      return { name: name!, role: rest.join(' ') || defaultRole };
    });
}

/** Candidate names, one a line. */
export const parseNames = (text: string): string[] =>
  text
    .split(/\r?\n|[,，、]/)
    .map((l) => l.trim())
    .filter(Boolean);

export interface PublishedResults {
  ruleSet: { code: string; version: number };
  seats: number;
  candidates: readonly { id: string }[];
  rollHeadcount: number;
  rollArea: string;
  participatedHeadcount: number;
  participatedArea: string;
  ballotList: string;
  ballotListHash: string;
  tally: {
    valid: boolean;
    cast: number;
    voidBallots: number;
    elected: readonly string[];
    counts: readonly { candidateId: string; headcount: number; area: string }[];
  };
}

export interface RecountCheck {
  /** The browser's own count from the published list (null: the list could not be read). */
  tally: Tally | null;
  /** The recount equals the official count: the same ballots cast and void, votes per candidate and members elected. */
  matches: boolean;
}

const centi = (text: string): number => (text === '0.00' || text === '0' ? 0 : (parseAreaCenti(text) ?? NaN));
const areaOf = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`;

/** Recounts the published ballot list under its rule set, in the browser, and compares it with the official count. */
export function recountPublished(r: PublishedResults): RecountCheck {
  let mine: Tally;
  try {
    mine = recount({
      ruleSet: r.ruleSet,
      seats: r.seats,
      candidateIds: r.candidates.map((c) => c.id),
      roll: { headcount: r.rollHeadcount, areaCenti: centi(r.rollArea) },
      participated: { headcount: r.participatedHeadcount, areaCenti: centi(r.participatedArea) },
      ballotList: r.ballotList,
      ballotListHash: r.ballotListHash,
    });
  } catch {
    return { tally: null, matches: false };
  }
  const official = new Map(r.tally.counts.map((c) => [c.candidateId, `${c.headcount}/${c.area}`]));
  const matches =
    mine.valid === r.tally.valid &&
    mine.cast === r.tally.cast &&
    mine.voidBallots === r.tally.voidBallots &&
    mine.counts.length === official.size &&
    mine.counts.every((c) => official.get(c.candidateId) === `${c.headcount}/${areaOf(c.areaCenti)}`) &&
    [...mine.elected].sort().join(',') === [...r.tally.elected].sort().join(',');
  return { tally: mine, matches };
}

/** SHA-256 of the list in the browser (lower-case hex); null where the browser offers no WebCrypto (plain-http intranet host). */
export async function browserSha256(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A share as the documents write it: 以上 includes the figure, 过半数 does not. */
export function shareLabel(s: CommitteeRuleSet['recallArea'] | null, lang: 'zh' | 'en'): string {
  if (!s) return '—';
  const half = s.num === 1 && s.den === 2;
  if (lang === 'zh') return s.inclusive ? `${s.num}/${s.den}以上（含）` : half ? '过半数（不含半数）' : `超过${s.num}/${s.den}`;
  return s.inclusive ? `at least ${s.num}/${s.den}` : `more than ${s.num}/${s.den}`;
}

/** The voting page's link printed on a code sheet (and in its QR): the page opens with the code filled in. */
export const votingLink = (origin: string, code: string) => `${origin}/#/public/vote?code=${encodeURIComponent(code)}`;

/** Escapes text for the printable pages. */
