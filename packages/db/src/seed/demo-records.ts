import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { addDays, type Principal } from '@wuye/domain';
import {
  approveMinutes,
  attachArticleImage,
  createArticle,
  publishArticle,
  recordPeerVisit,
  scheduleJointMeeting,
  submitMinutes,
  withdrawArticle,
  writeMinutes,
} from '../campaign/index.js';
import { clock } from '../clock.js';
import { Campaign, Community, Enterprise, JointMeeting, User } from '../entities/index.js';
import { DEMO_ENTERPRISE_1, DEMO_ENTERPRISE_2 } from './demo-accounts.js';
import { demoScenePng } from './demo-images.js';

/**
 * The campaign's records in the demo county (docs/campaign-records.md), written through the commands at their own
 * dates (clock.runAt): the monthly consultation (月度会商) of every 2026 month up to the reference date, minutes
 * written by 王建国 (regulator) and approved by the second regulator — November's was held on the 12th and has no
 * minutes yet (the journey writes them), October's are submitted and wait for approval; the joint meetings' minutes
 * (the third one's still a draft); three peer visits (观摩); and the publicity column's articles (one draft, one
 * withdrawn; the two typical cases with pictures drawn in code, attached while drafts as the bureau does).
 */
export interface DemoRecordsSummary {
  consultations: number;
  approvedMinutes: number;
  peerVisits: number;
  publishedArticles: number;
}

const at = (day: string, time: string) => new Date(`${day}T${time}+08:00`);
const CONSULTATION_DAYS = ['01-15', '02-12', '03-12', '04-09', '05-14', '06-11', '07-09', '08-13', '09-10', '10-15', '11-12'];
const TOPICS: Record<string, string> = {
  '01': '研究年度物业监管工作要点和提升年活动方案起草',
  '02': '讨论提升年活动实施方案（征求意见稿）和成员单位责任清单',
  '03': '部署动员阶段工作，明确各乡镇（街道）排查时间表',
  '04': '通报问题排查情况，研究电梯安全隐患和消防通道占用问题的交办',
  '05': '通报一季度信用评价结果，研究业委会组建推进办法',
  '06': '通报集中攻坚阶段整改进度，研究物业费收缴和收费公示问题',
  '07': '研究维修资金使用审批提速和老旧小区物业服务覆盖',
  '08': '通报二季度信用评价结果和红黑名单，研究清出市场企业的项目交接',
  '09': '研究“回头看”工作方案和观摩活动安排',
  '10': '通报“回头看”发现问题，研究三季度评比和典型案例宣传',
  '11': '研究巩固提升阶段工作和年度考核办法',
};
const ATTENDEES = ['县住建局 王建国（主持）', '县住建局 陈敏', '县市场监管局 周立', '县民政局 刘芳', '县消防救援大队 孙强', '城关镇 陈建国', '东城街道 李卫东'];

