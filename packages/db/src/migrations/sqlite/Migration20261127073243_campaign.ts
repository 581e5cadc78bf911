import { Migration } from '@mikro-orm/migrations';

export class Migration20261127073243_campaign extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`campaign\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`year\` integer not null, \`start_date\` date not null, \`end_date\` date not null, \`goal\` text null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`campaign_year_unique\` on \`campaign\` (\`year\`);`);

    this.addSql(`create table \`joint_meeting\` (\`id\` integer not null primary key autoincrement, \`campaign_id\` integer null, \`title\` text not null, \`held_at\` datetime not null, \`location\` text not null, \`agenda\` text not null, \`participants\` json not null, \`notice\` text not null, \`notice_date\` date not null, \`contact_phone\` text null, \`minutes\` text null, \`created_at\` datetime not null, constraint \`joint_meeting_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`joint_meeting_campaign_id_index\` on \`joint_meeting\` (\`campaign_id\`);`);
    this.addSql(`create index \`joint_meeting_held_at_index\` on \`joint_meeting\` (\`held_at\`);`);

    this.addSql(`create table \`campaign_phase\` (\`id\` integer not null primary key autoincrement, \`campaign_id\` integer not null, \`code\` text not null, \`name\` text not null, \`start_date\` date not null, \`end_date\` date not null, \`description\` text null, constraint \`campaign_phase_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`campaign_phase_campaign_id_index\` on \`campaign_phase\` (\`campaign_id\`);`);

    this.addSql(`create table \`milestone\` (\`id\` integer not null primary key autoincrement, \`campaign_id\` integer not null, \`phase_id\` integer null, \`code\` text not null, \`title\` text not null, \`due_date\` date not null, \`department_id\` integer null, \`status\` text check (\`status\` in ('PENDING', 'DONE')) not null default 'PENDING', \`done_on\` date null, \`evidence\` text null, \`note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`milestone_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on update cascade, constraint \`milestone_phase_id_foreign\` foreign key(\`phase_id\`) references \`campaign_phase\`(\`id\`) on delete set null on update cascade, constraint \`milestone_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`milestone_campaign_id_index\` on \`milestone\` (\`campaign_id\`);`);
    this.addSql(`create index \`milestone_phase_id_index\` on \`milestone\` (\`phase_id\`);`);
    this.addSql(`create index \`milestone_due_date_index\` on \`milestone\` (\`due_date\`);`);
    this.addSql(`create index \`milestone_department_id_index\` on \`milestone\` (\`department_id\`);`);
    this.addSql(`create index \`milestone_status_index\` on \`milestone\` (\`status\`);`);

    this.addSql(`create table \`training_session\` (\`id\` integer not null primary key autoincrement, \`campaign_id\` integer null, \`topic\` text not null, \`held_on\` date not null, \`location\` text null, \`department_id\` integer null, \`township_id\` integer null, \`created_at\` datetime not null, constraint \`training_session_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on delete set null on update cascade, constraint \`training_session_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, constraint \`training_session_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`training_session_campaign_id_index\` on \`training_session\` (\`campaign_id\`);`);
    this.addSql(`create index \`training_session_held_on_index\` on \`training_session\` (\`held_on\`);`);
    this.addSql(`create index \`training_session_department_id_index\` on \`training_session\` (\`department_id\`);`);
    this.addSql(`create index \`training_session_township_id_index\` on \`training_session\` (\`township_id\`);`);

    this.addSql(`create table \`training_attendance\` (\`id\` integer not null primary key autoincrement, \`session_id\` integer not null, \`kind\` text check (\`kind\` in ('PROJECT_MANAGER', 'COMMITTEE_MEMBER', 'TOWNSHIP_STAFF', 'OTHER')) not null, \`manager_id\` integer null, \`name\` text not null, \`enterprise_id\` integer null, \`township_id\` integer null, \`present\` integer not null default true, constraint \`training_attendance_session_id_foreign\` foreign key(\`session_id\`) references \`training_session\`(\`id\`) on update cascade, constraint \`training_attendance_manager_id_foreign\` foreign key(\`manager_id\`) references \`project_manager\`(\`id\`) on delete set null on update cascade, constraint \`training_attendance_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`training_attendance_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`training_attendance_session_id_index\` on \`training_attendance\` (\`session_id\`);`);
    this.addSql(`create index \`training_attendance_kind_index\` on \`training_attendance\` (\`kind\`);`);
    this.addSql(`create index \`training_attendance_manager_id_index\` on \`training_attendance\` (\`manager_id\`);`);
    this.addSql(`create index \`training_attendance_enterprise_id_index\` on \`training_attendance\` (\`enterprise_id\`);`);
    this.addSql(`create index \`training_attendance_township_id_index\` on \`training_attendance\` (\`township_id\`);`);

    this.addSql(`create table \`bulletin\` (\`id\` integer not null primary key autoincrement, \`month\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'REVIEWED', 'PUBLISHED')) not null, \`snapshot\` json not null, \`generated_at\` datetime not null, \`generated_by_id\` integer null, \`reviewed_at\` datetime null, \`reviewed_by_id\` integer null, \`review_note\` text null, \`published_at\` datetime null, \`published_by_id\` integer null, \`published_on\` date null, constraint \`bulletin_generated_by_id_foreign\` foreign key(\`generated_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`bulletin_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`bulletin_published_by_id_foreign\` foreign key(\`published_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`bulletin_month_unique\` on \`bulletin\` (\`month\`);`);
    this.addSql(`create index \`bulletin_status_index\` on \`bulletin\` (\`status\`);`);
    this.addSql(`create index \`bulletin_generated_by_id_index\` on \`bulletin\` (\`generated_by_id\`);`);
    this.addSql(`create index \`bulletin_reviewed_by_id_index\` on \`bulletin\` (\`reviewed_by_id\`);`);
    this.addSql(`create index \`bulletin_published_by_id_index\` on \`bulletin\` (\`published_by_id\`);`);
    this.addSql(`create index \`bulletin_published_on_index\` on \`bulletin\` (\`published_on\`);`);

    this.addSql(`create table \`api_token\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`name\` text not null, \`token_hash\` text not null, \`read_only\` integer not null default true, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);

    this.addSql(`create table \`weekly_progress\` (\`id\` integer not null primary key autoincrement, \`campaign_id\` integer not null, \`week_start\` date not null, \`summary\` text not null, \`department_id\` integer null, \`township_id\` integer null, \`author_id\` integer null, \`created_at\` datetime not null, constraint \`weekly_progress_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on update cascade, constraint \`weekly_progress_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, constraint \`weekly_progress_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on delete set null on update cascade, constraint \`weekly_progress_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`weekly_progress_campaign_id_index\` on \`weekly_progress\` (\`campaign_id\`);`);
    this.addSql(`create index \`weekly_progress_week_start_index\` on \`weekly_progress\` (\`week_start\`);`);
    this.addSql(`create index \`weekly_progress_department_id_index\` on \`weekly_progress\` (\`department_id\`);`);
    this.addSql(`create index \`weekly_progress_township_id_index\` on \`weekly_progress\` (\`township_id\`);`);
    this.addSql(`create index \`weekly_progress_author_id_index\` on \`weekly_progress\` (\`author_id\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. Children first.
    for (const table of ['api_token', 'bulletin', 'joint_meeting', 'training_attendance', 'training_session', 'weekly_progress', 'milestone', 'campaign_phase', 'campaign']) {
      this.addSql(`drop table if exists \`${table}\`;`);
    }
  }

}
