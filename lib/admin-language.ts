/**
 * Payload keeps the admin's language in this cookie; its account settings set it when an editor picks
 * English. Without it the admin is Arabic: the proxy adds it to a first visit (proxy.ts,
 * adminInArabicByDefault) and our own answers to the newsroom read it (cms/translations, adminLanguage).
 */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng';
