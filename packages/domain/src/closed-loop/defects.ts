import { ISSUE_CATEGORIES } from '../enums.js';
import type { IssueCategory } from '../enums.js';
import type { FieldIssue } from '../field-errors.js';

/**
 * The construction-quality defects of seed part 6 (篇六 “常见质量通病产生的原因” and “防治的措施”): reference data
 * shown on a BUILDING_QUALITY (房屋质量保修) issue. For each defect, item (1) of the seed's measures is the
 * prevention text and item (2) the repair text.
 *
 * Transcribed from the seed with these editorial repairs of its OCR damage, and nothing else changed:
 * - misprints: 于净→干净, 摸板/模扳→模板, 混凝上→混凝土, 离折→离析, 串简→串筒, 受陈→受冻;
 * - numbers lost from the seed, restored to the values of the standard text: 间歇 1~→间歇 1～1.5h,
 *   “1:2 或 1: 水泥砂浆”→“1:2 或 1:2.5 水泥砂浆”, “/mm2 以上强度”→“1.2N/mm² 以上强度”;
 * - the seed lost the start of 露筋 prevention item (1), which begins mid-word (“击钢筋”); only the words needed
 *   to make it a sentence (“混凝土振捣严禁撞”) are supplied.
 */
export const BUILDING_QUALITY_SUBTYPES = [
  'HONEYCOMBING',
  'PITTING',
  'VOIDS',
  'EXPOSED_REBAR',
  'SEAMS_AND_INTERLAYERS',
  'BROKEN_EDGES',
  'INSUFFICIENT_STRENGTH',
] as const;
export type BuildingQualitySubtype = (typeof BUILDING_QUALITY_SUBTYPES)[number];

export interface ConstructionDefect {
  code: BuildingQualitySubtype;
  nameZh: string;
  nameEn: string;
  /** The seed's definition, where it gives one. */
  descriptionZh: string | null;
  causes: readonly string[];
  prevention: string;
  repair: string;
}

