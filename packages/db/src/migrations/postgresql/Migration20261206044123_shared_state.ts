import { Migration } from '@mikro-orm/migrations';

export class Migration20261206044123_shared_state extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "job_run" ("id" serial primary key, "job" varchar(60) not null, "slot" varchar(40) not null, "state" text check ("state" in ('RUNNING', 'SUCCEEDED', 'FAILED')) not null, "attempts" int not null default 1, "started_at" timestamptz not null, "finished_at" timestamptz null, "lease_until" timestamptz not null, "instance" varchar(120) not null, "result" varchar(500) null);`);
    this.addSql(`create index "job_run_state_index" on "job_run" ("state");`);
    this.addSql(`create index "job_run_started_at_index" on "job_run" ("started_at");`);
    this.addSql(`alter table "job_run" add constraint "job_run_job_slot_unique" unique ("job", "slot");`);

    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);

    this.addSql(`create table "evidence_chunk" ("file_id" int not null, "seq" int not null, "data" bytea not null, constraint "evidence_chunk_pkey" primary key ("file_id", "seq"));`);

    this.addSql(`alter table "evidence_chunk" add constraint "evidence_chunk_file_id_foreign" foreign key ("file_id") references "evidence_file" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "job_run" cascade;`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);

    this.addSql(`drop table if exists "evidence_chunk" cascade;`);
  }

}
