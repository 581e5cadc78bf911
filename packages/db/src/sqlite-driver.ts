import type { Configuration, Dictionary, Transaction } from '@mikro-orm/core';
import { BetterSqliteDriver, BetterSqliteSchemaHelper } from '@mikro-orm/better-sqlite';
import type { AbstractSqlConnection, AbstractSqlPlatform, CheckDef } from '@mikro-orm/knex';

/**
 * MikroORM 6.6.16 reads a SQLite enum check constraint back with only its first and last values, so every table
 * with a 3+ value enum shows up as changed: `getUpdateSchemaSQL()` is never empty and each new migration would
 * rebuild those tables. This is the upstream fix (mikro-orm#8139, due in 6.6.17, which is unusable here — see
 * STACK.md): take every quoted literal of the `in (…)` list. Remove when MikroORM is upgraded.
 */
class SqliteSchemaHelper extends BetterSqliteSchemaHelper {
  override async getEnumDefinitions(
    connection: AbstractSqlConnection,
    _checks: CheckDef[],
    tableName: string,
    _schemaName: string,
    ctx?: Transaction,
  ): Promise<Dictionary<string[]>> {
    const table = await connection.execute<{ sql: string }>('select sql from sqlite_master where type = ? and name = ?', ['table', tableName], 'get', ctx);
    const enums: Dictionary<string[]> = {};
    // Matches e.g. `status` text check (`status` in ('ACTIVE', 'SUSPENDED', 'EXPELLED'))
    for (const check of table.sql.matchAll(/[`["']([^`\]"']+)[`\]"'] text check \([^(]* in \(((?:\s*'(?:[^']|'')*'\s*,?)*)\)/gi)) {
      enums[check[1]!] = [...check[2]!.matchAll(/'((?:[^']|'')*)'/g)].map((literal) => literal[1]!.replace(/''/g, "'"));
    }
    return enums;
  }
}

/** better-sqlite3 driver with the enum introspection fix above. */
export class SqliteDriver extends BetterSqliteDriver {
  constructor(config: Configuration) {
    super(config);
    const platform = this.getPlatform() as AbstractSqlPlatform & { schemaHelper: BetterSqliteSchemaHelper };
    platform.schemaHelper = new SqliteSchemaHelper(platform);
  }
}
