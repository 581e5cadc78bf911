import { Migration } from '@mikro-orm/migrations';

export class Migration20261205032803_committees extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "owner_unit" ("id" serial primary key, "community_id" int not null, "building" varchar(20) not null, "unit_no" varchar(20) not null default '', "room" varchar(20) not null, "area_centi" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "owner_unit_community_id_index" on "owner_unit" ("community_id");`);
    this.addSql(`alter table "owner_unit" add constraint "owner_unit_community_id_building_unit_no_room_unique" unique ("community_id", "building", "unit_no", "room");`);

    this.addSql(`create table "owners_committee" ("id" serial primary key, "community_id" int not null, "rule_set_code" varchar(30) not null, "rule_set_version" int not null, "term_start" date null, "term_end" date null, "filed_on" date null, "filed_with" varchar(200) null, "reminded_on" date null, "created_at" timestamptz not null);`);
    this.addSql(`create index "owners_committee_community_id_index" on "owners_committee" ("community_id");`);
    this.addSql(`create index "owners_committee_term_end_index" on "owners_committee" ("term_end");`);

    this.addSql(`create table "recall_motion" ("id" serial primary key, "committee_id" int not null, "moved_on" date not null, "member_ids" jsonb not null, "supporter_unit_ids" jsonb not null, "supporting_area_centi" int not null, "total_area_centi" int not null, "reason" text not null, "vote_held_on" date null, "outcome" text check ("outcome" in ('CARRIED', 'DEFEATED')) null, "vote" jsonb null);`);
    this.addSql(`create index "recall_motion_committee_id_index" on "recall_motion" ("committee_id");`);

    this.addSql(`create table "committee_duty_review" ("id" serial primary key, "committee_id" int not null, "reviewed_on" date not null, "reviewer" varchar(50) not null, "results" jsonb not null, "note" text null);`);
    this.addSql(`create index "committee_duty_review_committee_id_index" on "committee_duty_review" ("committee_id");`);

    this.addSql(`create table "committee_election" ("id" serial primary key, "committee_id" int not null, "community_id" int not null, "status" text check ("status" in ('PREPARING', 'PUBLICISED', 'ROLL_FROZEN', 'VOTING', 'COUNTING', 'ELECTED', 'FILED', 'VOID', 'EXPIRED')) not null default 'PREPARING', "supplementary" boolean not null default false, "rule_set_code" varchar(30) not null, "rule_set_version" int not null, "seats" int not null, "assembly_at" timestamptz null, "assembly_place" varchar(200) null, "assembly_form" text check ("assembly_form" in ('MEETING', 'WRITTEN', 'ONLINE', 'MIXED')) null, "agenda" text null, "publicised_on" date null, "roll_frozen_at" timestamptz null, "roll_area_centi" int null, "roll_headcount" int null, "codes_issued_at" timestamptz null, "opens_at" timestamptz null, "closes_at" timestamptz null, "counted_at" timestamptz null, "result" jsonb null, "ballot_list_hash" varchar(64) null, "signed_off_by" jsonb null, "signed_off_at" timestamptz null, "tie_settlement" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "committee_election_committee_id_index" on "committee_election" ("committee_id");`);
    this.addSql(`create index "committee_election_community_id_index" on "committee_election" ("community_id");`);
    this.addSql(`create index "committee_election_status_index" on "committee_election" ("status");`);

    this.addSql(`create table "election_roll" ("id" serial primary key, "election_id" int not null, "unit_id" int not null, "voter_key" varchar(20) not null, "area_centi" int not null, "channel" text check ("channel" in ('ONLINE', 'PAPER')) null, "proxy_name" varchar(50) null);`);
    this.addSql(`create index "election_roll_election_id_index" on "election_roll" ("election_id");`);
    this.addSql(`create index "election_roll_unit_id_index" on "election_roll" ("unit_id");`);
    this.addSql(`create index "election_roll_voter_key_index" on "election_roll" ("voter_key");`);
    this.addSql(`alter table "election_roll" add constraint "election_roll_election_id_unit_id_unique" unique ("election_id", "unit_id");`);

    this.addSql(`create table "preparatory_member" ("id" serial primary key, "election_id" int not null, "name" varchar(50) not null, "role" varchar(50) not null);`);
    this.addSql(`create index "preparatory_member_election_id_index" on "preparatory_member" ("election_id");`);

    this.addSql(`create table "election_counter" ("id" serial primary key, "election_id" int not null, "name" varchar(50) not null, "role" text check ("role" in ('MONITOR', 'TELLER')) not null);`);
    this.addSql(`create index "election_counter_election_id_index" on "election_counter" ("election_id");`);

    this.addSql(`create table "paper_entry" ("id" serial primary key, "election_id" int not null, "paper_no" varchar(32) not null, "counter_id" int not null, "choices" jsonb not null, "area_centi" int not null);`);
    this.addSql(`create index "paper_entry_election_id_index" on "paper_entry" ("election_id");`);
    this.addSql(`alter table "paper_entry" add constraint "paper_entry_election_id_paper_no_counter_id_unique" unique ("election_id", "paper_no", "counter_id");`);

    this.addSql(`create table "election_ballot" ("id" serial primary key, "election_id" int not null, "receipt_id" varchar(32) not null, "choices" jsonb not null, "area_centi" int not null, "channel" text check ("channel" in ('ONLINE', 'PAPER')) not null);`);
    this.addSql(`create index "election_ballot_election_id_index" on "election_ballot" ("election_id");`);
    this.addSql(`alter table "election_ballot" add constraint "election_ballot_election_id_receipt_id_unique" unique ("election_id", "receipt_id");`);

    this.addSql(`create table "committee_candidate" ("id" serial primary key, "election_id" int not null, "name" varchar(50) not null, "unit_id" int null, "route" text check ("route" in ('GROUP', 'REPRESENTATIVES', 'JOINT', 'SINGLE_OWNER', 'SELF')) not null, "nominated_by" varchar(200) null, "eligibility_attested" boolean not null default false, "attested_by" varchar(50) null, "elected" boolean not null default false, "position" text check ("position" in ('MEMBER', 'CHAIR', 'VICE_CHAIR')) null, "officer_votes" int null, "left_on" date null, "left_reason" varchar(200) null);`);
    this.addSql(`create index "committee_candidate_election_id_index" on "committee_candidate" ("election_id");`);

    this.addSql(`create table "unit_owner" ("id" serial primary key, "unit_id" int not null, "name" varchar(50) not null, "id_key" varchar(64) not null, "id_masked" varchar(18) not null, "phone" varchar(30) null);`);
    this.addSql(`create index "unit_owner_unit_id_index" on "unit_owner" ("unit_id");`);
    this.addSql(`create index "unit_owner_id_key_index" on "unit_owner" ("id_key");`);

    this.addSql(`create table "voting_code" ("id" serial primary key, "election_id" int not null, "entry_id" int not null, "code_hash" varchar(64) not null);`);
    this.addSql(`create index "voting_code_election_id_index" on "voting_code" ("election_id");`);
    this.addSql(`alter table "voting_code" add constraint "voting_code_entry_id_unique" unique ("entry_id");`);
    this.addSql(`alter table "voting_code" add constraint "voting_code_code_hash_unique" unique ("code_hash");`);

    this.addSql(`alter table "owner_unit" add constraint "owner_unit_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "owners_committee" add constraint "owners_committee_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "recall_motion" add constraint "recall_motion_committee_id_foreign" foreign key ("committee_id") references "owners_committee" ("id") on update cascade;`);

    this.addSql(`alter table "committee_duty_review" add constraint "committee_duty_review_committee_id_foreign" foreign key ("committee_id") references "owners_committee" ("id") on update cascade;`);

    this.addSql(`alter table "committee_election" add constraint "committee_election_committee_id_foreign" foreign key ("committee_id") references "owners_committee" ("id") on update cascade;`);
    this.addSql(`alter table "committee_election" add constraint "committee_election_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(`alter table "election_roll" add constraint "election_roll_election_id_foreign" foreign key ("election_id") references "committee_election" ("id") on update cascade;`);
    this.addSql(`alter table "election_roll" add constraint "election_roll_unit_id_foreign" foreign key ("unit_id") references "owner_unit" ("id") on update cascade;`);

    this.addSql(`alter table "preparatory_member" add constraint "preparatory_member_election_id_foreign" foreign key ("election_id") references "committee_election" ("id") on update cascade;`);

    this.addSql(`alter table "election_counter" add constraint "election_counter_election_id_foreign" foreign key ("election_id") references "committee_election" ("id") on update cascade;`);

    this.addSql(`alter table "paper_entry" add constraint "paper_entry_election_id_foreign" foreign key ("election_id") references "committee_election" ("id") on update cascade;`);
    this.addSql(`alter table "paper_entry" add constraint "paper_entry_counter_id_foreign" foreign key ("counter_id") references "election_counter" ("id") on update cascade;`);

    this.addSql(`alter table "election_ballot" add constraint "election_ballot_election_id_foreign" foreign key ("election_id") references "committee_election" ("id") on update cascade;`);

    this.addSql(`alter table "committee_candidate" add constraint "committee_candidate_election_id_foreign" foreign key ("election_id") references "committee_election" ("id") on update cascade;`);
    this.addSql(`alter table "committee_candidate" add constraint "committee_candidate_unit_id_foreign" foreign key ("unit_id") references "owner_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "unit_owner" add constraint "unit_owner_unit_id_foreign" foreign key ("unit_id") references "owner_unit" ("id") on update cascade;`);

    this.addSql(`alter table "voting_code" add constraint "voting_code_election_id_foreign" foreign key ("election_id") references "committee_election" ("id") on update cascade;`);
    this.addSql(`alter table "voting_code" add constraint "voting_code_entry_id_foreign" foreign key ("entry_id") references "election_roll" ("id") on update cascade;`);

    this.addSql(`alter table "training_attendance" add column "committee_id" int null;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_committee_id_foreign" foreign key ("committee_id") references "owners_committee" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "training_attendance_committee_id_index" on "training_attendance" ("committee_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "election_roll" drop constraint "election_roll_unit_id_foreign";`);

    this.addSql(`alter table "committee_candidate" drop constraint "committee_candidate_unit_id_foreign";`);

    this.addSql(`alter table "unit_owner" drop constraint "unit_owner_unit_id_foreign";`);

    this.addSql(`alter table "recall_motion" drop constraint "recall_motion_committee_id_foreign";`);

    this.addSql(`alter table "committee_duty_review" drop constraint "committee_duty_review_committee_id_foreign";`);

    this.addSql(`alter table "committee_election" drop constraint "committee_election_committee_id_foreign";`);

    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_committee_id_foreign";`);

    this.addSql(`alter table "election_roll" drop constraint "election_roll_election_id_foreign";`);

    this.addSql(`alter table "preparatory_member" drop constraint "preparatory_member_election_id_foreign";`);

    this.addSql(`alter table "election_counter" drop constraint "election_counter_election_id_foreign";`);

    this.addSql(`alter table "paper_entry" drop constraint "paper_entry_election_id_foreign";`);

    this.addSql(`alter table "election_ballot" drop constraint "election_ballot_election_id_foreign";`);

    this.addSql(`alter table "committee_candidate" drop constraint "committee_candidate_election_id_foreign";`);

    this.addSql(`alter table "voting_code" drop constraint "voting_code_election_id_foreign";`);

    this.addSql(`alter table "voting_code" drop constraint "voting_code_entry_id_foreign";`);

    this.addSql(`alter table "paper_entry" drop constraint "paper_entry_counter_id_foreign";`);

    this.addSql(`drop table if exists "owner_unit" cascade;`);

    this.addSql(`drop table if exists "owners_committee" cascade;`);

    this.addSql(`drop table if exists "recall_motion" cascade;`);

    this.addSql(`drop table if exists "committee_duty_review" cascade;`);

    this.addSql(`drop table if exists "committee_election" cascade;`);

    this.addSql(`drop table if exists "election_roll" cascade;`);

    this.addSql(`drop table if exists "preparatory_member" cascade;`);

    this.addSql(`drop table if exists "election_counter" cascade;`);

    this.addSql(`drop table if exists "paper_entry" cascade;`);

    this.addSql(`drop table if exists "election_ballot" cascade;`);

    this.addSql(`drop table if exists "committee_candidate" cascade;`);

    this.addSql(`drop table if exists "unit_owner" cascade;`);

    this.addSql(`drop table if exists "voting_code" cascade;`);

    this.addSql(`drop index "training_attendance_committee_id_index";`);
    this.addSql(`alter table "training_attendance" drop column "committee_id";`);
  }

}
