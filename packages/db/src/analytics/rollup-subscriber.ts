import { Reference, type EntityManager, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { addDays, shanghaiDate } from '@wuye/domain';
import { closedLoopPolicy } from '../closed-loop/policy.js';
import { bumpKpiLiveToken, refreshRollupsFrom } from './rollups.js';
import { familiesWritten, monthsWritten, type LiveFamily, type LiveMonth } from './live-families.js';

/**
 * Keeps the KPI month roll-ups true (issue 17): every flush that writes a fact the KPIs read looks at the dates the
 * change touches (old and new values), and when the earliest of them lies in a month before the current one, the
 * stored months from there on are recomputed after the flush, in the same transaction (every command runs in one).
 * A change dated today — a new issue, a closing, a response — touches no closed month: one indexed look-up finds
 * nothing stored from its month on.
 *
 * Per entity: which changed property dates the change. `self`: the property's own old and new dates; another
 * property's name: that property's dates; `ALL`: every month (rare changes that move a fact between groups for its
 * whole life, such as a firm moving township).
 */
type Anchor = 'self' | 'ALL' | string | ((entity: Record<string, unknown>) => unknown);

const responseMargin = (v: unknown) => {
  const d = dayOf(v);
  return d ? addDays(d, -(closedLoopPolicy.sla.firstResponseDays + 1)) : null;
};

const viaReference =
  (ref: string, prop: string) =>
  (entity: Record<string, unknown>): unknown => {
    const r = entity[ref] as { [k: string]: unknown } | null | undefined;
    if (!r) return null;
    const target = Reference.isReference(r) ? (r as unknown as Reference<object>).getEntity() : r;
    const wrapped = (target as { __helper?: { __initialized?: boolean } }).__helper;
    return wrapped?.__initialized === false ? 'ALL' : (target as Record<string, unknown>)[prop];
  };

const WATCHED: Record<string, Record<string, Anchor>> = {
  Issue: {
    createdAt: 'self',
    closedAt: 'self',
    deadline: 'self',
    township: 'createdAt',
    enterprise: 'createdAt',
    department: 'createdAt',
    category: 'createdAt',
  },
  Complaint: {
    receivedAt: 'self',
    closedAt: 'self',
    respondedAt: (e) => responseMargin(e.respondedAt),
    followUpRating: 'closedAt',
    township: 'receivedAt',
    enterprise: 'receivedAt',
    department: 'receivedAt',
    category: 'receivedAt',
  },
  Milestone: { dueDate: 'self', doneOn: 'dueDate', department: 'dueDate' },
  TrainingSession: { heldOn: 'self' },
  TrainingAttendance: {
    session: viaReference('session', 'heldOn'),
    present: viaReference('session', 'heldOn'),
    manager: viaReference('session', 'heldOn'),
    committee: viaReference('session', 'heldOn'),
    name: viaReference('session', 'heldOn'),
  },
  ProjectManager: { createdAt: 'self', enterprise: 'ALL' },
  Enterprise: { township: 'ALL' },
  OwnersCommittee: { termStart: 'self', termEnd: 'self', filedOn: 'self', community: 'ALL' },
  CommitteeElection: { countedAt: 'self', status: 'countedAt' },
  CommitteeCandidate: { leftOn: 'self', elected: viaReference('election', 'countedAt'), name: viaReference('election', 'countedAt') },
  // Surveys count, with their answers, in the month they closed (kpi-engine's SATISFACTION); answers are claimed by a
  // conditional UPDATE outside the unit of work, which bumps the live token itself (residents/surveys.ts answerSurvey).
  SatisfactionSurvey: { closedAt: 'self', status: 'closedAt', sampleSize: 'closedAt', community: 'closedAt', enterprise: 'closedAt' },
  SurveyCode: { usedAt: viaReference('survey', 'closedAt'), answer: viaReference('survey', 'closedAt') },
  // A version written for the time before the history was kept replaces the current row in effect until validTo.
  CommunityHistory: {
    validFrom: (e) => e.validFrom ?? e.validTo,
    validTo: 'self',
    type: 'validFrom',
    serviceMode: 'validFrom',
    enterprise: 'validFrom',
    township: 'validFrom',
  },
};

function dayOf(v: unknown): string | null {
  if (v == null) return null;
  if (v instanceof Date) return shanghaiDate(v);
  if (typeof v === 'number') return shanghaiDate(new Date(v));
  const s = String(v);
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : s === 'ALL' ? 'ALL' : null;
}

/** The earliest day a set of changes touches: a date, 'ALL', or null when none. */
export function earliestTouched(
  changes: { name: string; type: string; entity: Record<string, unknown>; original?: Record<string, unknown> | null; changed: string[] }[],
): string | null {
  let min: string | null = null;
  const see = (v: unknown) => {
    const d = dayOf(v);
    if (!d) return;
    if (d === 'ALL' || min === 'ALL') min = 'ALL';
    else if (!min || d < min) min = d;
  };
  for (const c of changes) {
    const spec = WATCHED[c.name];
    if (!spec) continue;
    const fields = c.type === 'update' ? c.changed.filter((f) => f in spec) : Object.keys(spec);
    for (const f of fields) {
      const anchor = spec[f]!;
      if (anchor === 'ALL') {
        if (c.type === 'update') see('ALL');
        continue;
      }
      const prop = anchor === 'self' ? f : anchor;
      if (typeof prop === 'function') {
        see(prop(c.entity));
        if (c.original) see(prop(c.original));
        continue;
      }
      see(c.entity[prop]);
      if (c.original) see(c.original[prop]);
    }
  }
  return min;
}

const pending = new WeakMap<EntityManager, string>();

/**
 * Every entity the KPI engine reads for a month still running (the facts above, the groups' names, the registry rows
 * without history, surveys) is in a family of live-families.ts: a change to one gives its family's live token a new
 * value in the writing transaction, so the running month's answers kept under the old token are no longer used
 * (rollups.ts `liveKpis`).
 */
const liveChanged = new WeakMap<EntityManager, { families: Set<LiveFamily>; months: LiveMonth[] }>();

export class RollupSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const changes = args.uow.getChangeSets().map((cs) => ({
      name: cs.name,
      type: cs.type,
      entity: cs.entity as Record<string, unknown>,
      original: (cs.originalEntity ?? null) as Record<string, unknown> | null,
      changed: Object.keys(cs.payload ?? {}),
    }));
    const families = familiesWritten(changes);
    if (families.size) {
      const seen = liveChanged.get(args.em);
      liveChanged.set(args.em, { families: new Set([...(seen?.families ?? []), ...families]), months: [...(seen?.months ?? []), ...monthsWritten(changes)] });
    }
    const touched = earliestTouched(changes);
    if (touched) {
      const before = pending.get(args.em);
      pending.set(args.em, before && before !== 'ALL' && touched !== 'ALL' && before < touched ? before : touched);
    }
  }

  async afterFlush(args: FlushEventArgs): Promise<void> {
    const live = liveChanged.get(args.em);
    if (live) {
      liveChanged.delete(args.em);
      await bumpKpiLiveToken(args.em, live.families, live.months);
    }
    const touched = pending.get(args.em);
    if (!touched) return;
    pending.delete(args.em);
    await refreshRollupsFrom(args.em, touched === 'ALL' ? null : touched, closedLoopPolicy.sla.firstResponseDays);
  }
}
