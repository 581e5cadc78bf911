import type { EntityManager } from '@mikro-orm/core';
import { recordAudit } from '../audit.js';
import { EvidenceFile, IssueEvent } from '../entities/index.js';

/** How long an upload may wait to be named in feedback before the cleanup removes it. */
export const UNATTACHED_EVIDENCE_TTL_MS = 24 * 3600_000;

const SYSTEM = { userId: null, name: '系统' } as const;
const PAGE = 500;

/**
 * Removes the evidence rows uploaded more than `ttlMs` before `now` that no timeline line of their issue names
 * (uploaded, then never submitted as feedback), with one audit row each, and answers their stored names so the
 * caller can delete the bytes. Idempotent; safe on several instances (a row already gone is simply not counted).
 */
export async function removeUnattachedEvidence(em: EntityManager, now: Date, ttlMs = UNATTACHED_EVIDENCE_TTL_MS): Promise<string[]> {
  const before = new Date(now.getTime() - ttlMs);
  const removed: string[] = [];
  // Pages in id order keep memory flat however many old (mostly attached) files there are.
  for (let after = 0; ;) {
    const page = await em
      .fork()
      .find(EvidenceFile, { id: { $gt: after }, uploadedAt: { $lt: before } }, { fields: ['id', 'issue', 'storedName'], orderBy: { id: 'asc' }, limit: PAGE });
    if (page.length === 0) return removed;
    after = page[page.length - 1]!.id;
    // fileIds is a JSON list: read the timelines of the page's issues rather than query inside JSON.
    const issueIds = [...new Set(page.map((f) => f.issue.id))];
    const attached = new Set<number>();
    const events = await em.fork().find(IssueEvent, { issue: { $in: issueIds } }, { fields: ['fileIds'] });
    for (const e of events) for (const id of e.fileIds ?? []) attached.add(Number(id));
    for (const file of page.filter((f) => !attached.has(f.id))) {
      const done = await em.fork().transactional(async (tx) => {
        // Named in feedback since the page was read: keep it.
        const lines = await tx.find(IssueEvent, { issue: file.issue.id }, { fields: ['fileIds'] });
        if (lines.some((e) => (e.fileIds ?? []).map(Number).includes(file.id))) return false;
        if ((await tx.nativeDelete(EvidenceFile, { id: file.id })) === 0) return false;
        recordAudit(tx, SYSTEM, {
          action: 'evidenceFile.removeUnattached',
          entityType: 'EvidenceFile',
          entityId: file.id,
          changes: { issueId: file.issue.id, storedName: file.storedName },
        });
        return true;
      });
      // Only once the row is gone for good are its bytes given up.
      if (done) removed.push(file.storedName);
    }
  }
}
