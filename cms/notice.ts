/*
 * The admin's notice after a refused save (@payloadcms/ui FieldErrorsToast) reads its message as an
 * intro, a colon, then a list of fields split at ASCII commas. What goes after the colon is written
 * for that reading (cms/picture-refusal.ts, cms/hooks/draft-refusals.ts).
 */

/**
 * A text as one item of the notice's list: a comma in it (“photo, final.jpg”, a reason's clause)
 * would split it into two there, so it is shown as the low quotation mark that looks like one (U+201A).
 */
export function asNoticeItem(text: string): string {
  return text.replaceAll(',', '\u201A');
}
