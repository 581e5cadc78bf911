import type { EntityManager } from '@mikro-orm/core';
import {
  COMMUNITY_TYPES,
  SERVICE_MODES,
  USCC_ALPHABET,
  addDays,
  withUsccCheckChar,
  type CommunityType,
  type EnterpriseStatus,
  type IssueCategory,
  type ServiceMode,
} from '@wuye/domain';
import { Agency, Community, Department, Enterprise, ManagerAppointment, ProjectManager, Township, User } from '../entities/index.js';
import { hashPassword } from '../passwords.js';
import { SeededRandom, daysBetween } from './random.js';
import { seedDemoCredit } from './demo-credit.js';
import { seedDemoClosedLoop } from './demo-closed-loop.js';
import { seedDemoCampaign } from './demo-campaign.js';
import { seedDemoCommittees } from './demo-committees.js';
import { seedDemoConsequences } from './demo-consequences.js';
import { seedDemoDevelopers } from './demo-developers.js';
import { seedDemoRandomInspections } from './demo-random-inspections.js';
import { seedDemoTownshipPlans } from './demo-township-plans.js';
import { seedDemoSpecialInspections } from './demo-special-inspections.js';
import { seedDemoRecords } from './demo-records.js';
import { seedDemoLeasing } from './demo-leasing.js';
import { seedDemoPlansAndSurveys } from './demo-plans-surveys.js';
import { seedDemoPublicComplaints } from './demo-public-complaints.js';
import { DEMO_ACCOUNTS, DEMO_AGENCY, DEMO_ENTERPRISE_1, DEMO_ENTERPRISE_2, DEMO_PASSWORD, type DemoAccount } from './demo-accounts.js';

/**
 * The demo county: a fictional 青溪县 with its townships, partner departments, property-service firms, their
 * project managers and the communities they serve, plus one login per role. Everything is drawn from a seeded
 * PRNG with fixed 2026 dates, so two runs produce identical rows (password hashes aside: argon2 salts them).
 */

export const DEMO_COUNTY = { name: '青溪县', regionCode: '330128', phoneAreaCode: '0571' } as const;
/** "Today" for the demo data: appointments, contracts and registrations are placed relative to it. */
export const DEMO_REFERENCE_DATE = '2026-11-15';
/** createdAt/updatedAt of every seeded row: the campaign's mobilisation day, 09:00 Asia/Shanghai. */
/** Contracts signed up to two weeks before the reference date. */
const LAST_CONTRACT_START = '2026-10-31';
const SEEDED_AT = new Date('2026-03-10T01:00:00.000Z');
const DEFAULT_SEED = 20260310;

export interface DemoTownship {
  name: string;
  code: string;
  /** Relative share of firms and communities located there (urban areas hold more). */
  weight: number;
}

export const DEMO_TOWNSHIPS: readonly DemoTownship[] = [
  { name: '城关镇', code: '330128100', weight: 14 },
  { name: '东城街道', code: '330128001', weight: 12 },
  { name: '西城街道', code: '330128002', weight: 10 },
  { name: '南湖街道', code: '330128003', weight: 9 },
  { name: '北山街道', code: '330128004', weight: 7 },
  { name: '青溪镇', code: '330128101', weight: 6 },
  { name: '白沙镇', code: '330128102', weight: 5 },
  { name: '桃源镇', code: '330128103', weight: 4 },
  { name: '石门镇', code: '330128104', weight: 4 },
  { name: '龙潭镇', code: '330128105', weight: 3 },
  { name: '新港镇', code: '330128106', weight: 4 },
  { name: '临江镇', code: '330128107', weight: 3 },
  { name: '梅岭乡', code: '330128200', weight: 2 },
  { name: '枫林乡', code: '330128201', weight: 2 },
];

export interface DemoDepartment {
  name: string;
  code: string;
  remit: readonly IssueCategory[];
}

