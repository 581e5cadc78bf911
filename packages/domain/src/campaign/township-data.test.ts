import { describe, expect, it } from 'vitest';
import { messageFor } from '../field-errors.js';
import type { Principal } from '../permissions.js';
import {
  appointmentRunsOn,
  committeeDataState,
  communityDataGaps,
  summariseTownshipData,
  townshipDataActions,
  townshipDataFilingIssue,
  type CommunityDataFacts,
  type TownshipDataRowFacts,
} from './township-data.js';

const FULL: CommunityDataFacts = {
  type: 'NEW_RESIDENTIAL',
  serviceMode: 'ENTERPRISE',
  address: '城关镇滨江路 8 号',
  deliveryDate: '2018-06-30',
  officeArea: 120,
  maintenanceFundBalance: 1_250_000,
  contractStart: '2024-01-01',
  hasCurrentManager: true,
};

describe("a township's data collection (seed part 7 四(二) 数据资料收集建档)", () => {
  it('a community with every item recorded has no gap', () => {
    expect(communityDataGaps(FULL)).toEqual([]);
  });

  it('names each missing item, in the order of the seed’s list', () => {
    expect(
      communityDataGaps({
        ...FULL,
        address: '  ',
        deliveryDate: null,
        officeArea: null,
        maintenanceFundBalance: null,
        contractStart: null,
        hasCurrentManager: false,
      }),
    ).toEqual(['ADDRESS', 'DELIVERY_DATE', 'OFFICE_AREA', 'MAINTENANCE_FUND', 'CONTRACT', 'MANAGER']);
  });

  it('an office area of 0 is a recorded "none provided", not a gap; unrecorded is', () => {
    expect(communityDataGaps({ ...FULL, officeArea: 0 })).toEqual([]);
    expect(communityDataGaps({ ...FULL, officeArea: null })).toEqual(['OFFICE_AREA']);
  });

  it('the maintenance-fund balance is asked of new residential communities only', () => {
    expect(communityDataGaps({ ...FULL, maintenanceFundBalance: null })).toEqual(['MAINTENANCE_FUND']);
    expect(communityDataGaps({ ...FULL, type: 'OLD', maintenanceFundBalance: null })).toEqual([]);
    expect(communityDataGaps({ ...FULL, type: 'OTHER', maintenanceFundBalance: null })).toEqual([]);
    expect(communityDataGaps({ ...FULL, maintenanceFundBalance: 0 })).toEqual([]);
  });

  it('the contract and the project manager are asked only where a firm serves', () => {
    const bare = { ...FULL, contractStart: null, hasCurrentManager: false };
    expect(communityDataGaps(bare)).toEqual(['CONTRACT', 'MANAGER']);
    for (const serviceMode of ['BASIC_SERVICE', 'SELF_MANAGED', 'NONE'] as const) expect(communityDataGaps({ ...bare, serviceMode })).toEqual([]);
  });

  it('an appointment runs from its first day through its last day', () => {
    expect(appointmentRunsOn({ startDate: '2026-11-15', endDate: null }, '2026-11-15')).toBe(true);
    expect(appointmentRunsOn({ startDate: '2026-11-16', endDate: null }, '2026-11-15')).toBe(false);
    expect(appointmentRunsOn({ startDate: '2025-01-01', endDate: '2026-11-15' }, '2026-11-15')).toBe(true);
    expect(appointmentRunsOn({ startDate: '2025-01-01', endDate: '2026-11-14' }, '2026-11-15')).toBe(false);
  });

  it('a filed committee is in term through its last day, expired the day after; unfiled is none', () => {
    const filed = { filedOn: '2024-03-20', termStart: '2024-03-15', termEnd: '2027-03-14' };
    expect(committeeDataState(filed, '2027-03-14')).toBe('IN_TERM');
    expect(committeeDataState(filed, '2027-03-15')).toBe('EXPIRED');
    expect(committeeDataState(filed, '2024-03-15')).toBe('IN_TERM');
    expect(committeeDataState(filed, '2024-03-14')).toBe('NONE');
    expect(committeeDataState({ ...filed, filedOn: null }, '2026-11-15')).toBe('NONE');
    expect(committeeDataState(null, '2026-11-15')).toBe('NONE');
  });

  it('sums the archive: projects, areas, service modes, distinct firms and managers by grade and list, committees, gaps', () => {
    const row = (over: Partial<TownshipDataRowFacts>): TownshipDataRowFacts => ({
      ...FULL,
      households: 100,
      floorArea: 10_000.05,
      committee: 'NONE',
      enterprise: { id: '1', grade: 'AA', listStatus: 'RED' },
      manager: { id: '7', grade: 'A' },
      ...over,
    });
    const s = summariseTownshipData([
      row({ committee: 'IN_TERM' }),
      row({ enterprise: { id: '1', grade: 'AA', listStatus: 'RED' }, manager: { id: '8', grade: 'C' }, officeArea: 0 }),
      row({ enterprise: { id: '2', grade: 'C', listStatus: 'BLACK' }, manager: null, hasCurrentManager: false, committee: 'EXPIRED' }),
      row({ type: 'OLD', serviceMode: 'BASIC_SERVICE', enterprise: null, manager: null, hasCurrentManager: false, officeArea: null, contractStart: null }),
    ]);
    expect(s).toEqual({
      communities: 4,
      households: 400,
      floorArea: 40_000.2,
      officeArea: 240,
      officeRecorded: 3,
      byServiceMode: { ENTERPRISE: 3, BASIC_SERVICE: 1, SELF_MANAGED: 0, NONE: 0 },
      firms: 2,
      firmsByGrade: [
        { grade: 'AAA', count: 0 },
        { grade: 'AA', count: 1 },
        { grade: 'A', count: 0 },
        { grade: 'B', count: 0 },
        { grade: 'C', count: 1 },
      ],
      firmsRedListed: 1,
      firmsBlackListed: 1,
      managers: 2,
      managersByGrade: [
        { grade: 'AAA', count: 0 },
        { grade: 'AA', count: 0 },
        { grade: 'A', count: 1 },
        { grade: 'B', count: 0 },
        { grade: 'C', count: 1 },
      ],
      committeesInTerm: 1,
      committeesExpired: 1,
      complete: 2,
      gaps: 2,
    });
  });

  it('an empty township sums to zeros', () => {
    const s = summariseTownshipData([]);
    expect([s.communities, s.floorArea, s.firms, s.managers, s.complete, s.gaps]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('报送建档: the township files its archive once a day', () => {
  const town = (townshipId: string | null): Principal => ({ userId: '5', role: 'TOWNSHIP', townshipId });
  const facts = { townshipId: '1', communities: 3, lastFiledOn: null as string | null };
  const TODAY = '2026-11-15';

  it('files when it has a community and has not filed today; gaps do not stop it', () => {
    expect(townshipDataFilingIssue(facts, TODAY)).toBeNull();
    expect(townshipDataFilingIssue({ ...facts, communities: 1 }, TODAY)).toBeNull();
    // Filed yesterday: today is another day.
    expect(townshipDataFilingIssue({ ...facts, lastFiledOn: '2026-11-14' }, TODAY)).toBeNull();
  });

  it('nothing to file without a community; once a day (a filing dated today, or later, stops it)', () => {
    expect(townshipDataFilingIssue({ ...facts, communities: 0 }, TODAY)).toEqual({ field: 'archive', code: 'NOTHING_TO_FILE' });
    expect(townshipDataFilingIssue({ ...facts, lastFiledOn: TODAY }, TODAY)).toEqual({
      field: 'archive',
      code: 'ALREADY_FILED_TODAY',
      params: { date: TODAY },
    });
    expect(townshipDataFilingIssue({ ...facts, lastFiledOn: '2026-11-16' }, TODAY)?.code).toBe('ALREADY_FILED_TODAY');
    // Nothing to file comes first: an empty township that filed today is told it has nothing.
    expect(townshipDataFilingIssue({ ...facts, communities: 0, lastFiledOn: TODAY }, TODAY)?.code).toBe('NOTHING_TO_FILE');
    expect(messageFor(townshipDataFilingIssue({ ...facts, communities: 0 }, TODAY)!, 'zh-CN')).toBe('本乡镇（街道）暂无小区，没有可报送的数据建档');
    expect(messageFor(townshipDataFilingIssue({ ...facts, lastFiledOn: TODAY }, TODAY)!, 'zh-CN')).toBe('今天（2026-11-15）已报送数据建档，每天报送一次');
    expect(messageFor(townshipDataFilingIssue({ ...facts, lastFiledOn: TODAY }, TODAY)!, 'en')).toBe(
      'the data archive was already filed today (2026-11-15); file once a day',
    );
  });

  it('FILE is offered to the township’s own staff only, with the reason when it cannot be taken', () => {
    expect(townshipDataActions(facts, town('1'), TODAY)).toEqual([{ action: 'FILE', available: true, reason: null }]);
    expect(townshipDataActions({ ...facts, lastFiledOn: TODAY }, town('1'), TODAY)).toEqual([
      { action: 'FILE', available: false, reason: { field: 'archive', code: 'ALREADY_FILED_TODAY', params: { date: TODAY } } },
    ]);
    expect(townshipDataActions(facts, town('2'), TODAY)).toEqual([]);
    expect(townshipDataActions(facts, town(null), TODAY)).toEqual([]);
    expect(townshipDataActions(facts, null, TODAY)).toEqual([]);
    for (const role of ['ADMIN', 'REGULATOR', 'DEPARTMENT', 'ENTERPRISE', 'ANALYST', 'AGENCY'] as const)
      expect(townshipDataActions(facts, { userId: '1', role, townshipId: '1' }, TODAY), role).toEqual([]);
  });
});
