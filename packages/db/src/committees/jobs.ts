import type { EntityManager } from '@mikro-orm/core';
import { committeeRuleSet, termState } from '@wuye/domain';
import { clock } from '../clock.js';
import { Community, Notification, OwnersCommittee, User } from '../entities/index.js';

/**
 * The daily committee job (issue 13 §6): once a filed committee's term is within the rule set's reminder days of its
 * end, the staff of its township are told, once per term, to organise the next election. Safe to run twice and on
 * several instances: each committee is claimed with a conditional UPDATE of `reminded_on`.
 */
export async function runCommitteeReminders(em: EntityManager, today: string): Promise<{ reminded: number }> {
  const filed = await em.fork().find(OwnersCommittee, { filedOn: { $ne: null }, remindedOn: null, termEnd: { $gte: today } }, { orderBy: { id: 'asc' } });
  let reminded = 0;
  for (const c of filed) {
    const rules = committeeRuleSet(c.ruleSetCode, c.ruleSetVersion);
    if (!rules || !c.termEnd || termState(c.termEnd, today, rules) !== 'ENDING_SOON') continue;
    const sent = await em.fork().transactional(async (tx) => {
      if ((await tx.nativeUpdate(OwnersCommittee, { id: c.id, remindedOn: null }, { remindedOn: today })) !== 1) return false;
      const community = await tx.findOneOrFail(Community, c.community.id);
      const staff = await tx.find(User, { role: 'TOWNSHIP', township: community.township.id, active: true });
      for (const user of staff) {
        tx.create(Notification, {
          user,
          kind: 'COMMITTEE_TERM_ENDING',
          title: `${community.name}业主委员会任期将于 ${c.termEnd} 届满`,
          body: `请在届满前指导业主组织换届选举（届满前 ${rules.reminderDays} 天提醒）。`,
          createdAt: clock.now(),
        });
      }
      await tx.flush();
      return true;
    });
    if (sent) reminded++;
  }
  return { reminded };
}
