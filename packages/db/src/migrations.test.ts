import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrationsIndexSource } from './cli/migrations-index.js';
import { migrate, migrationsPath } from './config.js';
import { createTestOrm, describeEachDriver, dropTestOrm } from './testing.js';

const migrationNames = (driver: 'sqlite' | 'postgresql') =>
  readdirSync(migrationsPath(driver))
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();

it('keeps the SQLite and PostgreSQL migrations in step', () => {
  expect(migrationNames('sqlite').length).toBeGreaterThan(0);
  expect(migrationNames('sqlite')).toEqual(migrationNames('postgresql'));
});

describeEachDriver('migrations', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver });
  });
  afterAll(async () => {
    await dropTestOrm(orm);
  });

  it('applies every committed migration', async () => {
    const executed = await orm.getMigrator().getExecutedMigrations();
    expect(executed.map((m) => m.name).sort()).toEqual(migrationNames(driver));
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
  });

  it('leaves the schema exactly as the entities describe it', async () => {
    expect((await orm.schema.getUpdateSchemaSQL()).trim()).toBe('');
    expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('can be rolled back and re-applied', async () => {
    await orm.getMigrator().down({ to: 0 });
    expect(await orm.getMigrator().getExecutedMigrations()).toEqual([]);
    await orm.getMigrator().up();
    expect((await orm.schema.getUpdateSchemaSQL()).trim()).toBe('');
  });
});

it('lists every migration file in src/migrations/index.ts', () => {
  const root = join(migrationsPath('sqlite'), '..');
  expect(readFileSync(join(root, 'index.ts'), 'utf8')).toBe(migrationsIndexSource(root));
});

describeEachDriver('standing made NOT NULL', (driver) => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await createTestOrm({ driver, migrate: false });
  });
  afterAll(async () => {
    await dropTestOrm(orm);
  });

  it('backfills the grades left null by earlier versions, keeps every row that points at them, then refuses null', async () => {
    await orm.getMigrator().up({ to: 'Migration20261127094819_kpi_indexes' });
    const conn = orm.em.getConnection();
    const q = (s: string) => (driver === 'postgresql' ? s.replaceAll('`', '"') : s);
    const now = driver === 'postgresql' ? 'now()' : '0';
    await conn.execute(q(`insert into \`township\` (\`id\`, \`name\`, \`code\`, \`created_at\`, \`updated_at\`) values (1, '城关镇', 'T1', ${now}, ${now})`));
    await conn.execute(
      q(`insert into \`enterprise\` (\`id\`, \`name\`, \`uscc\`, \`legal_representative\`, \`township_id\`, \`score\`, \`grade\`, \`created_at\`, \`updated_at\`) values
        (1, '新建物业', 'U1', '王', 1, 80, null, ${now}, ${now}), (2, '评过物业', 'U2', '李', 1, 62, 'C', ${now}, ${now})`),
    );
    await conn.execute(
      q(
        `insert into \`project_manager\` (\`id\`, \`name\`, \`enterprise_id\`, \`certificate_no\`, \`score\`, \`grade\`, \`created_at\`, \`updated_at\`) values (1, '李明', 1, 'PM-1', 86, null, ${now}, ${now})`,
      ),
    );
    await migrate(orm);
    const rows = await conn.execute<{ id: number; grade: string }[]>(q('select `id`, `grade` from `enterprise` order by `id`'));
    expect(rows.map((r: { id: number; grade: string }) => [Number(r.id), r.grade])).toEqual([
      [1, 'AA'],
      [2, 'C'],
    ]);
    expect((await conn.execute<{ grade: string }[]>(q('select `grade` from `project_manager`')))[0]!.grade).toBe('AAA');
    await expect(conn.execute(q('update `enterprise` set `grade` = null where `id` = 1'))).rejects.toThrow();
    expect((await orm.schema.getUpdateSchemaSQL()).trim()).toBe('');
  });
});
