import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuditLog, PublicityImage, User, createArticle, hashPassword, publishArticle, withdrawArticle, type Em } from '@wuye/db';
import { createTestOrm, describeEachDriver, dropTestOrm } from '@wuye/db/testing';
import { ARTICLE_IMAGE_MAX_BYTES, ARTICLE_IMAGES_MAX, type Principal } from '@wuye/domain';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/logging.js';
import { PASSWORD } from './harness.js';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(60, 2)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0)]);

type Refusal = { error?: { code: string; field: string | null; message: string } };

/**
 * Images of the publicity column's articles over HTTP (issue 16 item 5): the bureau attaches JPG/PNG to a draft through
 * the evidence upload's pipeline, type and size checked on the server, nothing stored on a refusal; anonymous visitors
 * are served an image only while its article is published — not a draft's, not a withdrawn article's.
 */
describeEachDriver('publicity article images', (driver) => {
  let orm: MikroORM;
  let server: Server;
  let url: string;
  let bureau: Principal;
  const tokens: Record<string, string> = {};
  const tx = <T>(fn: (em: Em) => Promise<T>) => orm.em.fork().transactional((em) => fn(em as Em));
  const draft = (title: string) => tx((em) => createArticle(em, bureau, { kind: 'TYPICAL_CASE', title, body: '城关镇阳光花园整改前后对比。' }));

  beforeAll(async () => {
    orm = await createTestOrm({ driver });
    const em = orm.em.fork();
    const passwordHash = await hashPassword(PASSWORD);
    const reg = em.create(User, { username: 'regulator', displayName: '监管员', role: 'REGULATOR', passwordHash });
    em.create(User, { username: 'analyst', displayName: '分析员', role: 'ANALYST', passwordHash });
    await em.flush();
    bureau = { userId: String(reg.id), role: 'REGULATOR' };
    const { app } = await createApp({ orm, databaseKind: driver, logger: createLogger({ level: 'silent' }) });
    server = createServer(app);
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const u of ['regulator', 'analyst']) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(username: "${u}", password: "${PASSWORD}") { ... on LoginSuccess { token } } }` }),
      });
      tokens[u] = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
    }
  });
  afterAll(async () => {
    if (server) await new Promise<void>((ok) => server.close(() => ok()));
    if (orm) await dropTestOrm(orm);
  });

  const upload = async (who: string | null, articleId: number | string | null, content: Buffer | null, name = 'photo.jpg', caption?: string) => {
    const form = new FormData();
    if (articleId != null) form.set('articleId', String(articleId));
    if (caption !== undefined) form.set('caption', caption);
    if (content) form.set('file', new Blob([content]), name);
    const res = await fetch(`${url}/publicity-images`, { method: 'POST', body: form, headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });
    return { status: res.status, body: (await res.json()) as Refusal & { id?: string; url?: string; mime?: string; caption?: string | null } };
  };
  const get = (path: string, who: string | null = null) => fetch(`${url}${path}`, { headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });
  const gql = async <T>(query: string, who: string | null) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data: T; errors?: unknown[] };
  };
  const rows = () => orm.em.fork().count(PublicityImage, {});

  it('the bureau attaches images to a draft; nobody else is served them until the article is published', async () => {
    const a = await draft('老旧小区加装电梯典型案例');
    const jpg = await upload('regulator', a.id, JPEG, '加装电梯.jpg', '加装完成后的 3 幢');
    expect(jpg).toMatchObject({ status: 201, body: { mime: 'image/jpeg', caption: '加装完成后的 3 幢', url: `/publicity-images/${jpg.body.id}` } });
    const png = await upload('regulator', a.id, PNG, 'before');
    expect(png).toMatchObject({ status: 201, body: { mime: 'image/png', originalName: 'before.png' } });

    // A draft's image: the bureau checks it; anonymous visitors and other roles are told it does not exist.
    const own = await get(jpg.body.url!, 'regulator');
    expect([own.status, own.headers.get('content-type'), own.headers.get('cache-control')]).toEqual([200, 'image/jpeg', 'private, no-store']);
    expect(Buffer.from(await own.arrayBuffer()).equals(JPEG)).toBe(true);
    expect((await get(jpg.body.url!)).status).toBe(404);
    expect((await get(jpg.body.url!, 'analyst')).status).toBe(404);
    const hidden = await gql<{ publicArticle: null }>(`{ publicArticle(id: "${a.id}") { id images { url } } }`, null);
    expect(hidden.data.publicArticle).toBeNull();

    await tx((em) => publishArticle(em, bureau, a.id));
    const pub = await get(jpg.body.url!);
    expect([pub.status, pub.headers.get('content-type'), pub.headers.get('x-content-type-options')]).toEqual([200, 'image/jpeg', 'nosniff']);
    expect([pub.headers.get('content-disposition'), pub.headers.get('cache-control'), pub.headers.get('content-length')]).toEqual([
      `inline; filename*=UTF-8''${encodeURIComponent('加装电梯.jpg')}`,
      'no-cache',
      String(JPEG.length),
    ]);
    expect(Buffer.from(await pub.arrayBuffer()).equals(JPEG)).toBe(true);
    expect((await get(png.body.url!)).status).toBe(200);
    const shown = await gql<{ publicArticle: { images: { url: string; caption: string | null }[] } }>(
      `{ publicArticle(id: "${a.id}") { images { url caption } } }`,
      null,
    );
    expect(shown.data.publicArticle.images).toEqual([
      { url: jpg.body.url, caption: '加装完成后的 3 幢' },
      { url: png.body.url, caption: null },
    ]);

    // Published: the images no longer change (withdraw and write anew).
    const count = await rows();
    const late = await upload('regulator', a.id, JPEG);
    expect(late).toMatchObject({ status: 400, body: { error: { code: 'ARTICLE_STATUS', field: 'article' } } });
    const removal = await gql<{ removeArticleImage: { __typename: string } }>(
      `mutation { removeArticleImage(id: "${png.body.id}") { __typename } }`,
      'regulator',
    );
    expect(removal.data.removeArticleImage.__typename).toBe('ValidationError');
    expect(await rows()).toBe(count);

    // Withdrawn: off the public site, images included.
    await tx((em) => withdrawArticle(em, bureau, a.id, '案例数据需更正'));
    expect((await get(jpg.body.url!)).status).toBe(404);
    expect((await get(png.body.url!)).status).toBe(404);
    expect((await get(jpg.body.url!, 'regulator')).status).toBe(200);
    const audit = await orm.em.fork().find(AuditLog, { action: 'article.imageAttach' });
    expect(audit.map((r) => r.entityId)).toEqual([String(a.id), String(a.id)]);
  });

  it('refuses by content, size, number, caption and caller, storing nothing', async () => {
    const a = await draft('物业服务提升年工作动态');
    const before = await rows();
    const exe = await upload('regulator', a.id, EXE, 'photo.jpg');
    expect(exe).toMatchObject({ status: 415, body: { error: { code: 'FILE_TYPE_NOT_ALLOWED', field: 'file' } } });
    expect(exe.body.error!.message).toBe('文件类型不允许：只接受 JPG, PNG（按文件内容判断，不看扩展名）');
    // A PDF is good evidence but not an image.
    expect(await upload('regulator', a.id, PDF, 'notice.pdf')).toMatchObject({ status: 415, body: { error: { code: 'FILE_TYPE_NOT_ALLOWED' } } });
    expect(await upload('regulator', a.id, JPEG, 'photo.html')).toMatchObject({ status: 415, body: { error: { code: 'FILE_TYPE_MISMATCH' } } });
    const big = Buffer.concat([JPEG, Buffer.alloc(ARTICLE_IMAGE_MAX_BYTES, 7)]);
    expect(await upload('regulator', a.id, big)).toMatchObject({
      status: 413,
      body: { error: { code: 'FILE_TOO_LARGE', field: 'file', message: '文件超过大小上限 5 MB' } },
    });
    expect(await upload('regulator', a.id, JPEG, 'a.jpg', '<script>alert(1)</script>')).toMatchObject({
      status: 400,
      body: { error: { code: 'MARKUP_NOT_ALLOWED', field: 'imageCaption' } },
    });
    expect(await upload('regulator', null, JPEG)).toMatchObject({ status: 400, body: { error: { field: 'articleId' } } });
    expect(await upload('regulator', 999999, JPEG)).toMatchObject({ status: 404, body: { error: { field: 'articleId' } } });
    expect(await upload('regulator', a.id, null)).toMatchObject({ status: 400, body: { error: { field: 'file' } } });
    expect((await upload(null, a.id, JPEG)).status).toBe(401);
    expect((await upload('analyst', a.id, JPEG)).status).toBe(403);
    // Not multipart: refused naming this form's fields (the evidence upload's name issueId).
    const json = await fetch(`${url}/publicity-images`, { method: 'POST', headers: { authorization: `Bearer ${tokens.regulator}` }, body: 'articleId=1' });
    expect(((await json.json()) as Refusal).error).toEqual({
      code: 'IMAGE_NOT_MULTIPART',
      field: null,
      message: '请以 multipart/form-data 上传（字段 articleId 和 file，可选 caption）',
    });
    expect(await rows()).toBe(before);

    for (let i = 0; i < ARTICLE_IMAGES_MAX; i++) expect((await upload('regulator', a.id, JPEG, `p${i}.jpg`)).status).toBe(201);
    const seventh = await upload('regulator', a.id, JPEG, 'p7.jpg');
    expect(seventh).toMatchObject({ status: 400, body: { error: { code: 'TOO_MANY_PHOTOS', field: 'articleImages', message: '稿件图片最多 6 张' } } });
    expect(await rows()).toBe(before + ARTICLE_IMAGES_MAX);
  });

  it('the bureau removes an image from a draft; the article lists its images in upload order', async () => {
    const a = await draft('通知公告：第三季度评比结果');
    const first = await upload('regulator', a.id, JPEG, 'one.jpg');
    const second = await upload('regulator', a.id, PNG, 'two.png');
    const removed = await gql<{ removeArticleImage: { __typename: string; data: { images: { id: string }[] } } }>(
      `mutation { removeArticleImage(id: "${first.body.id}") { __typename ... on MutationRemoveArticleImageSuccess { data { images { id } } } } }`,
      'regulator',
    );
    expect(removed.data.removeArticleImage.data.images).toEqual([{ id: second.body.id }]);
    expect((await get(first.body.url!, 'regulator')).status).toBe(404);
    const listed = await gql<{ publicityArticle: { images: { originalName: string; size: number }[] } }>(
      `{ publicityArticle(id: "${a.id}") { images { originalName size } } }`,
      'regulator',
    );
    expect(listed.data.publicityArticle.images).toEqual([{ originalName: 'two.png', size: PNG.length }]);
    const denied = await gql<{ removeArticleImage: null }>(`mutation { removeArticleImage(id: "${second.body.id}") { __typename } }`, 'analyst');
    expect(denied.errors).toBeDefined();
    expect(await orm.em.fork().count(AuditLog, { action: 'article.imageRemove' })).toBe(1);
  });
});
