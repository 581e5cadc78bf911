import { Migration } from '@mikro-orm/migrations';

/** Tables whose rows the credit ranking reads (credit/version.ts): a change to any gives the credit version a new token. */
const RANKING_INPUTS = ['enterprise', 'township', 'community', 'credit_record', 'list_entry', 'scoring_standard'];

/**
 * The credit version (issue 17): one row whose token every transaction that writes a ranking input replaces, in the
 * database itself so that no write path (ORM flush, native update, bulk SQL) can miss it. A deferred constraint
 * trigger replaces it once per transaction, at commit: the row is locked only while committing, after every other
 * lock the transaction takes, so writers of credit and of KPI facts cannot deadlock on the two tokens.
 */
export class Migration20261207003000_credit_version extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "credit_version" ("id" int not null, "token" varchar(36) not null, constraint "credit_version_pkey" primary key ("id"));`);
    this.addSql(`insert into "credit_version" ("id", "token") values (1, 'initial');`);
    this.addSql(`create or replace function "credit_version_bump"() returns trigger language plpgsql as $$ begin if coalesce(current_setting('wuye.credit_version_bumped', true), '') <> txid_current()::text then update "credit_version" set "token" = md5(random()::text || clock_timestamp()::text) where "id" = 1; perform set_config('wuye.credit_version_bumped', txid_current()::text, true); end if; return null; end; $$;`);
    for (const table of RANKING_INPUTS) {
      this.addSql(`create constraint trigger "${table}_credit_version" after insert or update or delete on "${table}" deferrable initially deferred for each row execute function "credit_version_bump"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of RANKING_INPUTS) this.addSql(`drop trigger if exists "${table}_credit_version" on "${table}";`);
    this.addSql(`drop function if exists "credit_version_bump"();`);
    this.addSql(`drop table if exists "credit_version" cascade;`);
  }

}
