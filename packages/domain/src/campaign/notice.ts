/**
 * 联席会议 notices, laid out like the meeting notice of seed part 5 (篇五): addressees, 一、会议时间 二、会议地点
 * 三、会议内容 四、参加人员 五、注意事项, the office's phone and the date of issue.
 */
export function jointMeetingNotice(m: {
  title: string;
  heldAt: Date;
  location: string;
  agenda: string;
  participants: readonly string[];
  noticeDate: string;
  contactPhone?: string | null;
  issuer?: string;
  /** Who it is sent to; the campaign's member units and townships unless given (an agency's working group, …). */
  addressees?: string;
}): string {
  return [
    `关于召开${m.title}的通知`,
    `${m.addressees ?? '各成员单位、各乡镇（街道）'}：`,
    `一、会议时间：${noticeTime(m.heldAt)}`,
    `二、会议地点：${m.location}`,
    `三、会议内容：${m.agenda}`,
    `四、参加人员：${m.participants.join('；')}。`,
    '五、注意事项：',
    '1、请各单位围绕会议内容，提前准备好汇报材料和发言提纲。',
    '2、请参会人员提前10分钟到达会场，会议期间将移动电话调至振动状态或者关闭。',
    ...(m.contactPhone ? [`${m.issuer ?? '县物业管理服务提升年活动领导小组办公室'}联系电话：${m.contactPhone}`] : []),
    noticeDay(m.noticeDate),
  ].join('\n');
}

/** A moment as notices write it, in Beijing time: 2013年9月10日下午3:00. */
export function noticeTime(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000);
  const [y, mo, d] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  const hh = local.getUTCHours();
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${y}年${mo}月${d}日${hh < 12 ? '上午' : '下午'}${hh > 12 ? hh - 12 : hh}:${mm}`;
}

/** A day as notices date them: 2013年9月2日. */
export function noticeDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
