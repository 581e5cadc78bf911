import { Migration } from '@mikro-orm/migrations';

export class Migration20261206204457_campaign_records extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "publicity_article" ("id" serial primary key, "kind" text check ("kind" in ('NEWS', 'TYPICAL_CASE', 'NOTICE')) not null, "title" varchar(100) not null, "summary" varchar(300) null, "body" text not null, "source" varchar(50) null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')) not null default 'DRAFT', "created_by_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "published_at" timestamptz null, "published_by_id" int null, "withdrawn_at" timestamptz null, "withdrawn_by_id" int null, "withdraw_reason" varchar(500) null);`);
    this.addSql(`create index "publicity_article_kind_index" on "publicity_article" ("kind");`);
    this.addSql(`create index "publicity_article_status_index" on "publicity_article" ("status");`);
    this.addSql(`create index "publicity_article_published_at_index" on "publicity_article" ("published_at");`);

    this.addSql(`create table "peer_visit" ("id" serial primary key, "visited_on" date not null, "host_enterprise_id" int null, "host_community_id" int null, "visitor_people" jsonb not null, "findings" text not null, "recorded_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "peer_visit_visited_on_index" on "peer_visit" ("visited_on");`);
    this.addSql(`create index "peer_visit_host_enterprise_id_index" on "peer_visit" ("host_enterprise_id");`);
    this.addSql(`create index "peer_visit_host_community_id_index" on "peer_visit" ("host_community_id");`);

    this.addSql(`create table "peer_visit_firm" ("id" serial primary key, "visit_id" int not null, "enterprise_id" int not null);`);
    this.addSql(`create index "peer_visit_firm_visit_id_index" on "peer_visit_firm" ("visit_id");`);
    this.addSql(`create index "peer_visit_firm_enterprise_id_index" on "peer_visit_firm" ("enterprise_id");`);
    this.addSql(`alter table "peer_visit_firm" add constraint "peer_visit_firm_visit_id_enterprise_id_unique" unique ("visit_id", "enterprise_id");`);

    this.addSql(`create table "meeting_minutes" ("id" serial primary key, "meeting_id" int not null, "body" text not null, "attendees" jsonb not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED')) not null default 'DRAFT', "written_by_id" int null, "written_at" timestamptz not null, "submitted_at" timestamptz null, "approved_by_id" int null, "approved_at" timestamptz null, "return_note" varchar(500) null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "meeting_minutes" add constraint "meeting_minutes_meeting_id_unique" unique ("meeting_id");`);
    this.addSql(`create index "meeting_minutes_status_index" on "meeting_minutes" ("status");`);

    this.addSql(`alter table "publicity_article" add constraint "publicity_article_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "publicity_article" add constraint "publicity_article_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "publicity_article" add constraint "publicity_article_withdrawn_by_id_foreign" foreign key ("withdrawn_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "peer_visit" add constraint "peer_visit_host_enterprise_id_foreign" foreign key ("host_enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "peer_visit" add constraint "peer_visit_host_community_id_foreign" foreign key ("host_community_id") references "community" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "peer_visit" add constraint "peer_visit_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "peer_visit_firm" add constraint "peer_visit_firm_visit_id_foreign" foreign key ("visit_id") references "peer_visit" ("id") on update cascade;`);
    this.addSql(`alter table "peer_visit_firm" add constraint "peer_visit_firm_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);

    this.addSql(`alter table "meeting_minutes" add constraint "meeting_minutes_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade;`);
    this.addSql(`alter table "meeting_minutes" add constraint "meeting_minutes_written_by_id_foreign" foreign key ("written_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "meeting_minutes" add constraint "meeting_minutes_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    // Minutes written before they were approved on the platform carry over as approved, with no writer or approver.
    this.addSql(`insert into "meeting_minutes" ("meeting_id", "body", "attendees", "status", "written_at", "approved_at", "updated_at") select "id", "minutes", "participants", 'APPROVED', "held_at", "held_at", "held_at" from "joint_meeting" where "minutes" is not null and trim("minutes") <> '';`);
    this.addSql(`alter table "joint_meeting" drop column "minutes";`);

    this.addSql(`alter table "joint_meeting" add column "kind" text check ("kind" in ('JOINT', 'MONTHLY_CONSULTATION')) not null default 'JOINT', add column "host_department_id" int null, add column "host_township_id" int null;`);
    this.addSql(`alter table "joint_meeting" add constraint "joint_meeting_host_department_id_foreign" foreign key ("host_department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "joint_meeting" add constraint "joint_meeting_host_township_id_foreign" foreign key ("host_township_id") references "township" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "joint_meeting_kind_index" on "joint_meeting" ("kind");`);
  }

  override async down(): Promise<void> {
    // Minutes go back to the meeting's text column.
    this.addSql(`alter table "joint_meeting" add column "minutes" text null;`);
    this.addSql(`update "joint_meeting" set "minutes" = (select "body" from "meeting_minutes" where "meeting_id" = "joint_meeting"."id");`);
    this.addSql(`alter table "joint_meeting" drop constraint "joint_meeting_host_department_id_foreign";`);
    this.addSql(`alter table "joint_meeting" drop constraint "joint_meeting_host_township_id_foreign";`);
    this.addSql(`drop index "joint_meeting_kind_index";`);
    this.addSql(`alter table "joint_meeting" drop column "kind", drop column "host_department_id", drop column "host_township_id";`);
    this.addSql(`drop table if exists "meeting_minutes" cascade;`);
    this.addSql(`drop table if exists "peer_visit_firm" cascade;`);
    this.addSql(`drop table if exists "peer_visit" cascade;`);
    this.addSql(`drop table if exists "publicity_article" cascade;`);
  }

}
