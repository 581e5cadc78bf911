import { Migration } from '@mikro-orm/migrations';

export class Migration20261206045603_residents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`satisfaction_survey\` (\`id\` integer not null primary key autoincrement, \`community_id\` integer not null, \`enterprise_id\` integer null, \`title\` text not null, \`sample_size\` integer not null, \`opens_on\` date not null, \`closes_on\` date not null, \`status\` text check (\`status\` in ('OPEN', 'CLOSED')) not null default 'OPEN', \`closed_at\` datetime null, \`g6proposed\` integer not null default false, \`created_by_id\` integer null, \`created_at\` datetime not null, constraint \`satisfaction_survey_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade, constraint \`satisfaction_survey_enterprise_id_foreign\` foreign key(\`enterprise_id\`) references \`enterprise\`(\`id\`) on delete set null on update cascade, constraint \`satisfaction_survey_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`satisfaction_survey_community_id_index\` on \`satisfaction_survey\` (\`community_id\`);`);
    this.addSql(`create index \`satisfaction_survey_enterprise_id_index\` on \`satisfaction_survey\` (\`enterprise_id\`);`);
    this.addSql(`create index \`satisfaction_survey_status_index\` on \`satisfaction_survey\` (\`status\`);`);
    this.addSql(`create index \`satisfaction_survey_created_by_id_index\` on \`satisfaction_survey\` (\`created_by_id\`);`);

    this.addSql(`create table \`survey_code\` (\`id\` integer not null primary key autoincrement, \`survey_id\` integer not null, \`position\` integer not null, \`code\` text not null, \`answer\` text check (\`answer\` in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, \`channel\` text check (\`channel\` in ('ONLINE', 'STAFF')) null, \`comment\` text null, \`used_at\` datetime null, \`entered_by_id\` integer null, constraint \`survey_code_survey_id_foreign\` foreign key(\`survey_id\`) references \`satisfaction_survey\`(\`id\`) on update cascade, constraint \`survey_code_entered_by_id_foreign\` foreign key(\`entered_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`survey_code_survey_id_index\` on \`survey_code\` (\`survey_id\`);`);
    this.addSql(`create unique index \`survey_code_code_unique\` on \`survey_code\` (\`code\`);`);
    this.addSql(`create index \`survey_code_entered_by_id_index\` on \`survey_code\` (\`entered_by_id\`);`);

    this.addSql(`create table \`public_complaint\` (\`id\` integer not null primary key autoincrement, \`tracking_code\` text not null, \`complaint_id\` integer not null, \`community_id\` integer not null, \`photos\` json not null, \`repeats\` integer not null default 0, \`received_at\` datetime not null, constraint \`public_complaint_complaint_id_foreign\` foreign key(\`complaint_id\`) references \`complaint\`(\`id\`) on update cascade, constraint \`public_complaint_community_id_foreign\` foreign key(\`community_id\`) references \`community\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`public_complaint_tracking_code_unique\` on \`public_complaint\` (\`tracking_code\`);`);
    this.addSql(`create index \`public_complaint_complaint_id_index\` on \`public_complaint\` (\`complaint_id\`);`);
    this.addSql(`create unique index \`public_complaint_complaint_id_unique\` on \`public_complaint\` (\`complaint_id\`);`);
    this.addSql(`create index \`public_complaint_community_id_index\` on \`public_complaint\` (\`community_id\`);`);
    this.addSql(`create index \`public_complaint_received_at_index\` on \`public_complaint\` (\`received_at\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration. Children first.
    for (const table of ['survey_code', 'satisfaction_survey', 'public_complaint']) this.addSql(`drop table if exists \`${table}\`;`);
  }

}
