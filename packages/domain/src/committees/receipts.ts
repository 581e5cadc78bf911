import { committeeRuleSet } from './rules.js';
import { tally, type Ballot, type Tally, type Weight } from './tally.js';

/**
 * A tally anyone can recount (issue 13 §5): the results page publishes the anonymised ballot list in a canonical text
 * form with its SHA-256, and everything else the count needs. `recount` derives the result from that publication
 * alone; it must equal the official count.
 *
 * Canonical form: one line per ballot, ordered by receipt id: `receiptId TAB areaCenti TAB choices` with the choices'
 * candidate ids in ascending order, comma-separated (empty for a blank ballot); lines joined by LF, no trailing LF.
 */

export interface PublishedElection {
  ruleSet: { code: string; version: number };
  seats: number;
  candidateIds: string[];
  roll: Weight;
  participated: Weight;
  ballotList: string;
  /** Lower-case hex SHA-256 of `ballotList` (UTF-8). */
  ballotListHash: string;
}

const RECEIPT = /^[A-Z0-9]{8,32}$/;
const ID = /^[A-Za-z0-9_-]+$/;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function canonicalBallotList(ballots: readonly Ballot[]): string {
  return [...ballots]
    .sort((a, b) => byText(a.receiptId, b.receiptId))
    .map((b) => `${b.receiptId}\t${b.areaCenti}\t${[...b.choices].sort(byText).join(',')}`)
    .join('\n');
}

/** The ballots of a canonical list; throws on a malformed line (a published list is never edited by hand). */
export function parseBallotList(text: string): Ballot[] {
  if (text === '') return [];
  return text.split('\n').map((line, i) => {
    const [receiptId, area, choices, ...rest] = line.split('\t');
    if (rest.length || !receiptId || !RECEIPT.test(receiptId) || !/^\d+$/.test(area ?? '') || choices == null)
      throw new Error(`ballot list line ${i + 1} is malformed`);
    const ids = choices === '' ? [] : choices.split(',');
    if (ids.some((c) => !ID.test(c))) throw new Error(`ballot list line ${i + 1} is malformed`);
    return { receiptId, areaCenti: Number(area), choices: ids };
  });
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const ballotListHash = (ballots: readonly Ballot[]): Promise<string> => sha256Hex(canonicalBallotList(ballots));

/** The count derived from a publication alone. */
export function recount(pub: PublishedElection): Tally {
  const rules = committeeRuleSet(pub.ruleSet.code, pub.ruleSet.version);
  if (!rules) throw new Error(`unknown rule set ${pub.ruleSet.code} v${pub.ruleSet.version}`);
  return tally({
    rules,
    seats: pub.seats,
    candidateIds: pub.candidateIds,
    roll: pub.roll,
    participated: pub.participated,
    ballots: parseBallotList(pub.ballotList),
  });
}

/** Whether the published list is the one its hash names. */
export async function publicationIntact(pub: PublishedElection): Promise<boolean> {
  return (await sha256Hex(pub.ballotList)) === pub.ballotListHash;
}

/** An owner's check: the line of their receipt in the published list, or null when it is not there. */
export function receiptLine(ballotList: string, receiptId: string): Ballot | null {
  const wanted = receiptId.trim().toUpperCase();
  return parseBallotList(ballotList).find((b) => b.receiptId === wanted) ?? null;
}
