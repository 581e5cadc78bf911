import { Migration } from '@mikro-orm/migrations';

export class Migration20261206045050_consequences extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`expulsion\` (\`id\` integer not null primary key autoincrement, \`enterprise_id\` integer not null, \`decision_no\` text not null, \`decided_on\` date not null, \`reason\` text not null, \`policy_version\` integer not null, \`created_by_id\` integer null, \`created_at\` datetime not null, constraint \`expulsion_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`expulsion_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`expulsion_enterprise_id_index\` on \`expulsion\` (\`enterprise_id\`);`);
    this.addSql(`create index \`expulsion_decided_on_index\` on \`expulsion\` (\`decided_on\`);`);
    this.addSql(`create index \`expulsion_created_by_id_index\` on \`expulsion\` (\`created_by_id\`);`);

    this.addSql(`create table \`handover\` (\`id\` integer not null primary key autoincrement, \`expulsion_id\` integer not null, \`community_id\` integer not null, \`outgoing_id\` integer not null, \`deadline\` date not null, \`status\` text check (\`status\` in ('OPEN', 'COMPLETED')) not null default 'OPEN', \`successor_id\` integer null, \`successor_appointed_on\` date null, \`checklist\` json not null, \`completed_on\` date null, \`completed_by_id\` integer null, \`created_at\` datetime not null, constraint \`handover_expulsion_id_foreign\` foreign key(\`expulsion_id\`) references \`expulsion\`(\`id\`) on update cascade, constraint \`handover_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`handover_outgoing_id_foreign\` foreign key(\`outgoing_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`handover_successor_id_foreign\` foreign key(\`successor_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`handover_completed_by_id_foreign\` foreign key(\`completed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`handover_expulsion_id_index\` on \`handover\` (\`expulsion_id\`);`);
    this.addSql(`create index \`handover_community_id_index\` on \`handover\` (\`community_id\`);`);
    this.addSql(`create index \`handover_outgoing_id_index\` on \`handover\` (\`outgoing_id\`);`);
    this.addSql(`create index \`handover_deadline_index\` on \`handover\` (\`deadline\`);`);
    this.addSql(`create index \`handover_status_index\` on \`handover\` (\`status\`);`);
    this.addSql(`create index \`handover_successor_id_index\` on \`handover\` (\`successor_id\`);`);
    this.addSql(`create index \`handover_completed_by_id_index\` on \`handover\` (\`completed_by_id\`);`);
    this.addSql(`create unique index \`handover_expulsion_id_community_id_unique\` on \`handover\` (\`expulsion_id\`, \`community_id\`);`);

    this.addSql(`alter table \`community\` add column \`handover_deadline\` date null;`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. Children first.
    for (const table of ['handover', 'expulsion']) this.addSql(`drop table if exists \`${table}\`;`);
    this.addSql(`alter table \`community\` drop column \`handover_deadline\`;`);
  }

}
