import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { publicationIntact, recount, termState, COMMITTEE_RULES_V1 } from '@wuye/domain';
import { castOnlineBallot, committeeRegister, publishedElection } from '../committees/index.js';
import { CommitteeElection, OwnersCommittee, RecallMotion, Township } from '../entities/index.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from '../testing.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';
import { DEMO_VOTING_CODES } from './demo-committees.js';

describeEachDriver("demo owners' committees", (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver, seed: true });
  });
  afterAll(async () => orm && dropTestOrm(orm));

  it('has committees on file in a share of the communities, one ending within 90 days, and groups preparing', async () => {
    const em = orm.em.fork();
    const register = await committeeRegister(em, {});
    const filed = register.filter((r) => r.election?.status === 'FILED');
    expect(filed.length).toBeGreaterThan(register.length / 12);
    expect(filed.length).toBeLessThan(register.length / 4);
    const terms = (await em.find(OwnersCommittee, { filedOn: { $ne: null } })).map((c) => termState(c.termEnd!, DEMO_REFERENCE_DATE, COMMITTEE_RULES_V1));
    expect(terms.filter((t) => t === 'ENDING_SOON')).toHaveLength(1);
    expect(terms.filter((t) => t === 'EXPIRED')).toHaveLength(0);
    expect(register.filter((r) => r.election?.status === 'PREPARING')).toHaveLength(6);
  });

  it('has, in 城关镇, an October election counted with a tie settled by the members, filed, with a recall motion', async () => {
    const em = orm.em.fork();
    const chengguan = await em.findOneOrFail(Township, { name: '城关镇' });
    const counted = await em.findOneOrFail(CommitteeElection, { status: 'FILED', ballotListHash: { $ne: null } }, { populate: ['community', 'committee'] });
    expect(counted.community.township.id).toBe(chengguan.id);
    expect(counted.result).toMatchObject({ valid: true, cast: 18, voidBallots: 0, vacant: 0 });
    expect(counted.result!.elected).toHaveLength(8);
    expect(counted.result!.pendingTie).toMatchObject({ seats: 1 });
    expect(counted.tieSettlement).toHaveLength(1);
    const pub = (await publishedElection(em, counted.id))!;
    expect(await publicationIntact(pub)).toBe(true);
    expect(recount(pub)).toEqual(counted.result);
    expect(await em.count(RecallMotion, { committee: counted.committee.id })).toBe(1);
  });

  it('has an election with voting open over the reference date; a demo code votes once', async () => {
    const em = orm.em.fork();
    const open = await em.findOneOrFail(CommitteeElection, { status: 'VOTING' });
    expect(open.opensAt!.getTime()).toBeLessThan(Date.parse(`${DEMO_REFERENCE_DATE}T12:00:00+08:00`));
    const during = new Date(`${DEMO_REFERENCE_DATE}T12:00:00+08:00`);
    const r = await orm.em.fork().transactional((tx) => castOnlineBallot(tx, { code: DEMO_VOTING_CODES[0], choices: [] }, during));
    expect(r.electionId).toBe(open.id);
    await expect(orm.em.fork().transactional((tx) => castOnlineBallot(tx, { code: DEMO_VOTING_CODES[0], choices: [] }, during))).rejects.toThrow(
      'ALREADY_VOTED',
    );
  });
});
