import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The newsroom's names in Latin letters and how readers spell them (cms/collections/LatinNames.ts,
 * lib/search/latin-names). Search reads the table whole, and only for a query that found nothing:
 * a newsroom's list of brands and foreign titles is short, so no index beyond Payload's own.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "latin_names" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"spellings" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "latin_names_id" integer;
  CREATE UNIQUE INDEX "latin_names_name_idx" ON "latin_names" USING btree ("name");
  CREATE INDEX "latin_names_updated_at_idx" ON "latin_names" USING btree ("updated_at");
  CREATE INDEX "latin_names_created_at_idx" ON "latin_names" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_latin_names_fk" FOREIGN KEY ("latin_names_id") REFERENCES "public"."latin_names"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_latin_names_id_idx" ON "payload_locked_documents_rels" USING btree ("latin_names_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The lock table's reference first: dropping the table (CASCADE) takes its constraint with it,
  // and dropping that constraint afterwards, as Payload wrote it, failed.
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_latin_names_fk";
  DROP INDEX "payload_locked_documents_rels_latin_names_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "latin_names_id";
  DROP TABLE "latin_names";`)
}