/** Partner departments (docs/product.md §4); every issue category but the townships' is owned by exactly one of them. */
export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { name: '住建局', code: 'ZJJ', remit: ['SERVICE_QUALITY', 'BUILDING_QUALITY', 'UNLICENSED_OPERATOR'] },
  { name: '市场监管局', code: 'SCJG', remit: ['ELEVATOR', 'FEES'] },
  { name: '公安局', code: 'GAJ', remit: ['PARKING_SECURITY'] },
  { name: '财政局', code: 'CZJ', remit: ['MAINTENANCE_FUND'] },
  { name: '自然资源局', code: 'ZRZY', remit: ['ILLEGAL_CONSTRUCTION'] },
  { name: '城管局', code: 'CGJ', remit: ['SANITATION'] },
  { name: '消防救援大队', code: 'XFJY', remit: ['FIRE'] },
  { name: '应急管理局', code: 'YJGL', remit: ['SAFETY_HAZARD'] },
  { name: '民政局', code: 'MZJ', remit: ['ELDERLY_CARE'] },
  { name: '发改局', code: 'FGJ', remit: [] },
  // Owners' committee matters are not a department's: they go to the community's own township (routeToHandler).
  { name: '乡镇（街道）办事处协调组', code: 'XZXT', remit: [] },
];

export interface SeedDemoCountyOptions {
  /** PRNG seed; the default gives the documented demo county. */
  seed?: number;
  enterprises?: number;
  communities?: number;
  /** Minimum number of project managers. */
  projectManagers?: number;
  /** A precomputed argon2 hash of DEMO_PASSWORD (hashing is the slowest step; tests reuse one). */
  passwordHash?: string;
}

export interface SeedSummary {
  townships: number;
  departments: number;
  enterprises: number;
  projectManagers: number;
  appointments: number;
  communities: number;
  users: number;
  creditRecords: number;
  ratings: number;
  inspections: number;
  complaints: number;
  issues: number;
}

let demoHash: Promise<string> | undefined;
/** The argon2 hash of DEMO_PASSWORD, computed once per process. */
export function demoPasswordHash(): Promise<string> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  return demoHash;
}

// ---- word lists -------------------------------------------------------------------------------------------------

