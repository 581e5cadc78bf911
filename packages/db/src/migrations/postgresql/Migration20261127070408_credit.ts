import { Migration } from '@mikro-orm/migrations';
import { SCORING_STANDARD_V1 } from '@wuye/domain';

export class Migration20261127070408_credit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "scoring_standard" ("id" serial primary key, "version" int not null, "effective_from" date not null, "definition" jsonb not null, "note" varchar(500) null, "created_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "scoring_standard" add constraint "scoring_standard_version_unique" unique ("version");`);

    this.addSql(`create table "rating" ("id" serial primary key, "quarter" varchar(6) not null, "as_of" date not null, "status" text check ("status" in ('PREPARED', 'REVIEWED', 'PUBLISHED')) not null, "standard_version" int not null, "snapshot" jsonb not null, "prepared_by_id" int null, "prepared_at" timestamptz not null, "reviewed_by_id" int null, "reviewed_at" timestamptz null, "review_note" varchar(500) null, "published_by_id" int null, "published_at" timestamptz null, "published_on" date null);`);
    this.addSql(`alter table "rating" add constraint "rating_quarter_unique" unique ("quarter");`);
    this.addSql(`create index "rating_status_index" on "rating" ("status");`);
    this.addSql(`create index "rating_published_on_index" on "rating" ("published_on");`);

    this.addSql(`create table "credit_record" ("id" serial primary key, "subject_type" text check ("subject_type" in ('ENTERPRISE', 'MANAGER')) not null, "enterprise_id" int not null, "manager_id" int null, "community_id" int null, "item_code" varchar(8) not null, "points" int not null, "term_months" int not null, "serious" boolean not null default false, "veto" boolean not null default false, "commendation" boolean not null default false, "blacklist_months" int null, "standard_version" int not null, "effective_from" date not null, "expires_on" date not null, "status" text check ("status" in ('PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'REVOKED', 'EXPIRED', 'REPAIRED')) not null, "proposed_by_id" int null, "proposed_at" timestamptz not null, "reason" varchar(500) not null, "evidence" text null, "source_type" text check ("source_type" in ('APPOINTMENT', 'ISSUE', 'COMPLAINT', 'INSPECTION', 'RATING', 'MANUAL')) not null, "source_id" varchar(40) null, "publicized_on" date null, "objection_deadline" date null, "confirmed_on" date null, "reviewer_id" int null, "decision" text check ("decision" in ('UPHELD', 'REVOKED')) null, "decision_note" varchar(500) null, "decided_at" timestamptz null, "revoked_by_id" int null, "revoked_at" timestamptz null, "revoke_reason" varchar(500) null, "corrects_id" int null, "repaired_on" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "credit_record_subject_type_index" on "credit_record" ("subject_type");`);
    this.addSql(`create index "credit_record_enterprise_id_index" on "credit_record" ("enterprise_id");`);
    this.addSql(`create index "credit_record_manager_id_index" on "credit_record" ("manager_id");`);
    this.addSql(`create index "credit_record_community_id_index" on "credit_record" ("community_id");`);
    this.addSql(`create index "credit_record_item_code_index" on "credit_record" ("item_code");`);
    this.addSql(`create index "credit_record_effective_from_index" on "credit_record" ("effective_from");`);
    this.addSql(`create index "credit_record_expires_on_index" on "credit_record" ("expires_on");`);
    this.addSql(`create index "credit_record_status_index" on "credit_record" ("status");`);
    this.addSql(`create index "credit_record_source_type_index" on "credit_record" ("source_type");`);
    this.addSql(`create index "credit_record_source_id_index" on "credit_record" ("source_id");`);
    this.addSql(`create index "credit_record_objection_deadline_index" on "credit_record" ("objection_deadline");`);

    this.addSql(`create table "repair_application" ("id" serial primary key, "record_id" int not null, "enterprise_id" int not null, "applied_by_id" int not null, "applied_at" timestamptz not null, "commitment" text not null, "open_issues" int not null default 0, "status" text check ("status" in ('PENDING', 'APPROVED', 'REFUSED')) not null, "decided_by_id" int null, "decided_at" timestamptz null, "reasons" varchar(1000) null);`);
    this.addSql(`create index "repair_application_record_id_index" on "repair_application" ("record_id");`);
    this.addSql(`create index "repair_application_enterprise_id_index" on "repair_application" ("enterprise_id");`);
    this.addSql(`create index "repair_application_status_index" on "repair_application" ("status");`);

    this.addSql(`create table "objection" ("id" serial primary key, "record_id" int not null, "enterprise_id" int not null, "filed_by_id" int not null, "filed_at" timestamptz not null, "statement" text not null, "evidence" text null, "status" text check ("status" in ('PENDING', 'REJECTED', 'ACCEPTED')) not null, "decided_by_id" int null, "decided_at" timestamptz null, "decision_note" varchar(500) null);`);
    this.addSql(`create index "objection_record_id_index" on "objection" ("record_id");`);
    this.addSql(`create index "objection_enterprise_id_index" on "objection" ("enterprise_id");`);
    this.addSql(`create index "objection_status_index" on "objection" ("status");`);

    this.addSql(`create table "notification" ("id" serial primary key, "user_id" int not null, "kind" varchar(40) not null, "title" varchar(200) not null, "body" varchar(1000) null, "record_id" int null, "created_at" timestamptz not null, "read_at" timestamptz null);`);
    this.addSql(`create index "notification_user_id_index" on "notification" ("user_id");`);
    this.addSql(`create index "notification_created_at_index" on "notification" ("created_at");`);

    this.addSql(`create table "list_entry" ("id" serial primary key, "enterprise_id" int not null, "kind" text check ("kind" in ('RED', 'BLACK')) not null, "reason" varchar(20) not null, "from_date" date not null, "until_date" date not null, "record_id" int null, "rating_id" int null, "ended_on" date null, "end_reason" varchar(200) null, "created_at" timestamptz not null);`);
    this.addSql(`create index "list_entry_enterprise_id_index" on "list_entry" ("enterprise_id");`);
    this.addSql(`create index "list_entry_kind_index" on "list_entry" ("kind");`);
    this.addSql(`create index "list_entry_from_date_index" on "list_entry" ("from_date");`);
    this.addSql(`create index "list_entry_until_date_index" on "list_entry" ("until_date");`);
    this.addSql(`create index "list_entry_record_id_index" on "list_entry" ("record_id");`);
    this.addSql(`create index "list_entry_rating_id_index" on "list_entry" ("rating_id");`);

    this.addSql(`create table "credit_record_event" ("id" serial primary key, "record_id" int not null, "at" timestamptz not null, "actor_id" int null, "actor_name" varchar(50) null, "from_status" text check ("from_status" in ('PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'REVOKED', 'EXPIRED', 'REPAIRED')) null, "to_status" text check ("to_status" in ('PROPOSED', 'PUBLICIZING', 'OBJECTED', 'CONFIRMED', 'REVOKED', 'EXPIRED', 'REPAIRED')) not null, "note" varchar(500) null);`);
    this.addSql(`create index "credit_record_event_record_id_index" on "credit_record_event" ("record_id");`);

    this.addSql(`alter table "scoring_standard" add constraint "scoring_standard_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rating" add constraint "rating_prepared_by_id_foreign" foreign key ("prepared_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "rating" add constraint "rating_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "rating" add constraint "rating_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "credit_record" add constraint "credit_record_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "credit_record" add constraint "credit_record_manager_id_foreign" foreign key ("manager_id") references "project_manager" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "credit_record" add constraint "credit_record_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "credit_record" add constraint "credit_record_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "credit_record" add constraint "credit_record_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "credit_record" add constraint "credit_record_revoked_by_id_foreign" foreign key ("revoked_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "credit_record" add constraint "credit_record_corrects_id_foreign" foreign key ("corrects_id") references "credit_record" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "repair_application" add constraint "repair_application_record_id_foreign" foreign key ("record_id") references "credit_record" ("id") on update cascade;`);
    this.addSql(`alter table "repair_application" add constraint "repair_application_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "repair_application" add constraint "repair_application_applied_by_id_foreign" foreign key ("applied_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "repair_application" add constraint "repair_application_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "objection" add constraint "objection_record_id_foreign" foreign key ("record_id") references "credit_record" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_record_id_foreign" foreign key ("record_id") references "credit_record" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "list_entry" add constraint "list_entry_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "list_entry" add constraint "list_entry_record_id_foreign" foreign key ("record_id") references "credit_record" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "list_entry" add constraint "list_entry_rating_id_foreign" foreign key ("rating_id") references "rating" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "credit_record_event" add constraint "credit_record_event_record_id_foreign" foreign key ("record_id") references "credit_record" ("id") on update cascade;`);
    this.addSql(`alter table "credit_record_event" add constraint "credit_record_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "enterprise" add column "credit_positive" int not null default 0, add column "credit_negative" int not null default 0, add column "standard_version" int not null default 1;`);

    this.addSql(`alter table "project_manager" add column "score" double precision not null default 80, add column "grade" text check ("grade" in ('AAA', 'AA', 'A', 'B', 'C')) null;`);
    this.addSql(`create index "project_manager_score_index" on "project_manager" ("score");`);
    this.addSql(`create index "project_manager_grade_index" on "project_manager" ("grade");`);

    // Every database starts with scoring standard v1 (docs/product.md §5); later versions are issued by ADMIN.
    const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
    this.addSql(
      `insert into "scoring_standard" ("version", "effective_from", "definition", "note", "created_at") values ` +
        `(${SCORING_STANDARD_V1.version}, '${SCORING_STANDARD_V1.effectiveFrom}', ${literal(JSON.stringify(SCORING_STANDARD_V1))}, ${literal('默认评分标准（PRODUCT.md §5）')}, '2026-01-01T00:00:00.000Z');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "list_entry" drop constraint "list_entry_rating_id_foreign";`);

    this.addSql(`alter table "credit_record" drop constraint "credit_record_corrects_id_foreign";`);

    this.addSql(`alter table "repair_application" drop constraint "repair_application_record_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_record_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_record_id_foreign";`);

    this.addSql(`alter table "list_entry" drop constraint "list_entry_record_id_foreign";`);

    this.addSql(`alter table "credit_record_event" drop constraint "credit_record_event_record_id_foreign";`);

    this.addSql(`drop table if exists "scoring_standard" cascade;`);

    this.addSql(`drop table if exists "rating" cascade;`);

    this.addSql(`drop table if exists "credit_record" cascade;`);

    this.addSql(`drop table if exists "repair_application" cascade;`);

    this.addSql(`drop table if exists "objection" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "list_entry" cascade;`);

    this.addSql(`drop table if exists "credit_record_event" cascade;`);

    this.addSql(`alter table "enterprise" drop column "credit_positive", drop column "credit_negative", drop column "standard_version";`);

    this.addSql(`drop index "project_manager_score_index";`);
    this.addSql(`drop index "project_manager_grade_index";`);
    this.addSql(`alter table "project_manager" drop column "score", drop column "grade";`);
  }

}
