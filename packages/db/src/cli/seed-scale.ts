/**
 * Fills an empty database with the province-sized dataset of seed/scale.ts (migrating it first).
 *
 *   pnpm --filter @wuye/db seed:scale -- --path /tmp/wuye-scale.sqlite [--factor 1]
 *   DATABASE_URL=postgresql://… pnpm --filter @wuye/db seed:scale
 */
import { parseArgs } from 'node:util';
import { migrate, openOrm } from '../config.js';
import { seedScale } from '../seed/scale.js';
import { backfillCommunityHistory } from '../registry/history.js';

const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: { path: { type: 'string', default: '/tmp/wuye-scale.sqlite' }, factor: { type: 'string', default: '1' }, seed: { type: 'string' } },
});
const databaseUrl = process.env.DATABASE_URL;
const orm = await openOrm(databaseUrl ? { databaseUrl } : { sqlitePath: values.path });
try {
  await migrate(orm);
  const summary = await seedScale(orm.em.fork(), {
    factor: Number(values.factor),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    onProgress: (table, done, total) => process.stderr.write(`\r${table} ${done}/${total}      `),
  });
  process.stderr.write('\n');
  // The registry history's first versions, as the migration writes them for an existing registry.
  const history = await backfillCommunityHistory(orm.em.fork());
  console.log(JSON.stringify({ ...summary, history }));
} finally {
  await orm.close(true);
}