const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严戴莫孔汤应楼俞虞',
);
const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '华',
  '斌',
  '宇',
  '浩',
  '鹏',
  '婷',
  '雪',
  '琳',
  '慧',
  '玲',
  '波',
  '辉',
  '鑫',
  '俊',
  '峰',
  '凯',
  '欣',
  '悦',
  '琪',
  '颖',
  '建华',
  '建国',
  '志强',
  '海燕',
  '晓东',
  '秀英',
  '桂英',
  '国平',
  '卫东',
  '红梅',
  '丽萍',
  '文杰',
  '晓明',
  '建军',
  '永强',
  '春燕',
  '雪梅',
  '海峰',
  '志刚',
  '俊杰',
  '子涵',
  '梓萱',
  '浩然',
  '宇航',
  '雨婷',
  '佳怡',
  '思远',
  '嘉豪',
  '欣怡',
  '晨阳',
  '立新',
  '利民',
  '爱华',
  '美玲',
  '国庆',
  '振华',
  '玉兰',
  '金凤',
  '德明',
  '永红',
  '伟东',
  '文斌',
  '少华',
  '天佑',
  '一鸣',
];
const FIRM_BRANDS = [
  '恒瑞',
  '华庭',
  '鑫源',
  '锦绣',
  '盛世',
  '嘉和',
  '祥和',
  '瑞丰',
  '金誉',
  '宏达',
  '天成',
  '康居',
  '和美',
  '益家',
  '佳园',
  '新宇',
  '明珠',
  '东方',
  '君悦',
  '碧水',
  '兴业',
  '万家',
  '永安',
  '福泰',
  '润达',
  '远航',
  '宜居',
  '怡景',
  '凯旋',
  '富华',
  '同心',
  '聚福',
  '邻里',
  '安泰',
  '鼎盛',
  '泰和',
  '金桥',
  '华安',
  '长青',
  '春晖',
  '诚信',
  '信达',
  '联创',
  '启明',
  '立信',
  '丰源',
  '博雅',
  '雅居',
  '协和',
  '德润',
  '弘毅',
  '乐居',
  '溪城',
  '青山',
  '绿源',
  '银泰',
  '鸿福',
  '惠民',
  '众安',
  '融通',
  '宏远',
  '中诚',
  '汇景',
  '嘉禾',
  '龙腾',
  '翔宇',
  '瑞祥',
  '佳美',
  '清源',
  '合力',
  '悦家',
  '安康',
  '家和',
  '新港',
  '梅林',
  '枫华',
  '桃源',
  '白鹭',
  '南湖',
  '北辰',
  '星河',
  '晨光',
  '世纪',
  '开元',
  '兆丰',
  '金色',
  '雅苑',
  '卓信',
  '优居',
  '泽润',
  '天润',
  '和泰',
  '大成',
  '精诚',
  '恒远',
  '楚韵',
  '云帆',
  '贤居',
  '馨苑',
  '永信',
];
const ROADS = [
  '人民路',
  '解放路',
  '中山路',
  '建设路',
  '文化路',
  '新华路',
  '青溪大道',
  '滨江路',
  '迎宾路',
  '湖滨路',
  '体育路',
  '府前街',
  '学府路',
  '工业路',
  '朝阳路',
  '环城东路',
  '环城西路',
  '环城南路',
  '环城北路',
  '桃源路',
  '白沙路',
  '健康路',
  '振兴路',
  '和平路',
  '长安路',
  '梅园路',
  '枫林路',
  '龙潭路',
  '临江路',
  '新港大道',
  '北山路',
  '南湖路',
  '东城大道',
  '西城路',
];
const NEW_STEMS = [
  '阳光',
  '金色',
  '翠苑',
  '锦绣',
  '滨江',
  '湖畔',
  '香樟',
  '丹桂',
  '紫荆',
  '玉兰',
  '海棠',
  '桃花',
  '梧桐',
  '银杏',
  '翡翠',
  '水岸',
  '云栖',
  '春江',
  '秋月',
  '明月',
  '星河',
  '天悦',
  '御景',
  '东湖',
  '南山',
  '北苑',
  '青园',
  '清风',
  '和园',
  '嘉园',
  '怡园',
  '景苑',
  '富春',
  '新城',
  '世纪',
  '未来',
  '书香',
  '学府',
  '文澜',
  '紫金',
  '金桂',
  '银河',
  '凤凰',
  '龙湾',
  '白鹭',
  '荷塘',
  '柳岸',
  '竹苑',
  '兰亭',
  '松涛',
  '枫林',
  '晴川',
  '锦江',
  '江南',
  '溪岸',
  '水韵',
  '悦府',
  '雅苑',
  '康乐',
  '安康',
  '幸福',
  '和谐',
  '朝晖',
  '晨曦',
  '东方',
  '华庭',
  '盛世',
  '名都',
  '中央',
  '绿洲',
  '青溪',
  '桃源',
  '润园',
  '锦园',
  '望江',
];
const NEW_SUFFIXES = ['花园', '苑', '府', '家园', '公馆', '华庭', '小区', '名邸', '雅居', '佳苑', '新城', '里'];
const OLD_UNITS = [
  '供销社',
  '粮食局',
  '化肥厂',
  '纺织厂',
  '机械厂',
  '电力局',
  '邮电局',
  '人民医院',
  '第一中学',
  '水泥厂',
  '农机厂',
  '烟草公司',
  '税务局',
  '交通局',
  '卫生院',
  '百货公司',
  '食品公司',
  '丝绸厂',
  '五金厂',
  '木材公司',
  '自来水公司',
  '糖烟酒公司',
];
const OLD_SUFFIXES = ['宿舍', '家属院', '住宅区'];
const OTHER_SUFFIXES = ['商务中心', '大厦', '广场', '商业街', '写字楼', '产业园', '公寓'];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '176',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '199',
];
/** Where firms registered outside the county are registered (Hangzhou districts). */
const OTHER_REGION_CODES = ['330106', '330105', '330110', '330182'];

// ---- generators ------------------------------------------------------------------------------------------------

