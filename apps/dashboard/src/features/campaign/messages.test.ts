import { ATTENDEE_KINDS, BULLETIN_STATUSES, MILESTONE_STATES } from '@wuye/domain';
import { describe, expect, it } from 'vitest';
import { appChinese } from '../../i18n/appChinese';
import { appEnglish } from '../../i18n/appEnglish';
import { campaignChinese, campaignEnglish } from './messages';

describe('campaign and bulletin messages', () => {
  it('label every milestone state, bulletin status and attendee kind of @wuye/domain in both languages', () => {
    for (const messages of [campaignChinese, campaignEnglish]) {
      expect(Object.keys(messages.enums.MilestoneState).sort()).toEqual([...MILESTONE_STATES].sort());
      expect(Object.keys(messages.enums.BulletinStatus).sort()).toEqual([...BULLETIN_STATUSES].sort());
      expect(Object.keys(messages.enums.AttendeeKind).sort()).toEqual([...ATTENDEE_KINDS].sort());
    }
    expect(campaignChinese.enums.MilestoneState).toEqual({ DONE_ON_TIME: '已完成', DONE_LATE: '逾期完成', OVERDUE: '已逾期', PENDING: '未到期' });
  });

  it('are merged into the app messages', () => {
    expect(appChinese.app.menu.campaign).toBe('专项行动');
    expect(appChinese.app.menu.bulletins).toBe('月度通报');
    expect(appEnglish.enums.BulletinStatus.PUBLISHED).toBe('Published');
  });
});
