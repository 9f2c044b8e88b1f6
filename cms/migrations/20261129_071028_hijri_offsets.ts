import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_hijri_offsets_month" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12');
  CREATE TYPE "public"."enum__hijri_v_version_offsets_month" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12');
  CREATE TABLE "hijri_offsets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"month" "enum_hijri_offsets_month" NOT NULL,
  	"days" numeric NOT NULL,
  	"source" varchar NOT NULL
  );
  
  CREATE TABLE "hijri" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_hijri_v_version_offsets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"month" "enum__hijri_v_version_offsets_month" NOT NULL,
  	"days" numeric NOT NULL,
  	"source" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_hijri_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "hijri_offsets" ADD CONSTRAINT "hijri_offsets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hijri"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hijri_v_version_offsets" ADD CONSTRAINT "_hijri_v_version_offsets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hijri_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "hijri_offsets_order_idx" ON "hijri_offsets" USING btree ("_order");
  CREATE INDEX "hijri_offsets_parent_id_idx" ON "hijri_offsets" USING btree ("_parent_id");
  CREATE INDEX "_hijri_v_version_offsets_order_idx" ON "_hijri_v_version_offsets" USING btree ("_order");
  CREATE INDEX "_hijri_v_version_offsets_parent_id_idx" ON "_hijri_v_version_offsets" USING btree ("_parent_id");
  CREATE INDEX "_hijri_v_created_at_idx" ON "_hijri_v" USING btree ("created_at");
  CREATE INDEX "_hijri_v_updated_at_idx" ON "_hijri_v" USING btree ("updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "hijri_offsets" CASCADE;
  DROP TABLE "hijri" CASCADE;
  DROP TABLE "_hijri_v_version_offsets" CASCADE;
  DROP TABLE "_hijri_v" CASCADE;
  DROP TYPE "public"."enum_hijri_offsets_month";
  DROP TYPE "public"."enum__hijri_v_version_offsets_month";`)
}