type TownshipRow = { entity: Township; spec: DemoTownship };
type EnterpriseRow = { entity: Enterprise; status: EnterpriseStatus; township: TownshipRow };
type CommunityPlan = {
  name: string;
  township: TownshipRow;
  type: CommunityType;
  mode: ServiceMode;
  households: number;
  floorArea: number;
  deliveryDate: string | null;
  officeArea: number | null;
  maintenanceFundBalance: number | null;
  address: string;
  enterprise: EnterpriseRow | null;
  contractStart: string | null;
  contractEnd: string | null;
};

const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;
const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace(/-02-29$/, '-02-28');

class DemoCountyGenerator {
  constructor(private readonly rnd: SeededRandom) {}

  personName(): string {
    return this.rnd.pick(SURNAMES) + this.rnd.pick(GIVEN_NAMES);
  }

  mobile(): string {
    return this.rnd.pick(MOBILE_PREFIXES) + this.rnd.digits(8);
  }

  landline(): string {
    return `${DEMO_COUNTY.phoneAreaCode}-6${this.rnd.digits(7)}`;
  }

  address(township: DemoTownship): string {
    return `${DEMO_COUNTY.name}${township.name}${this.rnd.pick(ROADS)}${this.rnd.int(1, 399)}号`;
  }

  /** A unique USCC; firms named after the county are registered in it, others mostly too. */
  uscc(firmName: string, used: Set<string>): string {
    const local = firmName.startsWith(DEMO_COUNTY.name) || this.rnd.chance(0.6);
    for (;;) {
      const region = local ? DEMO_COUNTY.regionCode : this.rnd.pick(OTHER_REGION_CODES);
      // Codes issued since 2015 carry an organisation code starting with MA; older firms kept their 8+1-digit one.
      let org = '';
      if (this.rnd.chance(0.7)) {
        org = 'MA' + this.rnd.pick(['2', '2', '3', '5', '6']);
        while (org.length < 9) org += this.rnd.pick(Array.from(USCC_ALPHABET));
      } else {
        org = this.rnd.digits(8) + this.rnd.pick(Array.from(USCC_ALPHABET));
      }
      const code = withUsccCheckChar(`91${region}${org}`);
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  }

  firmName(brand: string): string {
    const prefix = this.rnd.weighted([
      [DEMO_COUNTY.name, 5],
      ['浙江', 3],
      ['杭州', 2],
      ['', 2],
    ] as const);
    const suffix = this.rnd.weighted([
      ['物业服务有限公司', 6],
      ['物业管理有限公司', 5],
      ['物业服务集团有限公司', 1],
    ] as const);
    return `${prefix}${brand}${suffix}`;
  }

  communityName(type: CommunityType, used: Set<string>): string {
    for (let attempt = 0; ; attempt++) {
      let name: string;
      if (type === 'NEW_RESIDENTIAL') {
        name = this.rnd.pick(NEW_STEMS) + this.rnd.pick(NEW_SUFFIXES);
      } else if (type === 'OLD') {
        name = this.rnd.chance(0.55)
          ? this.rnd.pick(OLD_UNITS) + this.rnd.pick(OLD_SUFFIXES)
          : this.rnd.chance(0.5)
            ? `${this.rnd.pick(ROADS)}${this.rnd.int(1, 120)}号院`
            : `${this.rnd.pick(NEW_STEMS)}新村`;
      } else {
        name = this.rnd.pick(NEW_STEMS) + this.rnd.pick(OTHER_SUFFIXES);
      }
      // Large estates are built in phases: a repeated name becomes the next phase.
      if (used.has(name) && attempt >= 3) name += this.rnd.pick(['二期', '三期', '东区', '西区', '南区', '北区']);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  }
}

const MODE_BY_TYPE: Record<CommunityType, readonly (readonly [ServiceMode, number])[]> = {
  NEW_RESIDENTIAL: [
    ['ENTERPRISE', 93],
    ['BASIC_SERVICE', 3],
    ['SELF_MANAGED', 2],
    ['NONE', 2],
  ],
  OLD: [
    ['ENTERPRISE', 38],
    ['BASIC_SERVICE', 30],
    ['SELF_MANAGED', 17],
    ['NONE', 15],
  ],
  OTHER: [
    ['ENTERPRISE', 70],
    ['BASIC_SERVICE', 8],
    ['SELF_MANAGED', 12],
    ['NONE', 10],
  ],
};

/**
 * Seeds the demo county into an empty database in one transaction. Counts with the defaults: 14 townships,
 * 11 departments, 84 enterprises, 640 communities, ≥ 160 project managers, 10 users.
 */
export async function seedDemoCounty(em: EntityManager, opts: SeedDemoCountyOptions = {}): Promise<SeedSummary> {
  const enterpriseCount = opts.enterprises ?? 84;
  const communityCount = opts.communities ?? 640;
  const managerTarget = opts.projectManagers ?? 160;
  if (enterpriseCount < 10 || communityCount < 50) throw new RangeError('the demo county needs ≥ 10 enterprises and ≥ 50 communities');
  const passwordHash = opts.passwordHash ?? (await demoPasswordHash());
  const rnd = new SeededRandom(opts.seed ?? DEFAULT_SEED);
  const gen = new DemoCountyGenerator(rnd);
  const stamps = { createdAt: SEEDED_AT, updatedAt: SEEDED_AT };

  return em.transactional(async (tx) => {
    // Townships and departments.
    const townships: TownshipRow[] = DEMO_TOWNSHIPS.map((spec) => ({
      spec,
      entity: tx.create(Township, { name: spec.name, code: spec.code, ...stamps }),
    }));
    const townshipByName = new Map(townships.map((t) => [t.spec.name, t]));
    const pickTownship = () => rnd.weighted(townships.map((t) => [t, t.spec.weight] as const));
    const departments = DEMO_DEPARTMENTS.map((d) => tx.create(Department, { name: d.name, code: d.code, remit: [...d.remit], ...stamps }));
    const departmentByName = new Map(departments.map((d) => [d.name, d]));

    // Enterprises: #1 and #2 are the demo logins' firms; a few of the others are suspended or expelled.
    const usccs = new Set<string>();
    const firmNames = new Set<string>([DEMO_ENTERPRISE_1.name, DEMO_ENTERPRISE_2.name]);
    const brands = rnd.shuffle(FIRM_BRANDS);
    const troubled = rnd.shuffle(Array.from({ length: enterpriseCount - 2 }, (_, i) => i + 2));
    const suspended = new Set(troubled.slice(0, Math.max(1, Math.round(enterpriseCount * 0.07))));
    const expelled = new Set(troubled.slice(suspended.size, suspended.size + Math.max(1, Math.round(enterpriseCount * 0.05))));
    const enterprises: EnterpriseRow[] = [];
    for (let i = 0; i < enterpriseCount; i++) {
      let name: string;
      let township: TownshipRow;
      if (i === 0 || i === 1) {
        const fixed = i === 0 ? DEMO_ENTERPRISE_1 : DEMO_ENTERPRISE_2;
        name = fixed.name;
        township = townshipByName.get(fixed.township)!;
      } else {
        do {
          const brand = brands.length > 0 ? brands.pop()! : rnd.pick(FIRM_BRANDS) + rnd.pick(['', '新', '华', '嘉']);
          name = gen.firmName(brand);
        } while (firmNames.has(name));
        firmNames.add(name);
        township = pickTownship();
      }
      const status: EnterpriseStatus = expelled.has(i) ? 'EXPELLED' : suspended.has(i) ? 'SUSPENDED' : 'ACTIVE';
      const contactPerson = gen.personName();
      const entity = tx.create(Enterprise, {
        name,
        uscc: gen.uscc(name, usccs),
        legalRepresentative: gen.personName(),
        contactPerson,
        contactPhone: rnd.chance(0.65) ? gen.mobile() : gen.landline(),
        address: `${gen.address(township.spec)}${rnd.chance(0.5) ? `${rnd.int(1, 12)}幢${rnd.int(1, 6)}0${rnd.int(1, 8)}室` : ''}`,
        township: township.entity,
        status,
        score: 80,
        grade: null,
        listStatus: 'NONE',
        listUntil: null,
        ...stamps,
      });
      enterprises.push({ entity, status, township });
    }

    // Communities: the first ones cover every type × service mode, the rest follow the county's mix.
    const communityNames = new Set<string>();
    const combos: [CommunityType, ServiceMode][] = COMMUNITY_TYPES.flatMap((t) => SERVICE_MODES.map((m) => [t, m] as [CommunityType, ServiceMode]));
    const plans: CommunityPlan[] = [];
    for (let i = 0; i < communityCount; i++) {
      const [type, mode] =
        i < combos.length
          ? combos[i]!
          : (() => {
              const t = rnd.weighted([
                ['NEW_RESIDENTIAL', 45],
                ['OLD', 40],
                ['OTHER', 15],
              ] as const);
              return [t, rnd.weighted(MODE_BY_TYPE[t])] as [CommunityType, ServiceMode];
            })();
      const township = pickTownship();
      let households: number;
      let floorArea: number;
      let deliveryDate: string | null;
      let officeArea: number | null;
      let fund: number | null;
      if (type === 'NEW_RESIDENTIAL') {
        households = rnd.int(180, 2200);
        floorArea = round2(households * rnd.float(88, 125));
        deliveryDate = rnd.date('2006-01-01', '2026-06-30');
        officeArea = round1(Math.max(60, floorArea * rnd.float(0.002, 0.004)));
        fund = round2(households * rnd.float(2500, 9000));
      } else if (type === 'OLD') {
        households = rnd.int(24, 480);
        floorArea = round2(households * rnd.float(55, 80));
        deliveryDate = rnd.chance(0.9) ? rnd.date('1982-01-01', '2004-12-31') : null;
        officeArea = rnd.chance(0.5) ? round1(rnd.float(15, 60)) : null;
        fund = rnd.chance(0.4) ? round2(households * rnd.float(0, 800)) : null;
      } else {
        households = rnd.chance(0.3) ? 0 : rnd.int(20, 320);
        floorArea = round2(rnd.float(8000, 90000));
        deliveryDate = rnd.date('2000-01-01', '2024-12-31');
        officeArea = round1(rnd.float(30, 200));
        fund = rnd.chance(0.5) ? round2(floorArea * rnd.float(20, 60)) : null;
      }
      let contractStart: string | null = null;
      let contractEnd: string | null = null;
      if (mode === 'ENTERPRISE') {
        // Contracts run 2, 3 or 5 years from no earlier than delivery; about one in eight has lapsed and awaits renewal.
        const years = rnd.weighted([
          [2, 2],
          [3, 5],
          [5, 2],
        ] as const);
        const earliest = deliveryDate && deliveryDate > '2019-01-01' ? deliveryDate : '2019-01-01';
        const lastLapsedStart = addYears(DEMO_REFERENCE_DATE, -years);
        const lapsed = earliest <= lastLapsedStart && rnd.chance(0.12);
        contractStart = lapsed
          ? rnd.date(earliest, lastLapsedStart)
          : rnd.date(earliest > lastLapsedStart ? earliest : addDays(lastLapsedStart, 1), LAST_CONTRACT_START);
        contractEnd = addDays(addYears(contractStart, years), -1);
      } else if (mode === 'BASIC_SERVICE') {
        // Township-organised fallback service, renewed yearly or every two years.
        contractStart = rnd.date('2025-01-01', LAST_CONTRACT_START);
        contractEnd = addDays(addYears(contractStart, rnd.pick([1, 2])), -1);
      }
      plans.push({
        name: gen.communityName(type, communityNames),
        township,
        type,
        mode,
        households,
        floorArea,
        deliveryDate,
        officeArea,
        maintenanceFundBalance: fund,
        address: gen.address(township.spec),
        enterprise: null,
        contractStart,
        contractEnd,
      });
    }

    // Serving firms: never an expelled one. Demo firm #1 serves at least 9 communities, #2 at least 6, every other eligible
    // firm at least one; the rest go mostly to firms of the same township, suspended firms getting fewer.
    const eligible = enterprises.filter((e) => e.status !== 'EXPELLED');
    const served = rnd.shuffle(plans.filter((p) => p.mode === 'ENTERPRISE'));
    const forced: EnterpriseRow[] = [...Array<EnterpriseRow>(9).fill(enterprises[0]!), ...Array<EnterpriseRow>(6).fill(enterprises[1]!), ...eligible.slice(2)];
    if (served.length < forced.length) throw new RangeError('too few ENTERPRISE communities for the demo firms');
    served.forEach((plan, k) => {
      if (k < forced.length) {
        plan.enterprise = forced[k]!;
        return;
      }
      const local = eligible.filter((e) => e.township === plan.township);
      const pool = local.length > 0 && rnd.chance(0.6) ? local : eligible;
      plan.enterprise = rnd.weighted(pool.map((e) => [e, e.status === 'ACTIVE' ? 1 : 0.3] as const));
    });

    const communities = plans.map((p) =>
      tx.create(Community, {
        name: p.name,
        township: p.township.entity,
        address: p.address,
        type: p.type,
        households: p.households,
        floorArea: p.floorArea,
        deliveryDate: p.deliveryDate,
        serviceMode: p.mode,
        enterprise: p.enterprise?.entity ?? null,
        contractStart: p.contractStart,
        contractEnd: p.contractEnd,
        officeArea: p.officeArea,
        maintenanceFundBalance: p.maintenanceFundBalance,
        ...stamps,
      }),
    );

    // Project managers: about one per 2.5 communities of each firm (never more managers than communities), topped
    // up at the busiest firms; each firm's communities are shared round-robin among its managers.
    const plansByFirm = new Map<EnterpriseRow, number[]>();
    plans.forEach((p, i) => {
      if (p.enterprise) plansByFirm.set(p.enterprise, [...(plansByFirm.get(p.enterprise) ?? []), i]);
    });
    const firms = enterprises.filter((e) => plansByFirm.has(e));
    const managerCount = new Map(firms.map((f) => [f, Math.max(1, Math.round(plansByFirm.get(f)!.length / 2.5))]));
    let total = [...managerCount.values()].reduce((a, b) => a + b, 0);
    while (total < managerTarget) {
      // The busiest firm (most communities per manager) hires next; a firm never has more managers than communities.
      let busiest: EnterpriseRow | null = null;
      let busiestLoad = 1;
      for (const f of firms) {
        const load = plansByFirm.get(f)!.length / managerCount.get(f)!;
        if (load > busiestLoad) [busiest, busiestLoad] = [f, load];
      }
      if (!busiest) break;
      managerCount.set(busiest, managerCount.get(busiest)! + 1);
      total++;
    }

    let certificateSeq = 0;
    let managers = 0;
    let appointments = 0;
    const registeredOn = (start: string): string | null => {
      const lag = rnd.weighted([
        ['ON_TIME', 85],
        ['LATE', 8],
        ['MISSING', 7],
      ] as const);
      if (lag === 'MISSING') return null;
      const day = addDays(start, lag === 'ON_TIME' ? rnd.int(1, 28) : rnd.int(31, 120));
      return day <= DEMO_REFERENCE_DATE ? day : null;
    };
    for (const firm of firms) {
      const roster = Array.from({ length: managerCount.get(firm)! }, () => {
        certificateSeq++;
        managers++;
        return tx.create(ProjectManager, {
          name: gen.personName(),
          enterprise: firm.entity,
          certificateNo: `ZJWY${rnd.int(2012, 2025)}${String(certificateSeq).padStart(5, '0')}`,
          phone: gen.mobile(),
          ...stamps,
        });
      });
      plansByFirm.get(firm)!.forEach((planIndex, k) => {
        const plan = plans[planIndex]!;
        const community = communities[planIndex]!;
        const current = roster[k % roster.length]!;
        const contractStart = plan.contractStart!;
        const latest = contractStart > DEMO_REFERENCE_DATE ? contractStart : DEMO_REFERENCE_DATE;
        // About a third of the communities changed manager during the contract: the earlier appointment has ended.
        const handedOver = roster.length > 1 && daysBetween(contractStart, latest) > 120 && rnd.chance(0.35);
        const currentStart = handedOver
          ? rnd.date(addDays(contractStart, 90), addDays(latest, -30))
          : rnd.date(contractStart, addDays(contractStart, Math.min(30, daysBetween(contractStart, latest))));
        if (handedOver) {
          const previous = roster[(k + 1) % roster.length]!;
          tx.create(ManagerAppointment, {
            manager: previous,
            community,
            startDate: contractStart,
            endDate: addDays(currentStart, -1),
            registeredOn: registeredOn(contractStart),
            createdAt: SEEDED_AT,
          });
          appointments++;
        }
        tx.create(ManagerAppointment, {
          manager: current,
          community,
          startDate: currentStart,
          endDate: null,
          registeredOn: registeredOn(currentStart),
          createdAt: SEEDED_AT,
        });
        appointments++;
      });
    }

    // One login per role.
    const agency = tx.create(Agency, { name: DEMO_AGENCY.name, groupName: DEMO_AGENCY.groupName, createdAt: SEEDED_AT });
    const scopeOf = (a: DemoAccount) => {
      const scope = {
        township: null as Township | null,
        department: null as Department | null,
        enterprise: null as Enterprise | null,
        agency: null as Agency | null,
        position: a.position ?? null,
      };
      if (a.role === 'AGENCY') scope.agency = agency;
      if (a.role === 'TOWNSHIP') scope.township = townshipByName.get(a.scope!)!.entity;
      if (a.role === 'DEPARTMENT') scope.department = departmentByName.get(a.scope!)!;
      if (a.role === 'ENTERPRISE') scope.enterprise = enterprises.find((e) => e.entity.name === a.scope)!.entity;
      return scope;
    };
    for (const account of DEMO_ACCOUNTS) {
      tx.create(User, {
        username: account.username,
        displayName: account.displayName,
        passwordHash,
        role: account.role,
        ...scopeOf(account),
        active: true,
        failedLogins: 0,
        passwordChangedAt: SEEDED_AT,
        ...stamps,
      });
    }

    await tx.flush();
    const credit = await seedDemoCredit(tx, DEMO_REFERENCE_DATE, opts.seed ?? DEFAULT_SEED);
    const closedLoop = await seedDemoClosedLoop(tx, DEMO_REFERENCE_DATE, opts.seed ?? DEFAULT_SEED);
    // The campaign last: its published bulletins are snapshots of everything seeded before.
    await seedDemoCampaign(tx, DEMO_REFERENCE_DATE, opts.seed ?? DEFAULT_SEED);
    await seedDemoCommittees(tx, DEMO_REFERENCE_DATE, opts.seed ?? DEFAULT_SEED);
    await seedDemoRandomInspections(tx, DEMO_REFERENCE_DATE);
    await seedDemoTownshipPlans(tx, DEMO_REFERENCE_DATE);
    await seedDemoRecords(tx, DEMO_REFERENCE_DATE);
    await seedDemoLeasing(tx, DEMO_REFERENCE_DATE);
    await seedDemoPlansAndSurveys(tx, DEMO_REFERENCE_DATE);
    await seedDemoPublicComplaints(tx, DEMO_REFERENCE_DATE);
    await seedDemoConsequences(tx, DEMO_REFERENCE_DATE);
    const developers = await seedDemoDevelopers(tx, DEMO_REFERENCE_DATE);
    // The departments' special inspections last: their failed items join the ledger after the published bulletins and
    // November's random draw were made from it, so those stay as they were.
    const special = await seedDemoSpecialInspections(tx, DEMO_REFERENCE_DATE);
    // Refreshing the standings touched updatedAt: keep the seeded rows identical from run to run.
    await tx.nativeUpdate(Enterprise, {}, { updatedAt: SEEDED_AT });
    await tx.nativeUpdate(ProjectManager, {}, { updatedAt: SEEDED_AT });
    return {
      townships: townships.length,
      departments: departments.length,
      enterprises: enterprises.length,
      projectManagers: managers,
      appointments,
      communities: communities.length,
      users: DEMO_ACCOUNTS.length,
      creditRecords: credit.records + closedLoop.systemRecords,
      ratings: credit.ratings,
      inspections: closedLoop.inspections,
      complaints: closedLoop.complaints,
      issues: closedLoop.issues + developers.issues + special.issues,
    };
  });
}
