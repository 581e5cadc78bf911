import { describe, expect, it } from 'vitest';
import {
  attendanceCount,
  countByState,
  milestoneDepartments,
  milestoneStateColor,
  milestoneStateKey,
  measurementText,
  mondayOf,
  parseAttendees,
  repickManagers,
  selectMilestones,
  shanghaiLocalToIso,
  splitNames,
  stateOn,
  trainingAttendees,
  type MilestoneRow,
} from './milestones';

const row = (over: Partial<MilestoneRow>): MilestoneRow => ({
  id: '1',
  code: 'M01',
  title: 't',
  dueDate: '2026-03-31',
  department: null,
  status: 'PENDING',
  measurement: null,
  state: 'PENDING',
  doneOn: null,
  evidence: null,
  note: null,
  phaseId: null,
  availableActions: [],
  ...over,
});

const zjj = { id: '1', name: '住建局' };
const scjg = { id: '2', name: '市场监管局' };
const rows = [
  row({ id: '1', code: 'M01', dueDate: '2026-03-31', state: 'DONE_ON_TIME', doneOn: '2026-03-30', department: zjj }),
  row({ id: '2', code: 'M02', dueDate: '2026-06-30', state: 'DONE_LATE', doneOn: '2026-07-02', department: scjg }),
  row({ id: '3', code: 'M03', dueDate: '2026-10-31', state: 'OVERDUE', department: zjj }),
  row({ id: '4', code: 'M04', dueDate: '2026-12-31', state: 'PENDING' }),
];

describe('milestone state', () => {
  it('follows the domain rule: done on or before the due day is on time', () => {
    expect(stateOn({ dueDate: '2026-03-31', doneOn: '2026-03-31' }, '2026-11-15')).toBe('DONE_ON_TIME');
    expect(stateOn({ dueDate: '2026-03-31', doneOn: '2026-04-01' }, '2026-11-15')).toBe('DONE_LATE');
    expect(stateOn({ dueDate: '2026-10-31', doneOn: null }, '2026-11-15')).toBe('OVERDUE');
    expect(stateOn({ dueDate: '2026-11-15', doneOn: null }, '2026-11-15')).toBe('PENDING');
  });

  it('has a label key and a colour for each state', () => {
    expect(milestoneStateKey('DONE_LATE')).toBe('enums.MilestoneState.DONE_LATE');
    expect(['DONE_ON_TIME', 'DONE_LATE', 'OVERDUE', 'PENDING'].map(milestoneStateColor)).toEqual(['success', 'warning', 'error', 'default']);
  });
});

describe('selectMilestones', () => {
  it('sorts by due date by default and keeps the input untouched', () => {
    const shuffled = [rows[2]!, rows[0]!, rows[3]!, rows[1]!];
    expect(selectMilestones(shuffled).map((m) => m.code)).toEqual(['M01', 'M02', 'M03', 'M04']);
    expect(shuffled[0]!.code).toBe('M03');
  });

  it('filters by state and by department (or none)', () => {
    expect(selectMilestones(rows, { state: 'OVERDUE' }).map((m) => m.code)).toEqual(['M03']);
    expect(selectMilestones(rows, { departmentId: '1' }).map((m) => m.code)).toEqual(['M01', 'M03']);
    expect(selectMilestones(rows, { departmentId: 'NONE' }).map((m) => m.code)).toEqual(['M04']);
    expect(selectMilestones(rows, { state: 'PENDING', departmentId: '1' })).toEqual([]);
  });

  it('sorts by state (overdue first), department and done date, either way', () => {
    expect(selectMilestones(rows, { sortField: 'state' }).map((m) => m.code)).toEqual(['M03', 'M04', 'M02', 'M01']);
    expect(selectMilestones(rows, { sortField: 'dueDate', sortOrder: 'DESC' }).map((m) => m.code)).toEqual(['M04', 'M03', 'M02', 'M01']);
    expect(selectMilestones(rows, { sortField: 'doneOn' }).map((m) => m.code)).toEqual(['M01', 'M02', 'M03', 'M04']);
    expect(selectMilestones(rows, { sortField: 'department' }).map((m) => m.code)[0]).toBe('M04');
  });

  it('counts per state and lists the departments once', () => {
    expect(countByState(rows)).toEqual({ DONE_ON_TIME: 1, DONE_LATE: 1, OVERDUE: 1, PENDING: 1 });
    expect(
      milestoneDepartments(rows)
        .map((d) => d.id)
        .sort(),
    ).toEqual(['1', '2']);
  });
});

