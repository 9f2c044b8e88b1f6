/** @jest-environment node */
import { draftRefusalsSayWhy } from '@/cms/hooks/draft-refusals';
import { translations } from '@/cms/translations';

type HookArgs = Parameters<typeof draftRefusalsSayWhy>[0];
type Language = keyof typeof translations;
type Answer = { status: number; response: { errors: { name: string; message: string; data: unknown }[] } };

/** A collection's fields as Payload flattens them: a row's lifted to the top, a group's kept under it. */
const FIELDS = [
  { name: 'title', label: { ar: 'العنوان', en: 'Headline' }, type: 'text' },
  { name: 'section', label: { ar: 'القسم', en: 'Section' }, type: 'relationship' },
  { name: 'correction', type: 'group', flattenedFields: [{ name: 'at', label: { ar: 'وقت التصحيح', en: 'Corrected at' }, type: 'date' }] },
];

/** Payload's request as the hook reads it: the body it was sent, and the editor's language. */
function call(language: Language, body: Record<string, unknown> | undefined, error: unknown) {
  const t = (key: string) => translations[language].alwafd[key.replace(/^alwafd:/, '') as keyof (typeof translations)['en']['alwafd']];
  const req = { data: body, t, i18n: { language, fallbackLanguage: 'ar', t } };
  return draftRefusalsSayWhy({ collection: { slug: 'articles', flattenedFields: FIELDS }, error, req } as unknown as HookArgs) as Answer | undefined;
}

/** A ValidationError as Payload makes it: a status, a message naming the fields by path, the fields. */
const refusal = (...errors: { path: string; message: string }[]) =>
  Object.assign(new Error(`The following field is invalid: ${errors.map((e) => e.path).join(', ')}`), { status: 400, data: { collection: 'articles', errors } });

describe('draftRefusalsSayWhy', () => {
  it('puts a refused draft’s reason in the notice, after its field’s label, in the editor’s language, its fields kept', () => {
    const error = refusal({ path: 'title', message: translations.ar.alwafd.draftNeedsTitle });
    const answer = call('ar', { _status: 'draft' }, error);
    expect(answer?.status).toBe(400);
    expect(answer?.response.errors[0]?.message).toBe(`لم تُحفظ المسودة: العنوان — ${translations.ar.alwafd.draftNeedsTitle}`);
    expect(answer?.response.errors[0]?.data).toEqual((error as unknown as { data: unknown }).data);
  });

  it('says each refused field, inside a group too, and keeps a reason’s own commas from splitting the notice’s list', () => {
    const error = refusal({ path: 'section', message: 'No such item.' }, { path: 'correction.at', message: 'Not a date, nor a time' }, { path: '_status', message: 'Not a status.' });
    expect(call('en', { _status: 'draft' }, error)?.response.errors[0]?.message).toBe(
      'The draft was not saved: Section — No such item., Corrected at — Not a date\u201A nor a time, Not a status.',
    );
  });

  it('leaves a published save (its reasons stand under its fields), a request without a body, and anything but a field refusal', () => {
    const error = refusal({ path: 'title', message: 'x' });
    expect(call('ar', { _status: 'published' }, error)).toBeUndefined();
    expect(call('ar', undefined, error)).toBeUndefined();
    expect(call('ar', { _status: 'draft' }, Object.assign(new Error('held'), { status: 409, data: { stories: 3 } }))).toBeUndefined();
    expect(call('ar', { _status: 'draft' }, Object.assign(new Error('down'), { status: 500 }))).toBeUndefined();
  });
});
