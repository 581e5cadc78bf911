import { Migration } from '@mikro-orm/migrations';

export class Migration20261207005340_publicity_images extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`publicity_image\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`caption\` text null, \`original_name\` text not null, \`mime\` text not null, \`size\` integer not null, \`sha256\` text not null, \`data\` blob not null, \`uploaded_by_id\` integer null, \`uploaded_at\` datetime not null, constraint \`publicity_image_article_id_foreign\` foreign key(\`article_id\`) references \`publicity_article\`(\`id\`) on delete cascade on update cascade, constraint \`publicity_image_uploaded_by_id_foreign\` foreign key(\`uploaded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`publicity_image_article_id_index\` on \`publicity_image\` (\`article_id\`);`);
    this.addSql(`create index \`publicity_image_uploaded_by_id_index\` on \`publicity_image\` (\`uploaded_by_id\`);`);
  }

  override async down(): Promise<void> {
    // Written by hand: the SQLite generator does not emit a down migration.
    this.addSql(`drop table if exists \`publicity_image\`;`);
  }

}
