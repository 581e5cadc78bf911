import { Migration } from '@mikro-orm/migrations';

export class Migration20261127071121_closed_loop extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "self_check" ("id" serial primary key, "enterprise_id" int not null, "community_id" int not null, "township_id" int not null, "date" date not null, "deductions" jsonb not null, "score" double precision not null, "grade" text check ("grade" in ('A', 'B', 'C', 'D')) not null, "note" text null, "submitted_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "self_check_enterprise_id_index" on "self_check" ("enterprise_id");`);
    this.addSql(`create index "self_check_community_id_index" on "self_check" ("community_id");`);
    this.addSql(`create index "self_check_township_id_index" on "self_check" ("township_id");`);
    this.addSql(`create index "self_check_date_index" on "self_check" ("date");`);
    this.addSql(`create index "self_check_grade_index" on "self_check" ("grade");`);

    this.addSql(`create table "issue" ("id" serial primary key, "source" text check ("source" in ('INSPECTION', 'COMPLAINT', 'SELF_CHECK', 'TOWNSHIP_REPORT')) not null, "source_id" varchar(40) null, "checklist_item_id" varchar(10) null, "category" text check ("category" in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY')) not null, "subtype" varchar(40) null, "title" varchar(200) not null, "description" text null, "community_id" int not null, "township_id" int not null, "enterprise_id" int null, "department_id" int null, "measures" text null, "deadline" date null, "state" text check ("state" in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED')) not null, "last_action" text check ("last_action" in ('ASSIGN', 'ACKNOWLEDGE', 'SUBMIT', 'CLOSE', 'RETURN', 'FLAG', 'UNFLAG', 'RECORD_REFUSAL')) null, "flagged" boolean not null default false, "refusal_recorded" boolean not null default false, "b1proposed" boolean not null default false, "b2proposed" boolean not null default false, "assigned_at" timestamptz null, "last_submitted_at" timestamptz null, "closed_at" timestamptz null, "created_by_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "issue_source_index" on "issue" ("source");`);
    this.addSql(`create index "issue_source_id_index" on "issue" ("source_id");`);
    this.addSql(`create index "issue_category_index" on "issue" ("category");`);
    this.addSql(`create index "issue_community_id_index" on "issue" ("community_id");`);
    this.addSql(`create index "issue_township_id_index" on "issue" ("township_id");`);
    this.addSql(`create index "issue_enterprise_id_index" on "issue" ("enterprise_id");`);
    this.addSql(`create index "issue_department_id_index" on "issue" ("department_id");`);
    this.addSql(`create index "issue_deadline_index" on "issue" ("deadline");`);
    this.addSql(`create index "issue_state_index" on "issue" ("state");`);
    this.addSql(`create index "issue_flagged_index" on "issue" ("flagged");`);
    this.addSql(`create index "issue_b1proposed_index" on "issue" ("b1proposed");`);
    this.addSql(`create index "issue_created_at_index" on "issue" ("created_at");`);

    this.addSql(`create table "issue_event" ("id" serial primary key, "issue_id" int not null, "action" text check ("action" in ('REGISTER', 'ASSIGN', 'ACKNOWLEDGE', 'SUBMIT', 'CLOSE', 'RETURN', 'FLAG', 'UNFLAG', 'RECORD_REFUSAL')) not null, "from_state" text check ("from_state" in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED')) null, "to_state" text check ("to_state" in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED')) not null, "actor_id" int null, "actor_name" varchar(50) null, "at" timestamptz not null, "note" text null, "file_ids" jsonb not null);`);
    this.addSql(`create index "issue_event_issue_id_index" on "issue_event" ("issue_id");`);

    this.addSql(`create table "inspection" ("id" serial primary key, "kind" text check ("kind" in ('SCHEDULED', 'RANDOM', 'UNANNOUNCED')) not null, "date" date not null, "inspectors" varchar(200) not null, "community_id" int not null, "township_id" int not null, "enterprise_id" int null, "deductions" jsonb not null, "score" double precision null, "grade" text check ("grade" in ('A', 'B', 'C', 'D')) null, "refused_to_cooperate" boolean not null default false, "note" text null, "findings_turned" jsonb not null, "b10proposed" boolean not null default false, "b14proposed" boolean not null default false, "created_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "inspection_kind_index" on "inspection" ("kind");`);
    this.addSql(`create index "inspection_date_index" on "inspection" ("date");`);
    this.addSql(`create index "inspection_community_id_index" on "inspection" ("community_id");`);
    this.addSql(`create index "inspection_township_id_index" on "inspection" ("township_id");`);
    this.addSql(`create index "inspection_enterprise_id_index" on "inspection" ("enterprise_id");`);
    this.addSql(`create index "inspection_grade_index" on "inspection" ("grade");`);

    this.addSql(`create table "evidence_file" ("id" serial primary key, "issue_id" int not null, "stored_name" varchar(80) not null, "original_name" varchar(200) not null, "mime" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by_id" int null, "uploaded_at" timestamptz not null);`);
    this.addSql(`create index "evidence_file_issue_id_index" on "evidence_file" ("issue_id");`);
    this.addSql(`alter table "evidence_file" add constraint "evidence_file_stored_name_unique" unique ("stored_name");`);
    this.addSql(`create index "evidence_file_sha256_index" on "evidence_file" ("sha256");`);

    this.addSql(`create table "complaint" ("id" serial primary key, "channel" text check ("channel" in ('HOTLINE', 'EMAIL', 'WEB', 'WALL', 'BOARD', 'PETITION')) not null, "complainant_name" varchar(50) null, "complainant_phone" varchar(30) null, "complainant_count" int not null default 1, "community_id" int not null, "township_id" int not null, "enterprise_id" int null, "category" text check ("category" in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY')) not null, "subtype" varchar(40) null, "content" text not null, "department_id" int null, "state" text check ("state" in ('RECEIVED', 'ROUTED', 'RESPONDED', 'RESOLVED', 'TURNED_INTO_ISSUE', 'REJECTED', 'CLOSED')) not null, "received_at" timestamptz not null, "responded_at" timestamptz null, "handled_at" timestamptz null, "closed_at" timestamptz null, "response_note" text null, "answer" text null, "rejection_reasons" text null, "upheld" boolean null, "issue_id" int null, "follow_up_rating" text check ("follow_up_rating" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, "follow_up_note" text null, "b3proposed" boolean not null default false, "b4proposed" boolean not null default false, "b5proposed" boolean not null default false, "created_by_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "complaint_channel_index" on "complaint" ("channel");`);
    this.addSql(`create index "complaint_community_id_index" on "complaint" ("community_id");`);
    this.addSql(`create index "complaint_township_id_index" on "complaint" ("township_id");`);
    this.addSql(`create index "complaint_enterprise_id_index" on "complaint" ("enterprise_id");`);
    this.addSql(`create index "complaint_category_index" on "complaint" ("category");`);
    this.addSql(`create index "complaint_department_id_index" on "complaint" ("department_id");`);
    this.addSql(`create index "complaint_state_index" on "complaint" ("state");`);
    this.addSql(`create index "complaint_received_at_index" on "complaint" ("received_at");`);
    this.addSql(`create index "complaint_b3proposed_index" on "complaint" ("b3proposed");`);

    this.addSql(`create table "complaint_event" ("id" serial primary key, "complaint_id" int not null, "action" text check ("action" in ('RECEIVE', 'ROUTE', 'RESPOND', 'RESOLVE', 'TURN_INTO_ISSUE', 'REJECT', 'CLOSE')) not null, "from_state" text check ("from_state" in ('RECEIVED', 'ROUTED', 'RESPONDED', 'RESOLVED', 'TURNED_INTO_ISSUE', 'REJECTED', 'CLOSED')) null, "to_state" text check ("to_state" in ('RECEIVED', 'ROUTED', 'RESPONDED', 'RESOLVED', 'TURNED_INTO_ISSUE', 'REJECTED', 'CLOSED')) not null, "actor_id" int null, "actor_name" varchar(50) null, "at" timestamptz not null, "note" text null);`);
    this.addSql(`create index "complaint_event_complaint_id_index" on "complaint_event" ("complaint_id");`);

    this.addSql(`alter table "self_check" add constraint "self_check_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "self_check" add constraint "self_check_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "self_check" add constraint "self_check_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "self_check" add constraint "self_check_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "issue" add constraint "issue_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "issue" add constraint "issue_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "issue" add constraint "issue_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "issue" add constraint "issue_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "issue" add constraint "issue_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "issue_event" add constraint "issue_event_issue_id_foreign" foreign key ("issue_id") references "issue" ("id") on update cascade;`);
    this.addSql(`alter table "issue_event" add constraint "issue_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "inspection" add constraint "inspection_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "inspection" add constraint "inspection_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "inspection" add constraint "inspection_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "inspection" add constraint "inspection_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "evidence_file" add constraint "evidence_file_issue_id_foreign" foreign key ("issue_id") references "issue" ("id") on update cascade;`);
    this.addSql(`alter table "evidence_file" add constraint "evidence_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaint" add constraint "complaint_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "complaint" add constraint "complaint_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`);
    this.addSql(`alter table "complaint" add constraint "complaint_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_issue_id_foreign" foreign key ("issue_id") references "issue" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaint_event" add constraint "complaint_event_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade;`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "issue_event" drop constraint "issue_event_issue_id_foreign";`);

    this.addSql(`alter table "evidence_file" drop constraint "evidence_file_issue_id_foreign";`);

    this.addSql(`alter table "complaint" drop constraint "complaint_issue_id_foreign";`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_complaint_id_foreign";`);

    this.addSql(`drop table if exists "self_check" cascade;`);

    this.addSql(`drop table if exists "issue" cascade;`);

    this.addSql(`drop table if exists "issue_event" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);

    this.addSql(`drop table if exists "evidence_file" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);

    this.addSql(`drop table if exists "complaint_event" cascade;`);
  }

}
