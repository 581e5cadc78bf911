import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170309_history extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`kpi_rollup\` (\`id\` integer not null primary key autoincrement, \`month\` text not null, \`grouping\` text not null, \`group_id\` integer not null default 0, \`kpi\` text not null, \`numerator\` double not null, \`denominator\` double not null, \`computed_at\` datetime not null);`);
    this.addSql(`create unique index \`kpi_rollup_grouping_month_group_id_kpi_unique\` on \`kpi_rollup\` (\`grouping\`, \`month\`, \`group_id\`, \`kpi\`);`);

    this.addSql(`create table \`community_history\` (\`id\` integer not null primary key autoincrement, \`community_id\` integer not null, \`township_id\` integer not null, \`enterprise_id\` integer null, \`type\` text check (\`type\` in ('NEW_RESIDENTIAL', 'OLD', 'OTHER')) not null, \`service_mode\` text check (\`service_mode\` in ('ENTERPRISE', 'BASIC_SERVICE', 'SELF_MANAGED', 'NONE')) not null, \`valid_from\` date null, \`valid_to\` date null, \`recorded_at\` datetime not null, constraint \`community_history_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`community_history_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`community_history_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`community_history_community_id_index\` on \`community_history\` (\`community_id\`);`);
    this.addSql(`create index \`community_history_township_id_index\` on \`community_history\` (\`township_id\`);`);
    this.addSql(`create index \`community_history_enterprise_id_index\` on \`community_history\` (\`enterprise_id\`);`);

    // Back-fill: every community's current state, in effect since before the history was kept (valid_from null).
    this.addSql(`insert into \`community_history\` (\`community_id\`, \`township_id\`, \`enterprise_id\`, \`type\`, \`service_mode\`, \`valid_from\`, \`valid_to\`, \`recorded_at\`) select id, township_id, enterprise_id, type, service_mode, null, null, cast(strftime('%s', 'now') as integer) * 1000 from \`community\`;`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    for (const table of ['kpi_rollup', 'community_history']) this.addSql(`drop table if exists \`${table}\`;`);
  }

}
