import { Migration } from '@mikro-orm/migrations';

export class Migration20261207005340_publicity_images extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "publicity_image" ("id" serial primary key, "article_id" int not null, "caption" varchar(100) null, "original_name" varchar(200) not null, "mime" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "data" bytea not null, "uploaded_by_id" int null, "uploaded_at" timestamptz not null);`);
    this.addSql(`create index "publicity_image_article_id_index" on "publicity_image" ("article_id");`);

    this.addSql(`alter table "publicity_image" add constraint "publicity_image_article_id_foreign" foreign key ("article_id") references "publicity_article" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "publicity_image" add constraint "publicity_image_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "publicity_image" cascade;`);
  }

}
