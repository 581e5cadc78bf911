import { Migration } from '@mikro-orm/migrations';

export class Migration20261207050100_township_data_filings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`township_data_filing\` (\`id\` integer not null primary key autoincrement, \`township_id\` integer not null, \`as_of\` date not null, \`communities\` integer not null, \`complete\` integer not null, \`gaps\` integer not null, \`summary\` json not null, \`rows\` json not null, \`filed_by_id\` integer null, \`filed_by_name\` text null, \`filed_at\` datetime not null, constraint \`township_data_filing_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade, constraint \`township_data_filing_filed_by_id_foreign\` foreign key(\`filed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`township_data_filing_township_id_index\` on \`township_data_filing\` (\`township_id\`);`);
    this.addSql(`create index \`township_data_filing_as_of_index\` on \`township_data_filing\` (\`as_of\`);`);
    this.addSql(`create index \`township_data_filing_filed_by_id_index\` on \`township_data_filing\` (\`filed_by_id\`);`);
    this.addSql(`create unique index \`township_data_filing_township_id_as_of_unique\` on \`township_data_filing\` (\`township_id\`, \`as_of\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`drop table if exists \`township_data_filing\`;`);
  }

}