describe('form text', () => {
  it('splits participants by line or 、，', () => {
    expect(splitNames('住建局\n市场监管局、公安局， 消防救援大队\n\n住建局')).toEqual(['住建局', '市场监管局', '公安局', '消防救援大队']);
  });

  it('reads attendees one a line, “缺席” marking an absentee', () => {
    expect(parseAttendees('张三\n李四 缺席\n王五（缺席）\n\n赵六', 'PROJECT_MANAGER')).toEqual([
      { kind: 'PROJECT_MANAGER', name: '张三', present: true },
      { kind: 'PROJECT_MANAGER', name: '李四', present: false },
      { kind: 'PROJECT_MANAGER', name: '王五', present: false },
      { kind: 'PROJECT_MANAGER', name: '赵六', present: true },
    ]);
    expect(attendanceCount([{ present: true }, { present: false }, { present: true }])).toEqual({ present: 2, total: 3 });
  });

  it('merges the picked project managers with the text lines, once each by managerId', () => {
    const picked = [
      { id: '7', name: '王五', enterprise: '青禾物业', present: true },
      { id: '8', name: ' 赵六 ', enterprise: null, present: false },
      { id: '7', name: '王五', enterprise: '青禾物业', present: false },
    ];
    expect(trainingAttendees(picked, '王五\n钱七 缺席', 'PROJECT_MANAGER')).toEqual([
      { kind: 'PROJECT_MANAGER', name: '王五', managerId: '7', present: true },
      { kind: 'PROJECT_MANAGER', name: '赵六', managerId: '8', present: false },
      { kind: 'PROJECT_MANAGER', name: '钱七', present: false },
    ]);
    // Lines of another kind are kept even when they name a picked manager; no pick, no text: nobody.
    expect(trainingAttendees(picked.slice(0, 1), '王五', 'COMMITTEE_MEMBER')).toEqual([
      { kind: 'PROJECT_MANAGER', name: '王五', managerId: '7', present: true },
      { kind: 'COMMITTEE_MEMBER', name: '王五', present: true },
    ]);
    expect(trainingAttendees([], '  \n', 'PROJECT_MANAGER')).toEqual([]);
  });

  it('keeps the presence marked on managers still picked; newly picked ones are present', () => {
    const before = [
      { id: '7', name: '王五', enterprise: 'A', present: false },
      { id: '8', name: '赵六', enterprise: 'B', present: true },
    ];
    expect(
      repickManagers(before, [
        { id: '7', name: '王五', enterprise: 'A' },
        { id: '9', name: '孙八', enterprise: null },
      ]),
    ).toEqual([
      { id: '7', name: '王五', enterprise: 'A', present: false },
      { id: '9', name: '孙八', enterprise: null, present: true },
    ]);
  });

  it('turns a Shanghai date-time into an instant and finds the Monday of a week', () => {
    expect(shanghaiLocalToIso('2026-12-01T09:30')).toBe('2026-12-01T01:30:00.000Z');
    expect(shanghaiLocalToIso('2026-12-01')).toBeNull();
    expect(mondayOf('2026-11-15')).toBe('2026-11-09');
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
  });
});

describe('a milestone measured by a KPI', () => {
  const t = (key: string, o?: Record<string, unknown>) => `${key}:${JSON.stringify(o)}`;
  it('names the KPI in the reader’s language with its value, the counts and the day', () => {
    const m = { measurement: { kpi: 'COMMITTEE_FORMATION' as const, asOf: '2026-03-31', numerator: 2, denominator: 5, value: 0.4 } };
    expect(measurementText(m, 'zh-CN', t)).toBe(
      'app.campaign.measuredAs:{"kpi":"业主委员会组建率","value":"40.0%","numerator":2,"denominator":5,"asOf":"2026-03-31"}',
    );
    expect(measurementText(m, 'en', t)).toContain('"kpi":"committee formation"');
    expect(measurementText({ measurement: { ...m.measurement, value: null } }, 'en', t)).toContain('"value":"—"');
    expect(measurementText({ measurement: null }, 'en', t)).toBeNull();
  });
});
