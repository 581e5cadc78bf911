import { Migration } from '@mikro-orm/migrations';

export class Migration20261127073243_campaign extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "campaign" ("id" serial primary key, "name" varchar(100) not null, "year" int not null, "start_date" date not null, "end_date" date not null, "goal" text null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "campaign" add constraint "campaign_year_unique" unique ("year");`);

    this.addSql(`create table "joint_meeting" ("id" serial primary key, "campaign_id" int null, "title" varchar(200) not null, "held_at" timestamptz not null, "location" varchar(200) not null, "agenda" text not null, "participants" jsonb not null, "notice" text not null, "notice_date" date not null, "contact_phone" varchar(30) null, "minutes" text null, "created_at" timestamptz not null);`);
    this.addSql(`create index "joint_meeting_campaign_id_index" on "joint_meeting" ("campaign_id");`);
    this.addSql(`create index "joint_meeting_held_at_index" on "joint_meeting" ("held_at");`);

    this.addSql(`create table "campaign_phase" ("id" serial primary key, "campaign_id" int not null, "code" varchar(30) not null, "name" varchar(50) not null, "start_date" date not null, "end_date" date not null, "description" text null);`);
    this.addSql(`create index "campaign_phase_campaign_id_index" on "campaign_phase" ("campaign_id");`);

    this.addSql(`create table "milestone" ("id" serial primary key, "campaign_id" int not null, "phase_id" int null, "code" varchar(20) not null, "title" varchar(200) not null, "due_date" date not null, "department_id" int null, "status" text check ("status" in ('PENDING', 'DONE')) not null default 'PENDING', "done_on" date null, "evidence" text null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "milestone_campaign_id_index" on "milestone" ("campaign_id");`);
    this.addSql(`create index "milestone_phase_id_index" on "milestone" ("phase_id");`);
    this.addSql(`create index "milestone_due_date_index" on "milestone" ("due_date");`);
    this.addSql(`create index "milestone_department_id_index" on "milestone" ("department_id");`);
    this.addSql(`create index "milestone_status_index" on "milestone" ("status");`);

    this.addSql(`create table "training_session" ("id" serial primary key, "campaign_id" int null, "topic" varchar(200) not null, "held_on" date not null, "location" varchar(200) null, "department_id" int null, "township_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "training_session_campaign_id_index" on "training_session" ("campaign_id");`);
    this.addSql(`create index "training_session_held_on_index" on "training_session" ("held_on");`);

    this.addSql(`create table "training_attendance" ("id" serial primary key, "session_id" int not null, "kind" text check ("kind" in ('PROJECT_MANAGER', 'COMMITTEE_MEMBER', 'TOWNSHIP_STAFF', 'OTHER')) not null, "manager_id" int null, "name" varchar(50) not null, "enterprise_id" int null, "township_id" int null, "present" boolean not null default true);`);
    this.addSql(`create index "training_attendance_session_id_index" on "training_attendance" ("session_id");`);
    this.addSql(`create index "training_attendance_kind_index" on "training_attendance" ("kind");`);
    this.addSql(`create index "training_attendance_manager_id_index" on "training_attendance" ("manager_id");`);

    this.addSql(`create table "bulletin" ("id" serial primary key, "month" varchar(7) not null, "status" text check ("status" in ('DRAFT', 'REVIEWED', 'PUBLISHED')) not null, "snapshot" jsonb not null, "generated_at" timestamptz not null, "generated_by_id" int null, "reviewed_at" timestamptz null, "reviewed_by_id" int null, "review_note" varchar(500) null, "published_at" timestamptz null, "published_by_id" int null, "published_on" date null);`);
    this.addSql(`alter table "bulletin" add constraint "bulletin_month_unique" unique ("month");`);
    this.addSql(`create index "bulletin_status_index" on "bulletin" ("status");`);
    this.addSql(`create index "bulletin_published_on_index" on "bulletin" ("published_on");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "user_id" int not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "read_only" boolean not null default true, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "weekly_progress" ("id" serial primary key, "campaign_id" int not null, "week_start" date not null, "summary" text not null, "department_id" int null, "township_id" int null, "author_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "weekly_progress_campaign_id_index" on "weekly_progress" ("campaign_id");`);
    this.addSql(`create index "weekly_progress_week_start_index" on "weekly_progress" ("week_start");`);

    this.addSql(`alter table "joint_meeting" add constraint "joint_meeting_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "campaign_phase" add constraint "campaign_phase_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);

    this.addSql(`alter table "milestone" add constraint "milestone_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);
    this.addSql(`alter table "milestone" add constraint "milestone_phase_id_foreign" foreign key ("phase_id") references "campaign_phase" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "milestone" add constraint "milestone_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training_session" add constraint "training_session_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_session" add constraint "training_session_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_session" add constraint "training_session_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training_attendance" add constraint "training_attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_manager_id_foreign" foreign key ("manager_id") references "project_manager" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "bulletin" add constraint "bulletin_generated_by_id_foreign" foreign key ("generated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "bulletin" add constraint "bulletin_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "bulletin" add constraint "bulletin_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "weekly_progress" add constraint "weekly_progress_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);
    this.addSql(`alter table "weekly_progress" add constraint "weekly_progress_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "weekly_progress" add constraint "weekly_progress_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "weekly_progress" add constraint "weekly_progress_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "joint_meeting" drop constraint "joint_meeting_campaign_id_foreign";`);

    this.addSql(`alter table "campaign_phase" drop constraint "campaign_phase_campaign_id_foreign";`);

    this.addSql(`alter table "milestone" drop constraint "milestone_campaign_id_foreign";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_campaign_id_foreign";`);

    this.addSql(`alter table "weekly_progress" drop constraint "weekly_progress_campaign_id_foreign";`);

    this.addSql(`alter table "milestone" drop constraint "milestone_phase_id_foreign";`);

    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_session_id_foreign";`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "joint_meeting" cascade;`);

    this.addSql(`drop table if exists "campaign_phase" cascade;`);

    this.addSql(`drop table if exists "milestone" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "training_attendance" cascade;`);

    this.addSql(`drop table if exists "bulletin" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "weekly_progress" cascade;`);
  }

}
