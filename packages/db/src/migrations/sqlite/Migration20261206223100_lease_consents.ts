import { Migration } from '@mikro-orm/migrations';

export class Migration20261206223100_lease_consents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`lease_consent\` (\`id\` integer not null primary key autoincrement, \`contract_id\` integer not null, \`kind\` text check (\`kind\` in ('ALTERATION', 'SIGNAGE')) not null, \`description\` text not null, \`granted_on\` date not null, \`approved_by_id\` integer not null, \`approved_by_name\` text not null, \`created_at\` datetime not null, constraint \`lease_consent_contract_id_foreign\` foreign key(\`contract_id\`) references \`lease_contract\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`lease_consent_contract_id_index\` on \`lease_consent\` (\`contract_id\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`drop table if exists \`lease_consent\`;`);
  }

}