export const CONSTRUCTION_DEFECTS: readonly ConstructionDefect[] = [
  {
    code: 'HONEYCOMBING',
    nameZh: '蜂窝',
    nameEn: 'Honeycombing',
    descriptionZh: null,
    causes: [
      '混凝土配合比不当或砂、石、水泥材料加水量计量不准，造成砂浆少、石子多。',
      '混凝土搅拌时间不够，未拌合均匀，和易性差，振捣不密实。',
      '下料不当或下料高度过高，使混凝土离析，造成石子集中。',
      '混凝土未分层下料，振捣不实，或漏振，或振捣时间不够。',
      '模板缝隙未堵严，水泥浆流失。',
      '钢筋较密，使用的石子粒径过大或坍落度过小。',
      '基础、柱、墙根部未稍加间歇就继续灌上层混凝土。',
    ],
    prevention:
      '认真设计、严格控制混凝土配合比，经常检查，做到计量准确，混凝土拌合均匀，坍落度适合；混凝土下料高度超过 2m 应设串筒或溜槽；浇灌应分层下料，分层振捣，防止漏振；模板缝应堵塞严密，浇灌中，应随时检查模板支撑情况防止漏浆；基础、柱、墙根部应在下部浇完间歇 1～1.5h，沉实后再浇上部混凝土，避免出现“烂脖子”。',
    repair:
      '小蜂窝洗刷干净后，用 1:2 或 1:2.5 水泥砂浆抹平压实；对较大蜂窝，凿去蜂窝处薄弱松散颗粒，刷洗净后，支模用高一级细石混凝土仔细填塞捣实。对较深蜂窝，如清除困难，可埋压浆管、排气管，表面抹砂浆或灌筑混凝土封闭后，进行水泥压浆处理。',
  },
  {
    code: 'PITTING',
    nameZh: '麻面',
    nameEn: 'Pitting (surface voids)',
    descriptionZh: null,
    causes: [
      '模板表面粗糙或粘附水泥浆渣等杂物未清理干净，拆模时混凝土表面被粘坏。',
      '模板未浇水湿润或湿润不够，构件表面混凝土的水分被吸去，使混凝土失水过多出现麻面。',
      '模板拼缝不严，局部漏浆。',
      '模板隔离剂涂刷不匀，或局部漏刷或失效。混凝土表面与模板粘结造成麻面。',
      '混凝土振捣不实，气泡未排出，停在模板表面形成麻点。',
    ],
    prevention:
      '模板表面清理干净，不得粘有干硬水泥砂浆等杂物，浇灌混凝土前，模板应浇水充分湿润，模板缝隙，应用油毡纸、腻子等堵严，模板隔离剂应选用长效的，涂刷均匀，不得漏刷；混凝土应分层均匀振捣密实，至排除气泡为止。',
    repair: '表面作粉刷的，可不处理，表面无粉刷的，应在麻面部位浇水充分湿润后，用原混凝土配合比去石子砂浆，将麻面抹平压光。',
  },
  {
    code: 'VOIDS',
    nameZh: '孔洞',
    nameEn: 'Voids',
    descriptionZh: '混凝土结构内部有尺寸较大的空隙，局部没有混凝土或蜂窝特别大，钢筋局部或全部裸露。',
    causes: [
      '在钢筋较密的部位或预留孔洞和埋件处，混凝土下料被搁住，未振捣就继续浇筑上层混凝土。',
      '混凝土离析，砂浆分离，石子成堆，严重跑浆，又未进行振捣。',
      '混凝土一次下料过多、过厚，下料高度过高，振捣器振动不到，形成松散孔洞。',
      '混凝土内掉入木块、泥块等杂物，混凝土被卡住。',
    ],
    prevention:
      '在钢筋密集处及复杂部位，采用细石混凝土浇灌，在模板内充满，认真分层振捣密实，预留孔洞，应两侧同时下料，侧面加开浇灌门，严防漏振，砂石中混有粘土块、模板工具等杂物掉入混凝土内，应及时清除干净。',
    repair: '将孔洞周围的松散混凝土和软弱浆膜凿除，用压力水冲洗，湿润后用高强度等级细石混凝土仔细浇灌、捣实。',
  },
  {
    code: 'EXPOSED_REBAR',
    nameZh: '露筋',
    nameEn: 'Exposed reinforcement',
    descriptionZh: '混凝土内部主筋、负筋或箍筋局部裸露在结构构件表面。',
    causes: [
      '在灌筑混凝土时，钢筋保护层垫块位移或垫块太少或漏放，致使钢筋紧贴模板外露。',
      '结构构件截面小，钢筋过密，石子卡在钢筋上，使水泥砂浆不能充满钢筋周围，造成露筋。',
      '混凝土配合比不当，产生离析，靠模板部位缺浆或模板漏浆。',
      '混凝土保护层太小，保护层处混凝土振捣不实，或振捣棒撞击钢筋或踩踏钢筋，使钢筋位移，造成露筋。',
      '木模板未浇水湿润，吸水粘结或脱模过早，拆模时缺棱、掉角，导致露筋。',
    ],
    prevention:
      '混凝土振捣严禁撞击钢筋，操作时，避免踩踏钢筋，如有踩弯或脱扣等及时调整直正；保护层混凝土要振捣密实；正确掌握脱模时间，防止过早拆模，碰坏棱角。',
    repair:
      '表面露筋刷洗净后，在表面抹 1:2 或 1:2.5 水泥砂浆，将露筋部位抹平；露筋较深的凿去薄弱混凝土和突出颗粒，洗刷干净后，用比原来高一等级的细石混凝土填塞压实。',
  },
  {
    code: 'SEAMS_AND_INTERLAYERS',
    nameZh: '缝隙和夹层',
    nameEn: 'Seams and interlayers',
    descriptionZh: '混凝土内存在水平或垂直的松散混凝土夹层。',
    causes: [
      '施工缝或变形缝未经接缝处理、清除表面水泥薄膜和松动石子，未除去软弱混凝土层，未充分湿润就灌筑混凝土。',
      '施工缝处锯屑、泥土、砖块等杂物未清除或未清除干净。',
      '混凝土浇灌高度过高，未设串筒、溜槽，造成混凝土离析。',
      '底层交接处未灌接缝砂浆层，接缝处混凝土未很好振捣。',
    ],
    prevention:
      '认真按施工验收规范要求处理施工缝及变形缝表面；接缝处锯屑、泥土砖块等杂物应清理干净并洗净；混凝土浇灌高度大于 2m 应设串筒或溜槽，接缝处浇灌前应先浇 50～100mm 厚原配合比无石子砂浆，以利结合良好，并加强接缝处混凝土的振捣密实。',
    repair:
      '当缝隙夹层不深时，可将松散混凝土凿去，洗刷干净后用 1:2 或 1:2.5 水泥砂浆填密实；缝隙夹层较深时，应清除松散部分和内部夹杂物，用压力水冲洗干净后支模，灌细石混凝土或将表面封闭后进行压浆处理。',
  },
  {
    code: 'BROKEN_EDGES',
    nameZh: '缺棱掉角',
    nameEn: 'Broken edges and corners',
    descriptionZh: '结构或构件边角处混凝土局部掉落，不规则，棱角有缺陷。',
    causes: [
      '木模板未充分浇水湿润或湿润不够，混凝土浇筑后养护不好，造成脱水，强度低，或模板吸水膨胀将边角拉裂，在拆模时棱角被粘掉。',
      '低温施工过早拆除侧面非承重模板。',
      '在拆模时，边角受外力或重物撞击，或保护不好，棱角被碰掉。',
      '模板未涂刷隔离剂，或涂刷不均。',
    ],
    prevention:
      '木模板在浇筑混凝土前应充分湿润，混凝土浇筑后应认真浇水养护，拆除侧面非承重模板时，混凝土应具有 1.2N/mm² 以上强度；拆模时注意保护棱角，避免用力过猛过急；吊运模板，防止撞击棱角。',
    repair: '将缺棱掉角处松散颗粒凿除，冲洗充分湿润后，用 1:2 或 1:2.5 水泥砂浆抹补齐整，或用比原来高一等级混凝土捣实补好，认真养护。',
  },
  {
    code: 'INSUFFICIENT_STRENGTH',
    nameZh: '强度不足，均质性差',
    nameEn: 'Insufficient strength, poor homogeneity',
    descriptionZh: '同批混凝土试块的抗压强度平均值低于设计要求强度等级。',
    causes: [
      '水泥过期或受潮，活性降低；砂石集料级配不好，空隙大，含泥量大，杂物多；外加剂使用不当，掺量不准确。',
      '混凝土配合比不当，计量不准，施工中随意加水，使水灰比增大。',
      '混凝土加料顺序颠倒，搅拌时间不够，拌合不匀。',
      '冬期施工拆模过早，或早期受冻。',
      '混凝土试块制作未振捣密实，养护管理不善，或养护条件不符合要求，在同条件养护时，早期脱水，或受外力砸坏。',
    ],
    prevention:
      '水泥应有出厂合格证，新鲜无结块，过期水泥经试验合格才用；砂、石子粒径、级配、含泥量等应符合要求，严格控制混凝土配合比，保证计量准确，混凝土应按顺序拌制，保证搅拌时间和拌匀；防止混凝土早期受冻，按施工规范要求认真制作混凝土试块，并加强对试块的管理和养护。',
    repair:
      '当混凝土强度偏低，可用非破损方法（如回弹仪法，超声波法）来测定结构混凝土实际强度，如仍不能满足要求，可按实际强度校核结构的安全度，研究处理方案，采取相应加固或补强措施。',
  },
];

