import { Migration } from '@mikro-orm/migrations';

export class Migration20261206204348_special_inspections extends Migration {

  // Rebuilds the issue table for its new source (SQLite cannot alter a check); `migrate` runs it with foreign keys off.
  // It runs after township_disputes (handled_by_township, UNLICENSED_OPERATOR), so its rebuild keeps both; developers'
  // columns are added after it (Migration20261206210000_developers).
  override async up(): Promise<void> {
    this.addSql(`create table \`special_inspection\` (\`id\` integer not null primary key autoincrement, \`type\` text check (\`type\` in ('ELEVATOR_SAFETY', 'FEE_DISPLAY', 'MAINTENANCE_FUND', 'PUBLIC_SECURITY', 'FIRE_LANES')) not null, \`policy_version\` integer not null, \`department_id\` integer not null, \`community_id\` integer not null, \`township_id\` integer not null, \`enterprise_id\` integer null, \`status\` text check (\`status\` in ('PLANNED', 'IN_PROGRESS', 'COMPLETED')) not null default 'PLANNED', \`planned_on\` date not null, \`started_on\` date null, \`completed_on\` date null, \`inspectors\` text not null, \`note\` text null, \`results\` json not null, \`created_by_id\` integer null, \`completed_by_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`special_inspection_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on update cascade, constraint \`special_inspection_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`special_inspection_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`special_inspection_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`special_inspection_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`special_inspection_completed_by_id_foreign\` foreign key(\`completed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`special_inspection_type_index\` on \`special_inspection\` (\`type\`);`);
    this.addSql(`create index \`special_inspection_department_id_index\` on \`special_inspection\` (\`department_id\`);`);
    this.addSql(`create index \`special_inspection_community_id_index\` on \`special_inspection\` (\`community_id\`);`);
    this.addSql(`create index \`special_inspection_township_id_index\` on \`special_inspection\` (\`township_id\`);`);
    this.addSql(`create index \`special_inspection_enterprise_id_index\` on \`special_inspection\` (\`enterprise_id\`);`);
    this.addSql(`create index \`special_inspection_status_index\` on \`special_inspection\` (\`status\`);`);
    this.addSql(`create index \`special_inspection_planned_on_index\` on \`special_inspection\` (\`planned_on\`);`);
    this.addSql(`create index \`special_inspection_completed_on_index\` on \`special_inspection\` (\`completed_on\`);`);
    this.addSql(`create index \`special_inspection_created_by_id_index\` on \`special_inspection\` (\`created_by_id\`);`);
    this.addSql(`create index \`special_inspection_completed_by_id_index\` on \`special_inspection\` (\`completed_by_id\`);`);

    this.addSql(`create table \`issue__temp_alter\` (\`id\` integer not null primary key autoincrement, \`source\` text check (\`source\` in ('INSPECTION', 'COMPLAINT', 'SELF_CHECK', 'TOWNSHIP_REPORT', 'SPECIAL_INSPECTION')) not null, \`source_id\` text null, \`checklist_item_id\` text null, \`category\` text check (\`category\` in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY', 'UNLICENSED_OPERATOR')) not null, \`subtype\` text null, \`title\` text not null, \`description\` text null, \`community_id\` integer not null, \`township_id\` integer not null, \`enterprise_id\` integer null, \`department_id\` integer null, \`measures\` text null, \`deadline\` date null, \`state\` text check (\`state\` in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED')) not null, \`last_action\` text check (\`last_action\` in ('ASSIGN', 'ACKNOWLEDGE', 'SUBMIT', 'CLOSE', 'RETURN', 'FLAG', 'UNFLAG', 'RECORD_REFUSAL')) null, \`flagged\` integer not null default false, \`refusal_recorded\` integer not null default false, \`b1proposed\` integer not null default false, \`b2proposed\` integer not null default false, \`assigned_at\` datetime null, \`last_submitted_at\` datetime null, \`closed_at\` datetime null, \`created_by_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`handled_by_township\` integer not null default false, constraint \`issue_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`issue_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`issue_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`issue_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, constraint \`issue_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`insert into \`issue__temp_alter\` select \`id\`, \`source\`, \`source_id\`, \`checklist_item_id\`, \`category\`, \`subtype\`, \`title\`, \`description\`, \`community_id\`, \`township_id\`, \`enterprise_id\`, \`department_id\`, \`measures\`, \`deadline\`, \`state\`, \`last_action\`, \`flagged\`, \`refusal_recorded\`, \`b1proposed\`, \`b2proposed\`, \`assigned_at\`, \`last_submitted_at\`, \`closed_at\`, \`created_by_id\`, \`created_at\`, \`updated_at\`, \`handled_by_township\` from \`issue\`;`);
    this.addSql(`drop table \`issue\`;`);
    this.addSql(`alter table \`issue__temp_alter\` rename to \`issue\`;`);
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
    this.addSql(`create index \`issue_kpi_created_index\` on \`issue\` (\`created_at\`, \`closed_at\`, \`deadline\`, \`township_id\`, \`department_id\`, \`enterprise_id\`, \`category\`, \`state\`, \`flagged\`);`);
    this.addSql(`create index \`issue_kpi_closed_index\` on \`issue\` (\`closed_at\`, \`created_at\`, \`deadline\`, \`township_id\`, \`department_id\`, \`enterprise_id\`, \`category\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. The issue table is rebuilt with the
    // earlier sources; it refuses while issues from special inspections exist (as PostgreSQL's check does).
    this.addSql(`drop table if exists \`special_inspection\`;`);
    this.addSql(`create table \`issue__temp_alter\` (\`id\` integer not null primary key autoincrement, \`source\` text check (\`source\` in ('INSPECTION', 'COMPLAINT', 'SELF_CHECK', 'TOWNSHIP_REPORT')) not null, \`source_id\` text null, \`checklist_item_id\` text null, \`category\` text check (\`category\` in ('ILLEGAL_CONSTRUCTION', 'SANITATION', 'SAFETY_HAZARD', 'FIRE', 'ELEVATOR', 'PARKING_SECURITY', 'SERVICE_QUALITY', 'FEES', 'MAINTENANCE_FUND', 'OWNERS_COMMITTEE', 'ELDERLY_CARE', 'BUILDING_QUALITY', 'UNLICENSED_OPERATOR')) not null, \`subtype\` text null, \`title\` text not null, \`description\` text null, \`community_id\` integer not null, \`township_id\` integer not null, \`enterprise_id\` integer null, \`department_id\` integer null, \`measures\` text null, \`deadline\` date null, \`state\` text check (\`state\` in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED')) not null, \`last_action\` text check (\`last_action\` in ('ASSIGN', 'ACKNOWLEDGE', 'SUBMIT', 'CLOSE', 'RETURN', 'FLAG', 'UNFLAG', 'RECORD_REFUSAL')) null, \`flagged\` integer not null default false, \`refusal_recorded\` integer not null default false, \`b1proposed\` integer not null default false, \`b2proposed\` integer not null default false, \`assigned_at\` datetime null, \`last_submitted_at\` datetime null, \`closed_at\` datetime null, \`created_by_id\` integer null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`handled_by_township\` integer not null default false, constraint \`issue_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`issue_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`issue_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`issue_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, constraint \`issue_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`insert into \`issue__temp_alter\` select \`id\`, \`source\`, \`source_id\`, \`checklist_item_id\`, \`category\`, \`subtype\`, \`title\`, \`description\`, \`community_id\`, \`township_id\`, \`enterprise_id\`, \`department_id\`, \`measures\`, \`deadline\`, \`state\`, \`last_action\`, \`flagged\`, \`refusal_recorded\`, \`b1proposed\`, \`b2proposed\`, \`assigned_at\`, \`last_submitted_at\`, \`closed_at\`, \`created_by_id\`, \`created_at\`, \`updated_at\`, \`handled_by_township\` from \`issue\`;`);
    this.addSql(`drop table \`issue\`;`);
    this.addSql(`alter table \`issue__temp_alter\` rename to \`issue\`;`);
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
    this.addSql(`create index \`issue_kpi_created_index\` on \`issue\` (\`created_at\`, \`closed_at\`, \`deadline\`, \`township_id\`, \`department_id\`, \`enterprise_id\`, \`category\`, \`state\`, \`flagged\`);`);
    this.addSql(`create index \`issue_kpi_closed_index\` on \`issue\` (\`closed_at\`, \`created_at\`, \`deadline\`, \`township_id\`, \`department_id\`, \`enterprise_id\`, \`category\`);`);
  }

}
