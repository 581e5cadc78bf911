import { Migration } from '@mikro-orm/migrations';

export class Migration20261206012516_random_inspections extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`pool_inspector\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`badge_no\` text not null, \`township_id\` integer null, \`department_id\` integer null, \`active\` integer not null default true, \`created_at\` datetime not null, constraint \`pool_inspector_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on delete set null on update cascade, constraint \`pool_inspector_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`pool_inspector_badge_no_unique\` on \`pool_inspector\` (\`badge_no\`);`);
    this.addSql(`create index \`pool_inspector_township_id_index\` on \`pool_inspector\` (\`township_id\`);`);
    this.addSql(`create index \`pool_inspector_department_id_index\` on \`pool_inspector\` (\`department_id\`);`);

    this.addSql(`create table \`random_draw\` (\`id\` integer not null primary key autoincrement, \`title\` text not null, \`policy_code\` text not null, \`policy_version\` integer not null, \`community_count\` integer not null, \`team_size\` integer not null, \`due_by\` date not null, \`status\` text check (\`status\` in ('PLANNED', 'DRAWN', 'PUBLISHED')) not null default 'PLANNED', \`seed\` text null, \`inputs\` json null, \`drawn_at\` datetime null, \`drawn_by_id\` integer null, \`published_at\` datetime null, \`published_by_id\` integer null, \`created_by_id\` integer null, \`created_at\` datetime not null, constraint \`random_draw_drawn_by_id_foreign\` foreign key(\`drawn_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`random_draw_published_by_id_foreign\` foreign key(\`published_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`random_draw_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`random_draw_status_index\` on \`random_draw\` (\`status\`);`);
    this.addSql(`create index \`random_draw_drawn_by_id_index\` on \`random_draw\` (\`drawn_by_id\`);`);
    this.addSql(`create index \`random_draw_published_at_index\` on \`random_draw\` (\`published_at\`);`);
    this.addSql(`create index \`random_draw_published_by_id_index\` on \`random_draw\` (\`published_by_id\`);`);
    this.addSql(`create index \`random_draw_created_by_id_index\` on \`random_draw\` (\`created_by_id\`);`);

    this.addSql(`create table \`drawn_community\` (\`id\` integer not null primary key autoincrement, \`draw_id\` integer not null, \`position\` integer not null, \`community_id\` integer not null, \`township_id\` integer not null, \`enterprise_id\` integer null, \`weight\` integer not null, \`inspection_id\` integer null, constraint \`drawn_community_draw_id_foreign\` foreign key(\`draw_id\`) references \`random_draw\`(\`id\`) on update cascade, constraint \`drawn_community_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`drawn_community_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`drawn_community_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`drawn_community_inspection_id_foreign\` foreign key(\`inspection_id\`) references \`inspection\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`drawn_community_draw_id_index\` on \`drawn_community\` (\`draw_id\`);`);
    this.addSql(`create index \`drawn_community_community_id_index\` on \`drawn_community\` (\`community_id\`);`);
    this.addSql(`create index \`drawn_community_township_id_index\` on \`drawn_community\` (\`township_id\`);`);
    this.addSql(`create index \`drawn_community_enterprise_id_index\` on \`drawn_community\` (\`enterprise_id\`);`);
    this.addSql(`create index \`drawn_community_inspection_id_index\` on \`drawn_community\` (\`inspection_id\`);`);
    this.addSql(`create unique index \`drawn_community_draw_id_community_id_unique\` on \`drawn_community\` (\`draw_id\`, \`community_id\`);`);
    this.addSql(`create unique index \`drawn_community_draw_id_position_unique\` on \`drawn_community\` (\`draw_id\`, \`position\`);`);

    this.addSql(`create table \`drawn_inspector\` (\`id\` integer not null primary key autoincrement, \`drawn_community_id\` integer not null, \`inspector_id\` integer not null, \`position\` integer not null, constraint \`drawn_inspector_drawn_community_id_foreign\` foreign key(\`drawn_community_id\`) references \`drawn_community\`(\`id\`) on update cascade, constraint \`drawn_inspector_inspector_id_foreign\` foreign key(\`inspector_id\`) references \`pool_inspector\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`drawn_inspector_drawn_community_id_index\` on \`drawn_inspector\` (\`drawn_community_id\`);`);
    this.addSql(`create index \`drawn_inspector_inspector_id_index\` on \`drawn_inspector\` (\`inspector_id\`);`);
    this.addSql(`create unique index \`drawn_inspector_drawn_community_id_inspector_id_unique\` on \`drawn_inspector\` (\`drawn_community_id\`, \`inspector_id\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. Children first.
    for (const table of ['drawn_inspector', 'drawn_community', 'random_draw', 'pool_inspector']) this.addSql(`drop table if exists \`${table}\`;`);
  }

}