export function constructionDefect(code: string): ConstructionDefect | undefined {
  return CONSTRUCTION_DEFECTS.find((d) => d.code === code);
}

/** Subtypes per issue category; a category not listed here takes no subtype. */
export const ISSUE_SUBTYPES: Readonly<Partial<Record<IssueCategory, readonly string[]>>> = {
  BUILDING_QUALITY: BUILDING_QUALITY_SUBTYPES,
};

/** Checks an issue's or complaint's category and optional subtype (e.g. BUILDING_QUALITY / HONEYCOMBING). */
export function checkIssueClassification(category: string | null | undefined, subtype?: string | null): FieldIssue[] {
  if (category == null || category === '') return [{ field: 'category', code: 'REQUIRED' }];
  if (!(ISSUE_CATEGORIES as readonly string[]).includes(category)) {
    return [{ field: 'category', code: 'UNKNOWN_CATEGORY', params: { value: category } }];
  }
  if (subtype == null || subtype === '') return [];
  const allowed = ISSUE_SUBTYPES[category as IssueCategory];
  if (!allowed) return [{ field: 'subtype', code: 'SUBTYPE_NOT_ALLOWED', params: { category } }];
  if (!allowed.includes(subtype)) return [{ field: 'subtype', code: 'UNKNOWN_SUBTYPE', params: { value: subtype, category } }];
  return [];
}
