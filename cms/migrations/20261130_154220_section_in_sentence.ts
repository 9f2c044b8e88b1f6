import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * How a section's name reads inside a sentence (cms/collections/Sections.ts `inSentence`), where the
 * rule of lib/content/section-name.ts would get it wrong — «مصر» takes no article. Nullable: every
 * section reads by the rule until the newsroom says otherwise; no table rewrite.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sections" ADD COLUMN "in_sentence_ar" varchar;
  ALTER TABLE "sections" ADD COLUMN "in_sentence_en" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sections" DROP COLUMN "in_sentence_ar";
  ALTER TABLE "sections" DROP COLUMN "in_sentence_en";`)
}
