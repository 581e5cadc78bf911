import { clock } from '../clock.js';
import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { ARTICLE_KINDS, ARTICLE_STATUSES, MINUTES_STATUSES } from '@wuye/domain';
import { User } from './accounts.js';
import { JointMeeting } from './campaign.js';
import { Community, Enterprise } from './registry.js';

/**
 * The campaign's records (docs/campaign-records.md): the minutes of its meetings (one per meeting notice, JointMeeting of
 * either kind), peer visits (观摩) and the publicity column's articles. Rules in @wuye/domain (campaign/records.ts,
 * campaign/publicity.ts), commands in ../campaign/records.ts.
 */

/** 会议纪要: written, submitted, approved by a regulator other than the writer; approved minutes never change. */
export const MeetingMinutes = defineEntity({
  name: 'MeetingMinutes',
  tableName: 'meeting_minutes',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    meeting: () => p.manyToOne(JointMeeting).unique(),
    body: p.text(),
    /** Who attended, by unit and name, in the minutes' order. */
    attendees: p.json<string[]>(),
    status: p
      .enum([...MINUTES_STATUSES])
      .default('DRAFT')
      .index(),
    /** Null for minutes carried over from before minutes were approved on the platform. */
    writtenBy: () => p.manyToOne(User).nullable(),
    writtenAt: p.datetime(),
    submittedAt: p.datetime().nullable(),
    approvedBy: () => p.manyToOne(User).nullable(),
    approvedAt: p.datetime().nullable(),
    /** Why the approver returned the last submission (cleared on approval). */
    returnNote: p.string().length(500).nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
  }),
});
export type MeetingMinutes = InferEntity<typeof MeetingMinutes>;

/** 观摩: a visit to a host firm and/or community, by firms (PeerVisitFirm) and people, with what was found. */
export const PeerVisit = defineEntity({
  name: 'PeerVisit',
  tableName: 'peer_visit',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    visitedOn: p.date().index(),
    hostEnterprise: () => p.manyToOne(Enterprise).nullable().index(),
    hostCommunity: () => p.manyToOne(Community).nullable().index(),
    /** People who took part, by unit and name (县住建局 王建国). */
    visitorPeople: p.json<string[]>(),
    findings: p.text(),
    recordedBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
  }),
});
export type PeerVisit = InferEntity<typeof PeerVisit>;

/** A firm that sent people to a peer visit (so a firm sees the visits it hosted or joined). */
export const PeerVisitFirm = defineEntity({
  name: 'PeerVisitFirm',
  tableName: 'peer_visit_firm',
  uniques: [{ properties: ['visit', 'enterprise'] }],
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    visit: () => p.manyToOne(PeerVisit).index(),
    enterprise: () => p.manyToOne(Enterprise).index(),
  }),
});
export type PeerVisitFirm = InferEntity<typeof PeerVisitFirm>;

/** 宣传专栏: an article of the public site's publicity column, plain text; public once published, until withdrawn. */
export const PublicityArticle = defineEntity({
  name: 'PublicityArticle',
  tableName: 'publicity_article',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    kind: p.enum([...ARTICLE_KINDS]).index(),
    title: p.string().length(100),
    summary: p.string().length(300).nullable(),
    body: p.text(),
    source: p.string().length(50).nullable(),
    status: p
      .enum([...ARTICLE_STATUSES])
      .default('DRAFT')
      .index(),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime().onCreate(() => clock.now()),
    updatedAt: p
      .datetime()
      .onCreate(() => clock.now())
      .onUpdate(() => clock.now()),
    publishedAt: p.datetime().nullable().index(),
    publishedBy: () => p.manyToOne(User).nullable(),
    withdrawnAt: p.datetime().nullable(),
    withdrawnBy: () => p.manyToOne(User).nullable(),
    withdrawReason: p.string().length(500).nullable(),
  }),
});
export type PublicityArticle = InferEntity<typeof PublicityArticle>;

/**
 * An image of an article (uploaded through `POST /publicity-images`, served by `GET /publicity-images/:id`): JPG or PNG
 * judged by content, its bytes in the row (`data`, loaded only when served) so every instance serves it. Public only
 * while its article is published; attached and removed while the article is a draft.
 */
export const PublicityImage = defineEntity({
  name: 'PublicityImage',
  tableName: 'publicity_image',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    article: () => p.manyToOne(PublicityArticle).index().deleteRule('cascade'),
    caption: p.string().length(100).nullable(),
    originalName: p.string().length(200),
    mime: p.string().length(100),
    size: p.integer(),
    sha256: p.string().length(64),
    data: p.blob().lazy(true, false),
    uploadedBy: () => p.manyToOne(User).nullable(),
    uploadedAt: p.datetime(),
  }),
});
export type PublicityImage = InferEntity<typeof PublicityImage>;
