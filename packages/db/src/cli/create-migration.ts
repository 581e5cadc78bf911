/**
 * Writes the next migration for one driver: opens a database at the current migration head, applies the committed
 * migrations, then diffs the entities against it (an initial migration when none exist yet), and refreshes the
 * static list in src/migrations/index.ts.
 *
 *   pnpm --filter @wuye/db migration:create -- --driver sqlite --name registry
 *   DATABASE_URL=postgresql://… pnpm --filter @wuye/db migration:create -- --driver postgresql --name registry
 *
 * SQLite uses a fresh temporary file; PostgreSQL uses DATABASE_URL, which should be a scratch database
 * (the committed migrations are applied to it). Run it for both drivers: the two directories must stay in step.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeMigrationsIndex } from './migrations-index.js';

const migrationsRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

// `pnpm run x -- --flag` forwards the `--` separator itself.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    driver: { type: 'string', default: 'sqlite' },
    name: { type: 'string' },
  },
});

const driver = values.driver;
if (driver !== 'sqlite' && driver !== 'postgresql') {
  console.error(`unknown --driver ${values.driver}: use sqlite or postgresql`);
  process.exit(2);
}
if (values.name !== undefined && !/^[a-z0-9_]+$/i.test(values.name)) {
  console.error('--name may only contain letters, digits and _');
  process.exit(2);
}

// The list must name every committed migration before the ORM loads it, so refresh it first.
writeMigrationsIndex(migrationsRoot);
const { openOrm, migrate } = await import('../config.js');

let tempDir: string | null = null;
let databaseUrl: string | undefined;
let sqlitePath: string | undefined;
if (driver === 'postgresql') {
  databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL must point to a scratch PostgreSQL database');
    process.exit(2);
  }
} else {
  tempDir = mkdtempSync(join(tmpdir(), 'wuye-migration-'));
  sqlitePath = join(tempDir, 'head.sqlite');
}

const orm = await openOrm({ databaseUrl, sqlitePath });
try {
  const applied = await migrate(orm);
  if (applied.length > 0) console.log(`applied ${applied.length} existing migration(s)`);
  const result = await orm.getMigrator().createMigration(undefined, false, false, values.name);
  if (!result.fileName) {
    console.log(`no schema changes for ${driver}: nothing written`);
  } else {
    writeMigrationsIndex(migrationsRoot);
    console.log(`wrote ${join(migrationsRoot, driver, result.fileName)} and refreshed src/migrations/index.ts`);
  }
} finally {
  await orm.close(true);
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
