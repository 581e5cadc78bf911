import { Migration } from '@mikro-orm/migrations';

export class Migration20261206204457_campaign_records extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`publicity_article\` (\`id\` integer not null primary key autoincrement, \`kind\` text check (\`kind\` in ('NEWS', 'TYPICAL_CASE', 'NOTICE')) not null, \`title\` text not null, \`summary\` text null, \`body\` text not null, \`source\` text null, \`status\` text check (\`status\` in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')) not null default 'DRAFT', \`created_by_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`published_at\` datetime null, \`published_by_id\` integer null, \`withdrawn_at\` datetime null, \`withdrawn_by_id\` integer null, \`withdraw_reason\` text null, constraint \`publicity_article_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`publicity_article_published_by_id_foreign\` foreign key(\`published_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`publicity_article_withdrawn_by_id_foreign\` foreign key(\`withdrawn_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`publicity_article_kind_index\` on \`publicity_article\` (\`kind\`);`);
    this.addSql(`create index \`publicity_article_status_index\` on \`publicity_article\` (\`status\`);`);
    this.addSql(`create index \`publicity_article_created_by_id_index\` on \`publicity_article\` (\`created_by_id\`);`);
    this.addSql(`create index \`publicity_article_published_at_index\` on \`publicity_article\` (\`published_at\`);`);
    this.addSql(`create index \`publicity_article_published_by_id_index\` on \`publicity_article\` (\`published_by_id\`);`);
    this.addSql(`create index \`publicity_article_withdrawn_by_id_index\` on \`publicity_article\` (\`withdrawn_by_id\`);`);

    this.addSql(`create table \`peer_visit\` (\`id\` integer not null primary key autoincrement, \`visited_on\` date not null, \`host_enterprise_id\` integer null, \`host_community_id\` integer null, \`visitor_people\` json not null, \`findings\` text not null, \`recorded_by_id\` integer null, \`created_at\` datetime not null, constraint \`peer_visit_host_enterprise_id_foreign\` foreign key(\`host_enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`peer_visit_host_community_id_foreign\` foreign key(\`host_community_id\`) references \`community\`(\`id\`) on delete set null on update cascade, constraint \`peer_visit_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`peer_visit_visited_on_index\` on \`peer_visit\` (\`visited_on\`);`);
    this.addSql(`create index \`peer_visit_host_enterprise_id_index\` on \`peer_visit\` (\`host_enterprise_id\`);`);
    this.addSql(`create index \`peer_visit_host_community_id_index\` on \`peer_visit\` (\`host_community_id\`);`);
    this.addSql(`create index \`peer_visit_recorded_by_id_index\` on \`peer_visit\` (\`recorded_by_id\`);`);

    this.addSql(`create table \`peer_visit_firm\` (\`id\` integer not null primary key autoincrement, \`visit_id\` integer not null, \`enterprise_id\` integer not null, constraint \`peer_visit_firm_visit_id_foreign\` foreign key(\`visit_id\`) references \`peer_visit\`(\`id\`) on update cascade, constraint \`peer_visit_firm_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`peer_visit_firm_visit_id_index\` on \`peer_visit_firm\` (\`visit_id\`);`);
    this.addSql(`create index \`peer_visit_firm_enterprise_id_index\` on \`peer_visit_firm\` (\`enterprise_id\`);`);
    this.addSql(`create unique index \`peer_visit_firm_visit_id_enterprise_id_unique\` on \`peer_visit_firm\` (\`visit_id\`, \`enterprise_id\`);`);

    this.addSql(`create table \`meeting_minutes\` (\`id\` integer not null primary key autoincrement, \`meeting_id\` integer not null, \`body\` text not null, \`attendees\` json not null, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED', 'APPROVED')) not null default 'DRAFT', \`written_by_id\` integer null, \`written_at\` datetime not null, \`submitted_at\` datetime null, \`approved_by_id\` integer null, \`approved_at\` datetime null, \`return_note\` text null, \`updated_at\` datetime not null, constraint \`meeting_minutes_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`joint_meeting\`(\`id\`) on update cascade, constraint \`meeting_minutes_written_by_id_foreign\` foreign key(\`written_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`meeting_minutes_approved_by_id_foreign\` foreign key(\`approved_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`meeting_minutes_meeting_id_index\` on \`meeting_minutes\` (\`meeting_id\`);`);
    this.addSql(`create unique index \`meeting_minutes_meeting_id_unique\` on \`meeting_minutes\` (\`meeting_id\`);`);
    this.addSql(`create index \`meeting_minutes_status_index\` on \`meeting_minutes\` (\`status\`);`);
    this.addSql(`create index \`meeting_minutes_written_by_id_index\` on \`meeting_minutes\` (\`written_by_id\`);`);
    this.addSql(`create index \`meeting_minutes_approved_by_id_index\` on \`meeting_minutes\` (\`approved_by_id\`);`);

    // Minutes written before they were approved on the platform carry over as approved, with no writer or approver.
    this.addSql(`insert into \`meeting_minutes\` (\`meeting_id\`, \`body\`, \`attendees\`, \`status\`, \`written_at\`, \`approved_at\`, \`updated_at\`) select \`id\`, \`minutes\`, \`participants\`, 'APPROVED', \`held_at\`, \`held_at\`, \`held_at\` from \`joint_meeting\` where \`minutes\` is not null and trim(\`minutes\`) <> '';`);
    this.addSql(`alter table \`joint_meeting\` drop column \`minutes\`;`);

    this.addSql(`alter table \`joint_meeting\` add column \`kind\` text check (\`kind\` in ('JOINT', 'MONTHLY_CONSULTATION')) not null default 'JOINT';`);
    this.addSql(`alter table \`joint_meeting\` add column \`host_department_id\` integer null constraint \`joint_meeting_host_department_id_foreign\` references \`department\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`joint_meeting\` add column \`host_township_id\` integer null constraint \`joint_meeting_host_township_id_foreign\` references \`township\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`joint_meeting_kind_index\` on \`joint_meeting\` (\`kind\`);`);
    this.addSql(`create index \`joint_meeting_host_department_id_index\` on \`joint_meeting\` (\`host_department_id\`);`);
    this.addSql(`create index \`joint_meeting_host_township_id_index\` on \`joint_meeting\` (\`host_township_id\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. Minutes go back to the meeting's text column.
    this.addSql(`drop index if exists \`joint_meeting_kind_index\`;`);
    this.addSql(`drop index if exists \`joint_meeting_host_department_id_index\`;`);
    this.addSql(`drop index if exists \`joint_meeting_host_township_id_index\`;`);
    this.addSql(`alter table \`joint_meeting\` drop column \`host_township_id\`;`);
    this.addSql(`alter table \`joint_meeting\` drop column \`host_department_id\`;`);
    this.addSql(`alter table \`joint_meeting\` drop column \`kind\`;`);
    this.addSql(`alter table \`joint_meeting\` add column \`minutes\` text null;`);
    this.addSql(`update \`joint_meeting\` set \`minutes\` = (select \`body\` from \`meeting_minutes\` where \`meeting_id\` = \`joint_meeting\`.\`id\`);`);
    this.addSql(`drop table if exists \`meeting_minutes\`;`);
    this.addSql(`drop table if exists \`peer_visit_firm\`;`);
    this.addSql(`drop table if exists \`peer_visit\`;`);
    this.addSql(`drop table if exists \`publicity_article\`;`);
  }

}
