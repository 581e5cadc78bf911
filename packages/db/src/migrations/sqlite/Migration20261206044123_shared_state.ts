import { Migration } from '@mikro-orm/migrations';

export class Migration20261206044123_shared_state extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`job_run\` (\`id\` integer not null primary key autoincrement, \`job\` text not null, \`slot\` text not null, \`state\` text check (\`state\` in ('RUNNING', 'SUCCEEDED', 'FAILED')) not null, \`attempts\` integer not null default 1, \`started_at\` datetime not null, \`finished_at\` datetime null, \`lease_until\` datetime not null, \`instance\` text not null, \`result\` text null);`);
    this.addSql(`create index \`job_run_state_index\` on \`job_run\` (\`state\`);`);
    this.addSql(`create index \`job_run_started_at_index\` on \`job_run\` (\`started_at\`);`);
    this.addSql(`create unique index \`job_run_job_slot_unique\` on \`job_run\` (\`job\`, \`slot\`);`);

    this.addSql(`create table \`rate_limit\` (\`key\` text not null, \`points\` integer not null default 0, \`expire\` bigint null, primary key (\`key\`));`);

    this.addSql(`create table \`evidence_chunk\` (\`file_id\` integer not null, \`seq\` integer not null, \`data\` blob not null, constraint \`evidence_chunk_file_id_foreign\` foreign key(\`file_id\`) references \`evidence_file\`(\`id\`) on delete cascade on update cascade, primary key (\`file_id\`, \`seq\`));`);
    this.addSql(`create index \`evidence_chunk_file_id_index\` on \`evidence_chunk\` (\`file_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`evidence_chunk\`;`);
    this.addSql(`drop table if exists \`rate_limit\`;`);
    this.addSql(`drop table if exists \`job_run\`;`);
  }

}
