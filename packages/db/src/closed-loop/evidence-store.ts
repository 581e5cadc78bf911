import type { EntityManager } from '@mikro-orm/core';
import { recordAudit } from '../audit.js';
import { EvidenceChunk, EvidenceFile } from '../entities/index.js';

/**
 * Evidence bytes kept in the database (`evidence_chunk`, bytea on PostgreSQL), so that every instance of a
 * multi-instance deployment serves every file (issue 18). A file is cut into chunks of EVIDENCE_CHUNK_BYTES; serving
 * reads one chunk at a time, so a download holds at most one chunk in memory.
 */
export const EVIDENCE_CHUNK_BYTES = 256 * 1024;

const SYSTEM = { userId: null, name: '系统' } as const;

/** Stores the bytes of evidence file `fileId` in the caller's transaction (the row and its audit line are the caller's). */
export async function storeEvidenceBytes(tx: EntityManager, fileId: number, data: Buffer): Promise<void> {
  const rows = [];
  for (let seq = 0, at = 0; at < data.length; seq++, at += EVIDENCE_CHUNK_BYTES) {
    rows.push({ file: fileId, seq, data: data.subarray(at, at + EVIDENCE_CHUNK_BYTES) });
  }
  // One statement per chunk keeps each statement's parameters small.
  for (const row of rows) await tx.insert(EvidenceChunk, row);
}

/** Chunk `seq` of a file's bytes; null past the last chunk, or when the file's bytes are not in the database. */
export async function evidenceChunk(em: EntityManager, fileId: number, seq: number): Promise<Buffer | null> {
  const row = await em.findOne(EvidenceChunk, { file: fileId, seq }, { disableIdentityMap: true });
  return row ? Buffer.from(row.data) : null;
}

export interface EvidenceMoveResult {
  /** Files whose bytes were copied into the database. */
  moved: number;
  /** Files already in the database (a re-run). */
  already: number;
  /** Files with no bytes in the directory (the seeded demo evidence, or lost files): left as they are. */
  missing: number;
  /** Files whose bytes do not match the SHA-256 recorded at upload: left as they are, for a person to look at. */
  mismatched: number;
}

/**
 * Copies the bytes of evidence files from a directory (`read` answers a stored name's bytes, or null) into the
 * database, one transaction and one audit row per file; idempotent, so it can be re-run after an interruption and
 * while instances serve. `verify` is the SHA-256 of some bytes (given by the caller, which owns the hashing).
 */
export async function moveEvidenceIntoDatabase(
  em: EntityManager,
  read: (storedName: string) => Promise<Buffer | null>,
  sha256: (data: Buffer) => string,
): Promise<EvidenceMoveResult> {
  const result: EvidenceMoveResult = { moved: 0, already: 0, missing: 0, mismatched: 0 };
  for (let after = 0; ;) {
    const page = await em
      .fork()
      .find(EvidenceFile, { id: { $gt: after } }, { fields: ['id', 'storedName', 'sha256', 'size'], orderBy: { id: 'asc' }, limit: 200 });
    if (page.length === 0) return result;
    after = page[page.length - 1]!.id;
    for (const file of page) {
      if ((await em.fork().count(EvidenceChunk, { file: file.id, seq: 0 })) > 0) {
        result.already++;
        continue;
      }
      const data = await read(file.storedName);
      if (!data) {
        result.missing++;
        continue;
      }
      if (data.length !== file.size || sha256(data) !== file.sha256) {
        result.mismatched++;
        continue;
      }
      const stored = await em.fork().transactional(async (tx) => {
        // Another run copied it meanwhile: nothing to do.
        if ((await tx.count(EvidenceChunk, { file: file.id, seq: 0 })) > 0) return false;
        await storeEvidenceBytes(tx, file.id, data);
        recordAudit(tx, SYSTEM, {
          action: 'evidenceFile.moveToDatabase',
          entityType: 'EvidenceFile',
          entityId: file.id,
          changes: { storedName: file.storedName, size: data.length },
        });
        return true;
      });
      if (stored) result.moved++;
      else result.already++;
    }
  }
}
