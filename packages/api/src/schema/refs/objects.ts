import {
  Community,
  Complaint,
  Department,
  Enterprise,
  Issue,
  ProjectManager,
  Township,
  rowsByIds,
  type CreditRecord,
  type CreditRecordEvent,
  type Objection,
  type RepairApplication,
} from '@wuye/db';
import type { ConstructionDefect, CreditItem, Deduction, ScoringStandard as StandardData } from '@wuye/domain';
import { builder } from '../../builder.js';
import { complaintScope, issueScope } from '../../closed-loop-write.js';
import type { Context } from '../../context.js';
import { scopedRecords } from '../../credit-write.js';
import { communityScope, enterpriseScope, projectManagerScope } from '../../scoping.js';

/**
 * The object types that more than one schema file refers to, declared (with how they load) once here and implemented
 * by the file of their subject, so that schema files share them without importing one another.
 */

// The registry
export const TownshipRef = builder.loadableObjectRef<Township, number>('Township', {
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, Township, ids),
  sort: (t) => t.id,
});
export const DepartmentRef = builder.loadableObjectRef<Department, number>('Department', {
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, Department, ids),
  sort: (d) => d.id,
});
export const EnterpriseRef = builder.loadableObjectRef<Enterprise, number>('Enterprise', {
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, Enterprise, ids, enterpriseScope(ctx)),
  sort: (e) => e.id,
});
export const CommunityRef = builder.loadableObjectRef<Community, number>('Community', {
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, Community, ids, communityScope(ctx)),
  sort: (c) => c.id,
});
export const ProjectManagerRef = builder.loadableObjectRef<ProjectManager, number>('ProjectManager', {
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, ProjectManager, ids, projectManagerScope(ctx)),
  sort: (m) => m.id,
});

// The closed loop
export const IssueRef = builder.loadableObjectRef<Issue, number>('Issue', {
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, Issue, ids, issueScope(ctx)),
  sort: (i) => i.id,
});
export const ComplaintRef = builder.loadableObjectRef<Complaint, number>('Complaint', {
  load: (ids: number[], ctx: Context) => rowsByIds(ctx.em, Complaint, ids, complaintScope(ctx)),
  sort: (c) => c.id,
});
export const DeductionRef = builder.objectRef<Deduction>('Deduction');
export const DeductionInput = builder.inputRef<{ itemId: string; points: number; note?: string | null }>('DeductionInput');
export const ConstructionDefectRef = builder.objectRef<ConstructionDefect>('ConstructionDefect');

// Credit
export const CreditItemRef = builder.objectRef<CreditItem>('CreditItem');
export const ScoringStandardRef = builder.objectRef<StandardData & { createdAt?: Date | null; note?: string | null }>('ScoringStandard');
export const CreditRecordEventRef = builder.objectRef<CreditRecordEvent>('CreditRecordEvent');
export const ObjectionRef = builder.objectRef<Objection>('Objection');
export const RepairApplicationRef = builder.objectRef<RepairApplication>('RepairApplication');
/** Loads records by id within the caller's scope (a firm user sees only its own firm's records). */
export const CreditRecordRef: ReturnType<typeof builder.loadableObjectRef<CreditRecord, number>> = builder.loadableObjectRef<CreditRecord, number>(
  'CreditRecord',
  {
    load: (ids: number[], ctx: Context) => scopedRecords(ctx, ids),
    sort: (r) => r.id,
  },
);
