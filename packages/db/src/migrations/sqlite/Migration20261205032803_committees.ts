import { Migration } from '@mikro-orm/migrations';

export class Migration20261205032803_committees extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`owner_unit\` (\`id\` integer not null primary key autoincrement, \`community_id\` integer not null, \`building\` text not null, \`unit_no\` text not null default '', \`room\` text not null, \`area_centi\` integer not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`owner_unit_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`owner_unit_community_id_index\` on \`owner_unit\` (\`community_id\`);`);
    this.addSql(`create unique index \`owner_unit_community_id_building_unit_no_room_unique\` on \`owner_unit\` (\`community_id\`, \`building\`, \`unit_no\`, \`room\`);`);

    this.addSql(`create table \`owners_committee\` (\`id\` integer not null primary key autoincrement, \`community_id\` integer not null, \`rule_set_code\` text not null, \`rule_set_version\` integer not null, \`term_start\` date null, \`term_end\` date null, \`filed_on\` date null, \`filed_with\` text null, \`reminded_on\` date null, \`created_at\` datetime not null, constraint \`owners_committee_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`owners_committee_community_id_index\` on \`owners_committee\` (\`community_id\`);`);
    this.addSql(`create index \`owners_committee_term_end_index\` on \`owners_committee\` (\`term_end\`);`);

    this.addSql(`create table \`recall_motion\` (\`id\` integer not null primary key autoincrement, \`committee_id\` integer not null, \`moved_on\` date not null, \`member_ids\` json not null, \`supporter_unit_ids\` json not null, \`supporting_area_centi\` integer not null, \`total_area_centi\` integer not null, \`reason\` text not null, \`vote_held_on\` date null, \`outcome\` text check (\`outcome\` in ('CARRIED', 'DEFEATED')) null, \`vote\` json null, constraint \`recall_motion_committee_id_foreign\` foreign key(\`committee_id\`) references \`owners_committee\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`recall_motion_committee_id_index\` on \`recall_motion\` (\`committee_id\`);`);

    this.addSql(`create table \`committee_duty_review\` (\`id\` integer not null primary key autoincrement, \`committee_id\` integer not null, \`reviewed_on\` date not null, \`reviewer\` text not null, \`results\` json not null, \`note\` text null, constraint \`committee_duty_review_committee_id_foreign\` foreign key(\`committee_id\`) references \`owners_committee\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`committee_duty_review_committee_id_index\` on \`committee_duty_review\` (\`committee_id\`);`);

    this.addSql(`create table \`committee_election\` (\`id\` integer not null primary key autoincrement, \`committee_id\` integer not null, \`community_id\` integer not null, \`status\` text check (\`status\` in ('PREPARING', 'PUBLICISED', 'ROLL_FROZEN', 'VOTING', 'COUNTING', 'ELECTED', 'FILED', 'VOID', 'EXPIRED')) not null default 'PREPARING', \`supplementary\` integer not null default false, \`rule_set_code\` text not null, \`rule_set_version\` integer not null, \`seats\` integer not null, \`assembly_at\` datetime null, \`assembly_place\` text null, \`assembly_form\` text check (\`assembly_form\` in ('MEETING', 'WRITTEN', 'ONLINE', 'MIXED')) null, \`agenda\` text null, \`publicised_on\` date null, \`roll_frozen_at\` datetime null, \`roll_area_centi\` integer null, \`roll_headcount\` integer null, \`codes_issued_at\` datetime null, \`opens_at\` datetime null, \`closes_at\` datetime null, \`counted_at\` datetime null, \`result\` json null, \`ballot_list_hash\` text null, \`signed_off_by\` json null, \`signed_off_at\` datetime null, \`tie_settlement\` json null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`committee_election_committee_id_foreign\` foreign key(\`committee_id\`) references \`owners_committee\`(\`id\`) on update cascade, constraint \`committee_election_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`committee_election_committee_id_index\` on \`committee_election\` (\`committee_id\`);`);
    this.addSql(`create index \`committee_election_community_id_index\` on \`committee_election\` (\`community_id\`);`);
    this.addSql(`create index \`committee_election_status_index\` on \`committee_election\` (\`status\`);`);

    this.addSql(`create table \`election_roll\` (\`id\` integer not null primary key autoincrement, \`election_id\` integer not null, \`unit_id\` integer not null, \`voter_key\` text not null, \`area_centi\` integer not null, \`channel\` text check (\`channel\` in ('ONLINE', 'PAPER')) null, \`proxy_name\` text null, constraint \`election_roll_election_id_foreign\` foreign key(\`election_id\`) references \`committee_election\`(\`id\`) on update cascade, constraint \`election_roll_unit_id_foreign\` foreign key(\`unit_id\`) references \`owner_unit\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`election_roll_election_id_index\` on \`election_roll\` (\`election_id\`);`);
    this.addSql(`create index \`election_roll_unit_id_index\` on \`election_roll\` (\`unit_id\`);`);
    this.addSql(`create index \`election_roll_voter_key_index\` on \`election_roll\` (\`voter_key\`);`);
    this.addSql(`create unique index \`election_roll_election_id_unit_id_unique\` on \`election_roll\` (\`election_id\`, \`unit_id\`);`);

    this.addSql(`create table \`preparatory_member\` (\`id\` integer not null primary key autoincrement, \`election_id\` integer not null, \`name\` text not null, \`role\` text not null, constraint \`preparatory_member_election_id_foreign\` foreign key(\`election_id\`) references \`committee_election\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`preparatory_member_election_id_index\` on \`preparatory_member\` (\`election_id\`);`);

    this.addSql(`create table \`election_counter\` (\`id\` integer not null primary key autoincrement, \`election_id\` integer not null, \`name\` text not null, \`role\` text check (\`role\` in ('MONITOR', 'TELLER')) not null, constraint \`election_counter_election_id_foreign\` foreign key(\`election_id\`) references \`committee_election\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`election_counter_election_id_index\` on \`election_counter\` (\`election_id\`);`);

    this.addSql(`create table \`paper_entry\` (\`id\` integer not null primary key autoincrement, \`election_id\` integer not null, \`paper_no\` text not null, \`counter_id\` integer not null, \`choices\` json not null, \`area_centi\` integer not null, constraint \`paper_entry_election_id_foreign\` foreign key(\`election_id\`) references \`committee_election\`(\`id\`) on update cascade, constraint \`paper_entry_counter_id_foreign\` foreign key(\`counter_id\`) references \`election_counter\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`paper_entry_election_id_index\` on \`paper_entry\` (\`election_id\`);`);
    this.addSql(`create index \`paper_entry_counter_id_index\` on \`paper_entry\` (\`counter_id\`);`);
    this.addSql(`create unique index \`paper_entry_election_id_paper_no_counter_id_unique\` on \`paper_entry\` (\`election_id\`, \`paper_no\`, \`counter_id\`);`);

    this.addSql(`create table \`election_ballot\` (\`id\` integer not null primary key autoincrement, \`election_id\` integer not null, \`receipt_id\` text not null, \`choices\` json not null, \`area_centi\` integer not null, \`channel\` text check (\`channel\` in ('ONLINE', 'PAPER')) not null, constraint \`election_ballot_election_id_foreign\` foreign key(\`election_id\`) references \`committee_election\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`election_ballot_election_id_index\` on \`election_ballot\` (\`election_id\`);`);
    this.addSql(`create unique index \`election_ballot_election_id_receipt_id_unique\` on \`election_ballot\` (\`election_id\`, \`receipt_id\`);`);

    this.addSql(`create table \`committee_candidate\` (\`id\` integer not null primary key autoincrement, \`election_id\` integer not null, \`name\` text not null, \`unit_id\` integer null, \`route\` text check (\`route\` in ('GROUP', 'REPRESENTATIVES', 'JOINT', 'SINGLE_OWNER', 'SELF')) not null, \`nominated_by\` text null, \`eligibility_attested\` integer not null default false, \`attested_by\` text null, \`elected\` integer not null default false, \`position\` text check (\`position\` in ('MEMBER', 'CHAIR', 'VICE_CHAIR')) null, \`officer_votes\` integer null, \`left_on\` date null, \`left_reason\` text null, constraint \`committee_candidate_election_id_foreign\` foreign key(\`election_id\`) references \`committee_election\`(\`id\`) on update cascade, constraint \`committee_candidate_unit_id_foreign\` foreign key(\`unit_id\`) references \`owner_unit\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`committee_candidate_election_id_index\` on \`committee_candidate\` (\`election_id\`);`);
    this.addSql(`create index \`committee_candidate_unit_id_index\` on \`committee_candidate\` (\`unit_id\`);`);

    this.addSql(`create table \`unit_owner\` (\`id\` integer not null primary key autoincrement, \`unit_id\` integer not null, \`name\` text not null, \`id_key\` text not null, \`id_masked\` text not null, \`phone\` text null, constraint \`unit_owner_unit_id_foreign\` foreign key(\`unit_id\`) references \`owner_unit\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`unit_owner_unit_id_index\` on \`unit_owner\` (\`unit_id\`);`);
    this.addSql(`create index \`unit_owner_id_key_index\` on \`unit_owner\` (\`id_key\`);`);

    this.addSql(`create table \`voting_code\` (\`id\` integer not null primary key autoincrement, \`election_id\` integer not null, \`entry_id\` integer not null, \`code_hash\` text not null, constraint \`voting_code_election_id_foreign\` foreign key(\`election_id\`) references \`committee_election\`(\`id\`) on update cascade, constraint \`voting_code_entry_id_foreign\` foreign key(\`entry_id\`) references \`election_roll\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`voting_code_election_id_index\` on \`voting_code\` (\`election_id\`);`);
    this.addSql(`create index \`voting_code_entry_id_index\` on \`voting_code\` (\`entry_id\`);`);
    this.addSql(`create unique index \`voting_code_entry_id_unique\` on \`voting_code\` (\`entry_id\`);`);
    this.addSql(`create unique index \`voting_code_code_hash_unique\` on \`voting_code\` (\`code_hash\`);`);

    this.addSql(`alter table \`training_attendance\` add column \`committee_id\` integer null constraint \`training_attendance_committee_id_foreign\` references \`owners_committee\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`training_attendance_committee_id_index\` on \`training_attendance\` (\`committee_id\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. training_attendance is rebuilt without
    // its committee (SQLite cannot drop a column under a foreign key; migrate runs with foreign keys off), then the
    // new tables go, children first.
    this.addSql(`drop index if exists \`training_attendance_committee_id_index\`;`);
    this.addSql(`create table \`training_attendance__temp_alter\` (\`id\` integer not null primary key autoincrement, \`session_id\` integer not null, \`kind\` text check (\`kind\` in ('PROJECT_MANAGER', 'COMMITTEE_MEMBER', 'TOWNSHIP_STAFF', 'OTHER')) not null, \`manager_id\` integer null, \`name\` text not null, \`enterprise_id\` integer null, \`township_id\` integer null, \`present\` integer not null default true, constraint \`training_attendance_session_id_foreign\` foreign key(\`session_id\`) references \`training_session\`(\`id\`) on update cascade, constraint \`training_attendance_manager_id_foreign\` foreign key(\`manager_id\`) references \`project_manager\`(\`id\`) on delete set null on update cascade, constraint \`training_attendance_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`training_attendance_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`insert into \`training_attendance__temp_alter\` select \`id\`, \`session_id\`, \`kind\`, \`manager_id\`, \`name\`, \`enterprise_id\`, \`township_id\`, \`present\` from \`training_attendance\`;`);
    this.addSql(`drop table \`training_attendance\`;`);
    this.addSql(`alter table \`training_attendance__temp_alter\` rename to \`training_attendance\`;`);
    for (const column of ['session_id', 'kind', 'manager_id', 'enterprise_id', 'township_id']) {
      this.addSql(`create index \`training_attendance_${column}_index\` on \`training_attendance\` (\`${column}\`);`);
    }
    for (const table of ['committee_duty_review', 'voting_code', 'paper_entry', 'election_ballot', 'election_roll', 'committee_candidate', 'election_counter', 'preparatory_member', 'recall_motion', 'committee_election', 'owners_committee', 'unit_owner', 'owner_unit']) {
      this.addSql(`drop table if exists \`${table}\`;`);
    }
  }

}
