import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170831_township_plans extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`township_plan\` (\`id\` integer not null primary key autoincrement, \`township_id\` integer not null, \`year\` integer not null, \`leader_name\` text not null, \`leader_position\` text not null, \`mechanism\` text not null, \`schedule\` text not null, \`tasks\` text not null, \`resources\` text null, \`status\` text check (\`status\` in ('DRAFT', 'FILED')) not null default 'DRAFT', \`filed_at\` datetime null, \`filed_by_id\` integer null, \`created_by_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`township_plan_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`township_plan_filed_by_id_foreign\` foreign key(\`filed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`township_plan_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`township_plan_township_id_index\` on \`township_plan\` (\`township_id\`);`);
    this.addSql(`create index \`township_plan_year_index\` on \`township_plan\` (\`year\`);`);
    this.addSql(`create index \`township_plan_status_index\` on \`township_plan\` (\`status\`);`);
    this.addSql(`create index \`township_plan_filed_by_id_index\` on \`township_plan\` (\`filed_by_id\`);`);
    this.addSql(`create index \`township_plan_created_by_id_index\` on \`township_plan\` (\`created_by_id\`);`);
    this.addSql(`create unique index \`township_plan_township_id_year_unique\` on \`township_plan\` (\`township_id\`, \`year\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`drop table if exists \`township_plan\`;`);
  }

}
