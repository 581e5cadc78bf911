import { Migration } from '@mikro-orm/migrations';

export class Migration20261206045603_residents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "satisfaction_survey" ("id" serial primary key, "community_id" int not null, "enterprise_id" int null, "title" varchar(60) not null, "sample_size" int not null, "opens_on" date not null, "closes_on" date not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "closed_at" timestamptz null, "g6proposed" boolean not null default false, "created_by_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "satisfaction_survey_community_id_index" on "satisfaction_survey" ("community_id");`);
    this.addSql(`create index "satisfaction_survey_enterprise_id_index" on "satisfaction_survey" ("enterprise_id");`);
    this.addSql(`create index "satisfaction_survey_status_index" on "satisfaction_survey" ("status");`);

    this.addSql(`create table "survey_code" ("id" serial primary key, "survey_id" int not null, "position" int not null, "code" varchar(9) not null, "answer" text check ("answer" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, "channel" text check ("channel" in ('ONLINE', 'STAFF')) null, "comment" varchar(200) null, "used_at" timestamptz null, "entered_by_id" int null);`);
    this.addSql(`create index "survey_code_survey_id_index" on "survey_code" ("survey_id");`);
    this.addSql(`alter table "survey_code" add constraint "survey_code_code_unique" unique ("code");`);

    this.addSql(`create table "public_complaint" ("id" serial primary key, "tracking_code" varchar(20) not null, "complaint_id" int not null, "community_id" int not null, "photos" jsonb not null, "repeats" int not null default 0, "received_at" timestamptz not null);`);
    this.addSql(`alter table "public_complaint" add constraint "public_complaint_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`alter table "public_complaint" add constraint "public_complaint_complaint_id_unique" unique ("complaint_id");`);
    this.addSql(`create index "public_complaint_community_id_index" on "public_complaint" ("community_id");`);
    this.addSql(`create index "public_complaint_received_at_index" on "public_complaint" ("received_at");`);

    this.addSql(`alter table "satisfaction_survey" add constraint "satisfaction_survey_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(`alter table "satisfaction_survey" add constraint "satisfaction_survey_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "satisfaction_survey" add constraint "satisfaction_survey_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "survey_code" add constraint "survey_code_survey_id_foreign" foreign key ("survey_id") references "satisfaction_survey" ("id") on update cascade;`);
    this.addSql(`alter table "survey_code" add constraint "survey_code_entered_by_id_foreign" foreign key ("entered_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "public_complaint" add constraint "public_complaint_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade;`);
    this.addSql(`alter table "public_complaint" add constraint "public_complaint_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey_code" drop constraint "survey_code_survey_id_foreign";`);

    this.addSql(`drop table if exists "satisfaction_survey" cascade;`);

    this.addSql(`drop table if exists "survey_code" cascade;`);

    this.addSql(`drop table if exists "public_complaint" cascade;`);
  }

}
