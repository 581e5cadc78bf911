import { Migration } from '@mikro-orm/migrations';

export class Migration20261127071121_closed_loop extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`self_check\` (\`id\` integer not null primary key autoincrement, \`enterprise_id\` integer not null, \`community_id\` integer not null, \`township_id\` integer not null, \`date\` date not null, \`deductions\` json not null, \`score\` double not null, \`grade\` text check (\`grade\` in ('A', 'B', 'C', 'D')) not null, \`note\` text null, \`submitted_by_id\` integer null, \`created_at\` datetime not null, constraint \`self_check_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on update cascade, constraint \`self_check_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`self_check_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`self_check_submitted_by_id_foreign\` foreign key(\`submitted_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`self_check_enterprise_id_index\` on \`self_check\` (\`enterprise_id\`);`);
    this.addSql(`create index \`self_check_community_id_index\` on \`self_check\` (\`community_id\`);`);
    this.addSql(`create index \`self_check_township_id_index\` on \`self_check\` (\`township_id\`);`);
    this.addSql(`create index \`self_check_date_index\` on \`self_check\` (\`date\`);`);
    this.addSql(`create index \`self_check_grade_index\` on \`self_check\` (\`grade\`);`);
    this.addSql(`create index \`self_check_submitted_by_id_index\` on \`self_check\` (\`submitted_by_id\`);`);

    this.addSql(`create table \`issue\` (\`id\` integer not null primary key autoincrement, \`source\` text check (\`source\` in ('INSPECTION', 'COMPLAINT', 'SELF_CHECK', 'TOWNSHIP_REPORT')) not null, \`source_id\` text null, \`checklist_item_id\` text null, \`category\` text check (\`category\` in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY')) not null, \`subtype\` text null, \`title\` text not null, \`description\` text null, \`community_id\` integer not null, \`township_id\` integer not null, \`enterprise_id\` integer null, \`department_id\` integer null, \`measures\` text null, \`deadline\` date null, \`state\` text check (\`state\` in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED')) not null, \`last_action\` text check (\`last_action\` in ('ASSIGN', 'ACKNOWLEDGE', 'SUBMIT', 'CLOSE', 'RETURN', 'FLAG', 'UNFLAG', 'RECORD_REFUSAL')) null, \`flagged\` integer not null default false, \`refusal_recorded\` integer not null default false, \`b1proposed\` integer not null default false, \`b2proposed\` integer not null default false, \`assigned_at\` datetime null, \`last_submitted_at\` datetime null, \`closed_at\` datetime null, \`created_by_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`issue_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`issue_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`issue_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`issue_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, constraint \`issue_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`issue_source_index\` on \`issue\` (\`source\`);`);
    this.addSql(`create index \`issue_source_id_index\` on \`issue\` (\`source_id\`);`);
    this.addSql(`create index \`issue_category_index\` on \`issue\` (\`category\`);`);
    this.addSql(`create index \`issue_community_id_index\` on \`issue\` (\`community_id\`);`);
    this.addSql(`create index \`issue_township_id_index\` on \`issue\` (\`township_id\`);`);
    this.addSql(`create index \`issue_enterprise_id_index\` on \`issue\` (\`enterprise_id\`);`);
    this.addSql(`create index \`issue_department_id_index\` on \`issue\` (\`department_id\`);`);
    this.addSql(`create index \`issue_deadline_index\` on \`issue\` (\`deadline\`);`);
    this.addSql(`create index \`issue_state_index\` on \`issue\` (\`state\`);`);
    this.addSql(`create index \`issue_flagged_index\` on \`issue\` (\`flagged\`);`);
    this.addSql(`create index \`issue_b1proposed_index\` on \`issue\` (\`b1proposed\`);`);
    this.addSql(`create index \`issue_created_by_id_index\` on \`issue\` (\`created_by_id\`);`);
    this.addSql(`create index \`issue_created_at_index\` on \`issue\` (\`created_at\`);`);

    this.addSql(`create table \`issue_event\` (\`id\` integer not null primary key autoincrement, \`issue_id\` integer not null, \`action\` text check (\`action\` in ('REGISTER', 'ASSIGN', 'ACKNOWLEDGE', 'SUBMIT', 'CLOSE', 'RETURN', 'FLAG', 'UNFLAG', 'RECORD_REFUSAL')) not null, \`from_state\` text check (\`from_state\` in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED')) null, \`to_state\` text check (\`to_state\` in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED')) not null, \`actor_id\` integer null, \`actor_name\` text null, \`at\` datetime not null, \`note\` text null, \`file_ids\` json not null, constraint \`issue_event_issue_id_foreign\` foreign key(\`issue_id\`) references \`issue\`(\`id\`) on update cascade, constraint \`issue_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`issue_event_issue_id_index\` on \`issue_event\` (\`issue_id\`);`);
    this.addSql(`create index \`issue_event_actor_id_index\` on \`issue_event\` (\`actor_id\`);`);

    this.addSql(`create table \`inspection\` (\`id\` integer not null primary key autoincrement, \`kind\` text check (\`kind\` in ('SCHEDULED', 'RANDOM', 'UNANNOUNCED')) not null, \`date\` date not null, \`inspectors\` text not null, \`community_id\` integer not null, \`township_id\` integer not null, \`enterprise_id\` integer null, \`deductions\` json not null, \`score\` double null, \`grade\` text check (\`grade\` in ('A', 'B', 'C', 'D')) null, \`refused_to_cooperate\` integer not null default false, \`note\` text null, \`findings_turned\` json not null, \`b10proposed\` integer not null default false, \`b14proposed\` integer not null default false, \`created_by_id\` integer null, \`created_at\` datetime not null, constraint \`inspection_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`inspection_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`inspection_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`inspection_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`inspection_kind_index\` on \`inspection\` (\`kind\`);`);
    this.addSql(`create index \`inspection_date_index\` on \`inspection\` (\`date\`);`);
    this.addSql(`create index \`inspection_community_id_index\` on \`inspection\` (\`community_id\`);`);
    this.addSql(`create index \`inspection_township_id_index\` on \`inspection\` (\`township_id\`);`);
    this.addSql(`create index \`inspection_enterprise_id_index\` on \`inspection\` (\`enterprise_id\`);`);
    this.addSql(`create index \`inspection_grade_index\` on \`inspection\` (\`grade\`);`);
    this.addSql(`create index \`inspection_created_by_id_index\` on \`inspection\` (\`created_by_id\`);`);

    this.addSql(`create table \`evidence_file\` (\`id\` integer not null primary key autoincrement, \`issue_id\` integer not null, \`stored_name\` text not null, \`original_name\` text not null, \`mime\` text not null, \`size\` integer not null, \`sha256\` text not null, \`uploaded_by_id\` integer null, \`uploaded_at\` datetime not null, constraint \`evidence_file_issue_id_foreign\` foreign key(\`issue_id\`) references \`issue\`(\`id\`) on update cascade, constraint \`evidence_file_uploaded_by_id_foreign\` foreign key(\`uploaded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`evidence_file_issue_id_index\` on \`evidence_file\` (\`issue_id\`);`);
    this.addSql(`create unique index \`evidence_file_stored_name_unique\` on \`evidence_file\` (\`stored_name\`);`);
    this.addSql(`create index \`evidence_file_sha256_index\` on \`evidence_file\` (\`sha256\`);`);
    this.addSql(`create index \`evidence_file_uploaded_by_id_index\` on \`evidence_file\` (\`uploaded_by_id\`);`);

    this.addSql(`create table \`complaint\` (\`id\` integer not null primary key autoincrement, \`channel\` text check (\`channel\` in ('HOTLINE', 'EMAIL', 'WEB', 'WALL', 'BOARD', 'PETITION')) not null, \`complainant_name\` text null, \`complainant_phone\` text null, \`complainant_count\` integer not null default 1, \`community_id\` integer not null, \`township_id\` integer not null, \`enterprise_id\` integer null, \`category\` text check (\`category\` in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY')) not null, \`subtype\` text null, \`content\` text not null, \`department_id\` integer null, \`state\` text check (\`state\` in ('RECEIVED', 'ROUTED', 'RESPONDED', 'RESOLVED', 'TURNED_INTO_ISSUE', 'REJECTED', 'CLOSED')) not null, \`received_at\` datetime not null, \`responded_at\` datetime null, \`handled_at\` datetime null, \`closed_at\` datetime null, \`response_note\` text null, \`answer\` text null, \`rejection_reasons\` text null, \`upheld\` integer null, \`issue_id\` integer null, \`follow_up_rating\` text check (\`follow_up_rating\` in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, \`follow_up_note\` text null, \`b3proposed\` integer not null default false, \`b4proposed\` integer not null default false, \`b5proposed\` integer not null default false, \`created_by_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`complaint_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`complaint_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`complaint_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`complaint_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, constraint \`complaint_issue_id_foreign\` foreign key(\`issue_id\`) references \`issue\`(\`id\`) on delete set null on update cascade, constraint \`complaint_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`complaint_channel_index\` on \`complaint\` (\`channel\`);`);
    this.addSql(`create index \`complaint_community_id_index\` on \`complaint\` (\`community_id\`);`);
    this.addSql(`create index \`complaint_township_id_index\` on \`complaint\` (\`township_id\`);`);
    this.addSql(`create index \`complaint_enterprise_id_index\` on \`complaint\` (\`enterprise_id\`);`);
    this.addSql(`create index \`complaint_category_index\` on \`complaint\` (\`category\`);`);
    this.addSql(`create index \`complaint_department_id_index\` on \`complaint\` (\`department_id\`);`);
    this.addSql(`create index \`complaint_state_index\` on \`complaint\` (\`state\`);`);
    this.addSql(`create index \`complaint_received_at_index\` on \`complaint\` (\`received_at\`);`);
    this.addSql(`create index \`complaint_issue_id_index\` on \`complaint\` (\`issue_id\`);`);
    this.addSql(`create index \`complaint_b3proposed_index\` on \`complaint\` (\`b3proposed\`);`);
    this.addSql(`create index \`complaint_created_by_id_index\` on \`complaint\` (\`created_by_id\`);`);

    this.addSql(`create table \`complaint_event\` (\`id\` integer not null primary key autoincrement, \`complaint_id\` integer not null, \`action\` text check (\`action\` in ('RECEIVE', 'ROUTE', 'RESPOND', 'RESOLVE', 'TURN_INTO_ISSUE', 'REJECT', 'CLOSE')) not null, \`from_state\` text check (\`from_state\` in ('RECEIVED', 'ROUTED', 'RESPONDED', 'RESOLVED', 'TURNED_INTO_ISSUE', 'REJECTED', 'CLOSED')) null, \`to_state\` text check (\`to_state\` in ('RECEIVED', 'ROUTED', 'RESPONDED', 'RESOLVED', 'TURNED_INTO_ISSUE', 'REJECTED', 'CLOSED')) not null, \`actor_id\` integer null, \`actor_name\` text null, \`at\` datetime not null, \`note\` text null, constraint \`complaint_event_complaint_id_foreign\` foreign key(\`complaint_id\`) references \`complaint\`(\`id\`) on update cascade, constraint \`complaint_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`complaint_event_complaint_id_index\` on \`complaint_event\` (\`complaint_id\`);`);
    this.addSql(`create index \`complaint_event_actor_id_index\` on \`complaint_event\` (\`actor_id\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. Children first.
    for (const table of ['complaint_event', 'complaint', 'evidence_file', 'issue_event', 'issue', 'self_check', 'inspection']) {
      this.addSql(`drop table if exists \`${table}\`;`);
    }
  }

}
