import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { servableArticleImage } from '../campaign/records.js';
import { JointMeeting, MeetingMinutes, PeerVisit, PeerVisitFirm, PublicityArticle, PublicityImage } from '../entities/index.js';
import { createTestOrm, dropTestOrm } from '../testing.js';
import { DEMO_REFERENCE_DATE } from './demo-county.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm({ driver: 'sqlite', seed: true });
});
afterAll(async () => orm && dropTestOrm(orm));

it('a monthly consultation for every 2026 month up to the reference date, minutes approved by the other regulator', async () => {
  const em = orm.em.fork();
  const consultations = await em.find(JointMeeting, { kind: 'MONTHLY_CONSULTATION' }, { orderBy: { heldAt: 'asc' } });
  expect(consultations.map((m) => m.heldAt.toISOString().slice(0, 7))).toEqual([
    '2026-01',
    '2026-02',
    '2026-03',
    '2026-04',
    '2026-05',
    '2026-06',
    '2026-07',
    '2026-08',
    '2026-09',
    '2026-10',
    '2026-11',
  ]);
  expect(consultations.every((m) => m.heldAt.toISOString().slice(0, 10) < DEMO_REFERENCE_DATE)).toBe(true);
  const minutes = await em.find(MeetingMinutes, {}, { populate: ['meeting', 'writtenBy', 'approvedBy'] });
  const of = (m: JointMeeting) => minutes.find((x) => x.meeting.id === m.id);
  expect(of(consultations[10]!)).toBeUndefined();
  expect(of(consultations[9]!)?.status).toBe('SUBMITTED');
  const approved = minutes.filter((m) => m.status === 'APPROVED');
  expect(approved.length).toBe(9 + 2);
  for (const m of approved) {
    expect([m.writtenBy?.username, m.approvedBy?.username]).toEqual(['regulator', 'regulator2']);
    // Written the day after the meeting, approved two days later: the events carry the demo dates.
    expect(m.writtenAt.getTime()).toBeGreaterThan(m.meeting.heldAt.getTime());
    expect(m.approvedAt!.getTime()).toBeGreaterThan(m.writtenAt.getTime());
    expect(m.approvedAt!.toISOString().slice(0, 10) <= DEMO_REFERENCE_DATE).toBe(true);
  }
  const joint = await em.find(JointMeeting, { kind: 'JOINT' }, { orderBy: { heldAt: 'asc' } });
  expect(joint.map((m) => of(m)?.status)).toEqual(['APPROVED', 'APPROVED', 'DRAFT']);
});

it('three peer visits with visiting firms and people; the publicity column has published news, cases and notices', async () => {
  const em = orm.em.fork();
  const visits = await em.find(PeerVisit, {}, { populate: ['hostEnterprise'] });
  expect(visits).toHaveLength(3);
  expect(visits.every((v) => v.hostEnterprise && v.visitorPeople.length > 0 && v.visitedOn <= DEMO_REFERENCE_DATE)).toBe(true);
  expect(await em.count(PeerVisitFirm, {})).toBe(6);
  const articles = await em.find(PublicityArticle, {});
  const published = articles.filter((a) => a.status === 'PUBLISHED');
  expect(new Set(published.map((a) => a.kind))).toEqual(new Set(['NEWS', 'TYPICAL_CASE', 'NOTICE']));
  expect(published).toHaveLength(5);
  expect(articles.filter((a) => a.status === 'DRAFT')).toHaveLength(1);
  expect(articles.filter((a) => a.status === 'WITHDRAWN')[0]?.withdrawReason).toBeTruthy();
  expect(published.every((a) => a.publishedAt!.toISOString().slice(0, 10) <= DEMO_REFERENCE_DATE)).toBe(true);
  // The two typical cases carry pictures (real PNGs), served to anonymous visitors since the cases are published.
  const images = await em.find(PublicityImage, {}, { populate: ['article'], orderBy: { id: 'asc' } });
  expect(images.map((i) => [i.article.kind, i.article.status, i.mime])).toEqual([
    ['TYPICAL_CASE', 'PUBLISHED', 'image/png'],
    ['TYPICAL_CASE', 'PUBLISHED', 'image/png'],
    ['TYPICAL_CASE', 'PUBLISHED', 'image/png'],
  ]);
  const served = await servableArticleImage(orm.em.fork(), null, images[0]!.id);
  expect(Buffer.from(served!.data!).subarray(1, 4).toString('latin1')).toBe('PNG');
});
