import { answerRefusalsWhole } from '@/cms/hooks/refusals-whole';

type HookArgs = Parameters<typeof answerRefusalsWhole>[0];
const call = (error: unknown, result: unknown, graphqlResult?: unknown) => answerRefusalsWhole({ error, result, graphqlResult } as unknown as HookArgs);

/** A refusal as another copy of Payload's classes makes it: its class unknown here, its name minified away. */
const foreign = (message: string, status: number, data: unknown, isPublic?: boolean) => Object.assign(new Error(message), { name: '', status, data, isPublic });
const UNKNOWN = { errors: [{ message: 'An unknown error occurred.' }] };

describe('answerRefusalsWhole', () => {
  it('answers a field refusal with its fields, and a 409 with its words and data, whatever class threw it', () => {
    const fields = { collection: 'articles', errors: [{ path: 'title', message: 'اكتب عنوانًا للخبر قبل حفظه' }] };
    // Payload's answer for a ValidationError it did not recognise: its message, no fields.
    expect(call(foreign('الحقل التالي غير صالح: title', 400, fields, false), { errors: [{ message: 'الحقل التالي غير صالح: title' }] })).toBeUndefined();
    expect(call(foreign('الحقل التالي غير صالح: title', 400, fields), { errors: [{ message: 'الحقل التالي غير صالح: title' }] })).toEqual({
      response: { errors: [{ data: fields, message: 'الحقل التالي غير صالح: title' }] },
    });
    expect(call(foreign('في هذا القسم 3 من الأخبار', 409, { stories: 3 }, true), UNKNOWN)).toEqual({ response: { errors: [{ data: { stories: 3 }, message: 'في هذا القسم 3 من الأخبار' } ] } });
    expect(call(foreign('Too many failed sign-ins', 429, null, true), UNKNOWN)).toEqual({ response: { errors: [{ message: 'Too many failed sign-ins' }] } });
  });

  it('leaves alone an answer already whole, a failure of the server (500), an error Payload would not show, and GraphQL', () => {
    const whole = { errors: [{ name: 'APIError', data: { stories: 3 }, message: 'held' }] };
    expect(call(Object.assign(new Error('held'), { status: 409, data: { stories: 3 }, isPublic: true }), whole)).toBeUndefined();
    expect(call(foreign('connection refused', 500, { host: 'db' }, true), UNKNOWN)).toBeUndefined();
    expect(call(new Error('a plain error'), UNKNOWN)).toBeUndefined();
    // A collection's own afterError hook answered first, in its own words (a picture's refusal).
    const picture = { errors: [{ name: 'ValidationError', message: 'ملف الصورة: ليس صورة', field: 'file', data: { errors: [{ path: 'file', message: 'ليس صورة' }] } }] };
    expect(call(foreign('The following field is invalid: file', 400, { errors: [{ path: 'file' }] }), picture)).toBeUndefined();
    expect(call(foreign('secret', 400, { x: 1 }, false), UNKNOWN)).toBeUndefined();
    expect(call(foreign('held', 409, { stories: 3 }, true), UNKNOWN, { message: 'held' })).toBeUndefined();
  });
});
