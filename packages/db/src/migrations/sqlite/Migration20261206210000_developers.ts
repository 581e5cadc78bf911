import { Migration } from '@mikro-orm/migrations';

export class Migration20261206210000_developers extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`developer\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`uscc\` text not null, \`contact_person\` text null, \`contact_phone\` text null, \`address\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create index \`developer_name_index\` on \`developer\` (\`name\`);`);
    this.addSql(`create unique index \`developer_uscc_unique\` on \`developer\` (\`uscc\`);`);

    this.addSql(`create table \`developer_project\` (\`id\` integer not null primary key autoincrement, \`developer_id\` integer not null, \`community_id\` integer not null, \`handover_date\` date not null, \`created_at\` datetime not null, constraint \`developer_project_developer_id_foreign\` foreign key(\`developer_id\`) references \`developer\`(\`id\`) on update cascade, constraint \`developer_project_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`developer_project_developer_id_index\` on \`developer_project\` (\`developer_id\`);`);
    this.addSql(`create index \`developer_project_community_id_index\` on \`developer_project\` (\`community_id\`);`);
    this.addSql(`create unique index \`developer_project_community_id_unique\` on \`developer_project\` (\`community_id\`);`);

    this.addSql(`create table \`credit_recommendation\` (\`id\` integer not null primary key autoincrement, \`enterprise_id\` integer not null, \`reasons\` text not null, \`status\` text check (\`status\` in ('PROPOSED', 'APPROVED', 'REJECTED')) not null default 'PROPOSED', \`grade_at_proposal\` text check (\`grade_at_proposal\` in ('AAA', 'AA', 'A', 'B', 'C')) not null, \`score_at_proposal\` double not null, \`policy_version\` integer not null, \`proposed_by_id\` integer null, \`proposed_on\` date not null, \`decided_by_id\` integer null, \`decided_on\` date null, \`decision_note\` text null, \`created_at\` datetime not null, constraint \`credit_recommendation_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`credit_recommendation_proposed_by_id_foreign\` foreign key(\`proposed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`credit_recommendation_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`credit_recommendation_enterprise_id_index\` on \`credit_recommendation\` (\`enterprise_id\`);`);
    this.addSql(`create index \`credit_recommendation_status_index\` on \`credit_recommendation\` (\`status\`);`);
    this.addSql(`create index \`credit_recommendation_proposed_by_id_index\` on \`credit_recommendation\` (\`proposed_by_id\`);`);
    this.addSql(`create index \`credit_recommendation_proposed_on_index\` on \`credit_recommendation\` (\`proposed_on\`);`);
    this.addSql(`create index \`credit_recommendation_decided_by_id_index\` on \`credit_recommendation\` (\`decided_by_id\`);`);

    // The generator put the developer foreign key on the wrong column; written by hand on developer_id.
    this.addSql(`alter table \`issue\` add column \`warranty_element\` text check (\`warranty_element\` in ('FOUNDATION_STRUCTURE', 'WATERPROOFING', 'HEATING_COOLING', 'ELECTRICAL_PLUMBING', 'DECORATION')) null;`);
    this.addSql(`alter table \`issue\` add column \`developer_id\` integer null constraint \`issue_developer_id_foreign\` references \`developer\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`issue\` add column \`warranty_last_day\` date null;`);
    this.addSql(`create index \`issue_developer_id_index\` on \`issue\` (\`developer_id\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. Children first.
    this.addSql(`drop index if exists \`issue_developer_id_index\`;`);
    for (const column of ['developer_id', 'warranty_element', 'warranty_last_day']) this.addSql(`alter table \`issue\` drop column \`${column}\`;`);
    for (const table of ['credit_recommendation', 'developer_project', 'developer']) this.addSql(`drop table if exists \`${table}\`;`);
  }

}