export async function seedDemoRecords(em: EntityManager, referenceDate: string): Promise<DemoRecordsSummary> {
  const users = new Map((await em.find(User, { username: { $in: ['regulator', 'regulator2'] } })).map((u) => [u.username, u]));
  const who = (username: string): Principal => ({ userId: String(users.get(username)!.id), role: 'REGULATOR' });
  const [writer, approver] = [who('regulator'), who('regulator2')];
  const campaign = await em.findOne(Campaign, { year: 2026 });
  let consultations = 0;
  let approvedMinutes = 0;

  const minutesFor = async (meeting: JointMeeting, body: string, until: 'DRAFT' | 'SUBMITTED' | 'APPROVED') => {
    const day = meeting.heldAt.toISOString().slice(0, 10);
    await clock.runAt(at(addDays(day, 1), '16:30:00'), () => writeMinutes(em, writer, meeting.id, { body, attendees: ATTENDEES }));
    if (until === 'DRAFT') return;
    await clock.runAt(at(addDays(day, 2), '10:00:00'), () => submitMinutes(em, writer, meeting.id));
    if (until === 'SUBMITTED') return;
    await clock.runAt(at(addDays(day, 3), '09:15:00'), () => approveMinutes(em, approver, meeting.id));
    approvedMinutes++;
  };

  // 月度会商: every month, in the county bureau's meeting room, minutes approved within three days.
  for (const md of CONSULTATION_DAYS) {
    const day = `2026-${md}`;
    if (day > referenceDate) break;
    const month = Number(md.slice(0, 2));
    const meeting = await clock.runAt(at(addDays(day, -5), '10:00:00'), () =>
      scheduleJointMeeting(
        em,
        {
          campaignId: campaign && day >= campaign.startDate ? campaign.id : null,
          kind: 'MONTHLY_CONSULTATION',
          title: `2026年${month}月物业管理工作月度会商会`,
          heldAt: at(day, '09:00:00'),
          location: '县住建局三楼会议室',
          agenda: TOPICS[md.slice(0, 2)]!,
          participants: ['县住建局分管领导及物业科', '县市场监管局、民政局、消防救援大队联络员', '城关镇、东城街道分管负责人'],
          contactPhone: '0571-63900172',
        },
        addDays(day, -5),
      ),
    );
    consultations++;
    if (day === '2026-11-12') continue;
    const body = [
      `2026年${month}月物业管理工作月度会商会由县住建局分管副局长王建国主持。`,
      `会议${TOPICS[md.slice(0, 2)]}。各成员单位通报了上月交办事项的办理情况，对逾期未办结的事项逐项明确了责任单位和完成时限。`,
      '会议议定：一、各乡镇（街道）于本月25日前报送问题整改台账；二、县住建局汇总形成月度通报，经领导小组审定后印发；三、下次会商会于下月第二周召开。',
    ].join('\n\n');
    await minutesFor(meeting, body, day === '2026-10-15' ? 'SUBMITTED' : 'APPROVED');
  }

  // The joint meetings of the campaign (seeded with their notices): minutes for each, the latest still a draft.
  const joint = await em.find(JointMeeting, { kind: 'JOINT' }, { orderBy: { heldAt: 'asc' } });
  for (const [i, m] of joint.entries()) {
    const body = `${m.title}由县政府分管副县长主持，县住建局汇报了活动进展。会议${m.agenda}。各成员单位围绕职责作了表态发言，会议对下一阶段任务作了具体部署。`;
    await minutesFor(m, body, i === joint.length - 1 ? 'DRAFT' : 'APPROVED');
  }

  // 观摩: three visits to the county's better-run firms and communities.
  const firms = await em.find(Enterprise, { status: 'ACTIVE' }, { orderBy: { score: 'desc', id: 'asc' }, limit: 6 });
  const demo1 = await em.findOneOrFail(Enterprise, { name: DEMO_ENTERPRISE_1.name });
  const demo2 = await em.findOneOrFail(Enterprise, { name: DEMO_ENTERPRISE_2.name });
  const others = firms.filter((f) => f.id !== demo1.id && f.id !== demo2.id);
  const hostCommunity = await em.findOne(Community, { enterprise: demo1.id }, { orderBy: { id: 'asc' } });
  const visits = [
    {
      visitedOn: '2026-06-24',
      hostEnterpriseId: demo1.id,
      hostCommunityId: hostCommunity?.id ?? null,
      visitorEnterpriseIds: [demo2.id, others[0]!.id],
      visitorPeople: ['县住建局 王建国', '城关镇 陈建国'],
      findings: `${demo1.name}${hostCommunity ? `在${hostCommunity.name}` : ''}推行“一户一档”租户台账和每月安全日活动，车库监控全覆盖，公示栏内容规范。与会企业认为其日常巡查记录和工单闭环做法值得推广。`,
    },
    {
      visitedOn: '2026-08-20',
      hostEnterpriseId: others[0]!.id,
      visitorEnterpriseIds: [others[1]!.id, others[2]!.id],
      visitorPeople: ['县住建局 陈敏', '东城街道 李卫东', '县市场监管局 周立'],
      findings:
        '观摩了收费公示和业主满意度回访做法：收费项目、标准和投诉电话在小区出入口公示，季度回访覆盖全部楼栋。不足：外包保洁作业标准未上墙，已提醒整改。',
    },
    {
      visitedOn: '2026-10-22',
      hostEnterpriseId: others[1]!.id,
      visitorEnterpriseIds: [demo1.id, others[3]!.id],
      visitorPeople: ['县住建局 王建国', '县消防救援大队 孙强'],
      findings: '“回头看”观摩：消防通道划线和标识清晰，占用问题已全部整改；电梯维保记录齐全。建议各企业参照其绿化修剪计划和设施设备责任人公示做法。',
    },
  ];
  for (const v of visits) await clock.runAt(at(v.visitedOn, '17:00:00'), () => recordPeerVisit(em, writer, v, v.visitedOn));

  // 宣传专栏: news, typical cases and notices; one draft, one withdrawn and replaced.
  const articles: {
    kind: 'NEWS' | 'TYPICAL_CASE' | 'NOTICE';
    title: string;
    summary?: string;
    body: string;
    source: string;
    on: string;
    state: 'PUBLISHED' | 'DRAFT' | 'WITHDRAWN';
    images?: { name: string; caption: string; png: Buffer }[];
  }[] = [
    {
      kind: 'NOTICE',
      title: '关于开展物业管理服务提升年活动的通知',
      summary: '全县开展为期一年的物业管理服务提升年活动，分动员部署、集中攻坚、巩固提升三个阶段。',
      body: '为进一步规范物业管理服务行为，提升物业服务质量，县政府决定在全县开展物业管理服务提升年活动。\n\n活动分动员部署（3月10日至3月31日）、集中攻坚（4月1日至10月31日）、巩固提升（11月1日至12月31日）三个阶段。\n\n各乡镇（街道）、各成员单位要明确一名领导分管，制定实施方案，按时报送工作进展。',
      source: '县物业管理服务提升年活动领导小组办公室',
      on: '2026-03-10',
      state: 'PUBLISHED',
    },
    {
      kind: 'NEWS',
      title: '我县召开物业管理服务提升年活动动员部署联席会议',
      body: '3月12日下午，我县召开物业管理服务提升年活动动员部署联席会议，各成员单位和各乡镇（街道）分管领导参加会议。\n\n会议部署了提升年活动任务，明确了各成员单位职责分工和责任清单。',
      source: '县住建局',
      on: '2026-03-13',
      state: 'PUBLISHED',
    },
    {
      kind: 'TYPICAL_CASE',
      title: '典型案例：城关镇推行“一户一档”租户台账',
      summary: '物业企业与社区共建租户台账，出租房屋安全隐患发现率明显提高。',
      body: '城关镇指导辖区物业企业对出租房屋实行“一户一档”管理，登记租户信息和安全责任人，每月开展一次安全日检查。\n\n实施以来，共排查出租房屋安全隐患86处，已全部整改到位。6月24日，全县物业企业在该镇开展现场观摩。',
      source: '城关镇',
      on: '2026-07-02',
      state: 'PUBLISHED',
      images: [
        {
          name: '租户台账观摩.png',
          caption: '6月24日，全县物业企业在城关镇观摩“一户一档”租户台账',
          png: demoScenePng(320, 200, { sky: [170, 205, 235], buildings: [196, 160, 128], ground: [120, 150, 90] }, 7),
        },
      ],
    },
    {
      kind: 'TYPICAL_CASE',
      title: '典型案例：消防通道占用问题集中整治',
      body: '针对部分小区消防通道被占用的问题，县消防救援大队联合属地乡镇和物业企业开展集中整治，施划消防通道标线，设置警示标识。\n\n截至10月底，排查发现的消防通道占用问题已全部整改销号。',
      source: '县消防救援大队',
      on: '2026-10-28',
      state: 'PUBLISHED',
      images: [
        {
          name: '整治前.png',
          caption: '整治前：消防车通道被私家车占用',
          png: demoScenePng(320, 200, { sky: [190, 190, 200], buildings: [150, 150, 160], ground: [90, 90, 95] }, 3),
        },
        {
          name: '整治后.png',
          caption: '整治后：施划标线、设置警示标识',
          png: demoScenePng(320, 200, { sky: [150, 200, 240], buildings: [210, 190, 170], ground: [200, 60, 50] }, 3),
        },
      ],
    },
    {
      kind: 'NEWS',
      title: '第三季度物业服务企业信用评价结果公布',
      body: '第三季度物业服务企业信用评价结果已公布，评价结果可在本平台信用公示栏目查询。',
      source: '县住建局',
      on: '2026-10-09',
      state: 'WITHDRAWN',
    },
    {
      kind: 'NEWS',
      title: '2026年第三季度物业服务企业信用评价结果公布',
      summary: '评价结果和红黑名单可在信用公示栏目查询。',
      body: '根据物业服务企业信用评价标准，县住建局完成了2026年第三季度全县物业服务企业信用评价，评价结果和红黑名单已在本平台信用公示栏目公布。\n\n对评价为C级的企业，将增加检查频次并约谈企业负责人。',
      source: '县住建局',
      on: '2026-10-10',
      state: 'PUBLISHED',
    },
    {
      kind: 'NOTICE',
      title: '关于开展物业管理“回头看”工作的通知',
      body: '为巩固集中攻坚阶段成果，定于11月起在全县开展物业管理“回头看”工作，重点检查前期问题整改落实情况。\n\n各乡镇（街道）于11月30日前报送自查情况。',
      source: '县物业管理服务提升年活动领导小组办公室',
      on: '2026-11-14',
      state: 'DRAFT',
    },
  ];
  let publishedArticles = 0;
  for (const a of articles) {
    const { on, state, images = [], ...input } = a;
    const article = await clock.runAt(at(on, '09:00:00'), () => createArticle(em, writer, input));
    for (const img of images) {
      const sha256 = createHash('sha256').update(img.png).digest('hex');
      await clock.runAt(at(on, '09:30:00'), () =>
        attachArticleImage(em, writer, article.id, { mime: 'image/png', originalName: img.name, data: img.png, sha256, caption: img.caption }),
      );
    }
    if (state === 'DRAFT') continue;
    await clock.runAt(at(on, '10:30:00'), () => publishArticle(em, writer, article.id));
    if (state === 'WITHDRAWN')
      await clock.runAt(at(addDays(on, 1), '08:45:00'), () => withdrawArticle(em, writer, article.id, '标题缺少年份，已更正后重新发布'));
    else publishedArticles++;
  }
  return { consultations, approvedMinutes, peerVisits: visits.length, publishedArticles };
}
