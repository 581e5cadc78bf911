import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrationsIndexSource } from './cli/migrations-index.js';
import { migrationsPath } from './config.js';
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
