import { Migration } from '@mikro-orm/migrations';

export class Migration20261206044737_leasing_safety extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`lease_meeting\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`title\` text not null, \`held_at\` datetime not null, \`location\` text not null, \`agenda\` text not null, \`participants\` json not null, \`notice\` text not null, \`notice_date\` date not null, \`contact_phone\` text null, \`minutes\` text null, \`decisions\` json not null, \`decided_at\` datetime null, \`created_by_id\` integer not null, \`created_at\` datetime not null, constraint \`lease_meeting_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`lease_meeting_agency_id_index\` on \`lease_meeting\` (\`agency_id\`);`);
    this.addSql(`create index \`lease_meeting_held_at_index\` on \`lease_meeting\` (\`held_at\`);`);

    this.addSql(`create table \`lease_safety_check\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`unit_id\` integer not null, \`contract_id\` integer null, \`checked_on\` date not null, \`inspectors\` text not null, \`note\` text null, \`created_by_id\` integer not null, \`created_at\` datetime not null, constraint \`lease_safety_check_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade, constraint \`lease_safety_check_unit_id_foreign\` foreign key(\`unit_id\`) references \`lease_unit\`(\`id\`) on update cascade, constraint \`lease_safety_check_contract_id_foreign\` foreign key(\`contract_id\`) references \`lease_contract\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`lease_safety_check_agency_id_index\` on \`lease_safety_check\` (\`agency_id\`);`);
    this.addSql(`create index \`lease_safety_check_unit_id_index\` on \`lease_safety_check\` (\`unit_id\`);`);
    this.addSql(`create index \`lease_safety_check_contract_id_index\` on \`lease_safety_check\` (\`contract_id\`);`);
    this.addSql(`create index \`lease_safety_check_checked_on_index\` on \`lease_safety_check\` (\`checked_on\`);`);

    this.addSql(`create table \`lease_safety_finding\` (\`id\` integer not null primary key autoincrement, \`agency_id\` integer not null, \`check_id\` integer not null, \`unit_id\` integer not null, \`contract_id\` integer null, \`item\` text not null, \`category\` text not null, \`description\` text not null, \`state\` text check (\`state\` in ('REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED', 'CLOSED', 'REFERRED')) not null, \`measures\` text null, \`deadline\` date null, \`submitted_by_id\` integer null, \`department_id\` integer null, \`referred_at\` datetime null, \`closed_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`lease_safety_finding_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on update cascade, constraint \`lease_safety_finding_check_id_foreign\` foreign key(\`check_id\`) references \`lease_safety_check\`(\`id\`) on update cascade, constraint \`lease_safety_finding_unit_id_foreign\` foreign key(\`unit_id\`) references \`lease_unit\`(\`id\`) on update cascade, constraint \`lease_safety_finding_contract_id_foreign\` foreign key(\`contract_id\`) references \`lease_contract\`(\`id\`) on delete set null on update cascade, constraint \`lease_safety_finding_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`lease_safety_finding_agency_id_index\` on \`lease_safety_finding\` (\`agency_id\`);`);
    this.addSql(`create index \`lease_safety_finding_check_id_index\` on \`lease_safety_finding\` (\`check_id\`);`);
    this.addSql(`create index \`lease_safety_finding_unit_id_index\` on \`lease_safety_finding\` (\`unit_id\`);`);
    this.addSql(`create index \`lease_safety_finding_contract_id_index\` on \`lease_safety_finding\` (\`contract_id\`);`);
    this.addSql(`create index \`lease_safety_finding_state_index\` on \`lease_safety_finding\` (\`state\`);`);
    this.addSql(`create index \`lease_safety_finding_department_id_index\` on \`lease_safety_finding\` (\`department_id\`);`);

    this.addSql(`create table \`lease_safety_event\` (\`id\` integer not null primary key autoincrement, \`finding_id\` integer not null, \`action\` text not null, \`from_state\` text null, \`to_state\` text not null, \`actor_id\` integer null, \`actor_name\` text not null, \`at\` datetime not null, \`note\` text null, constraint \`lease_safety_event_finding_id_foreign\` foreign key(\`finding_id\`) references \`lease_safety_finding\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`lease_safety_event_finding_id_index\` on \`lease_safety_event\` (\`finding_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`lease_safety_event\`;`);
    this.addSql(`drop table if exists \`lease_safety_finding\`;`);
    this.addSql(`drop table if exists \`lease_safety_check\`;`);
    this.addSql(`drop table if exists \`lease_meeting\`;`);
  }
}
