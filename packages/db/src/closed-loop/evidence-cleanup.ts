import type { EntityManager } from '@mikro-orm/core';
import { recordAudit } from '../audit.js';
import { EvidenceFile, IssueEvent } from '../entities/index.js';

/** How long an upload may wait to be named in feedback before the cleanup removes it. */
export const UNATTACHED_EVIDENCE_TTL_MS = 24 * 3600_000;

const SYSTEM = { userId: null, name: '系统' } as const;

/**
 * Removes the evidence rows uploaded more than `ttlMs` before `now` that no timeline line of their issue names
 * (uploaded, then never submitted as feedback), with one audit row each, and answers their stored names so the
 * caller can delete the bytes. Idempotent; safe on several instances (a row already gone is simply not counted).
 */
export async function removeUnattachedEvidence(em: EntityManager, now: Date, ttlMs = UNATTACHED_EVIDENCE_TTL_MS): Promise<string[]> {
  const before = new Date(now.getTime() - ttlMs);
  const old = await em.fork().find(EvidenceFile, { uploadedAt: { $lt: before } }, { fields: ['id', 'issue', 'storedName'], orderBy: { id: 'asc' } });
  if (old.length === 0) return [];
  // fileIds is a JSON list: read the timelines of the few issues concerned rather than query inside JSON.
  const issueIds = [...new Set(old.map((f) => f.issue.id))];
  const attached = new Set<number>();
  for (let i = 0; i < issueIds.length; i += 500) {
    const events = await em.fork().find(IssueEvent, { issue: { $in: issueIds.slice(i, i + 500) } }, { fields: ['fileIds'] });
    for (const e of events) for (const id of e.fileIds ?? []) attached.add(Number(id));
  }
  const orphans = old.filter((f) => !attached.has(f.id));
  const removed: string[] = [];
  for (const file of orphans) {
    await em.fork().transactional(async (tx) => {
      // Named in feedback since the first read: keep it.
      const lines = await tx.find(IssueEvent, { issue: file.issue.id }, { fields: ['fileIds'] });
      if (lines.some((e) => (e.fileIds ?? []).map(Number).includes(file.id))) return;
      const gone = await tx.nativeDelete(EvidenceFile, { id: file.id });
      if (gone === 0) return;
      recordAudit(tx, SYSTEM, { action: 'evidenceFile.removeUnattached', entityType: 'EvidenceFile', entityId: file.id, changes: { issueId: file.issue.id, storedName: file.storedName } });
      removed.push(file.storedName);
    });
  }
  return removed;
}
