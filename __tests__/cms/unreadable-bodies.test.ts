import { unreadableBodyIsBadRequest } from '@/cms/hooks/unreadable-bodies';

type HookArgs = Parameters<typeof unreadableBodyIsBadRequest>[0];
const call = (error: unknown, contentType = 'application/json', graphqlResult?: unknown) =>
  unreadableBodyIsBadRequest({ error, req: { headers: new Headers({ 'Content-Type': contentType }) }, graphqlResult } as unknown as HookArgs);
const FORM = 'multipart/form-data; boundary=zz';

describe('unreadableBodyIsBadRequest', () => {
  it('answers a cut-short or malformed upload form with 400', () => {
    expect(call(new Error('Unexpected end of form'), FORM)).toEqual({ status: 400, response: { errors: [{ message: 'the form data is malformed: unexpected end of form' }] } });
    expect(call(new Error('Multipart: Boundary not found'), 'multipart/form-data')).toMatchObject({ status: 400 });
    expect(call(Object.assign(new Error('Request is not eligible for file upload'), { status: 500 }), 'multipart/form-data')).toMatchObject({ status: 400 });
    expect(call(new SyntaxError('Unexpected token'), FORM)).toEqual({ status: 400, response: { errors: [{ message: '_payload is not JSON', field: '_payload' }] } });
  });

  it('leaves the same messages alone when the body was not a form: they are not the request’s', () => {
    expect(call(new Error('Unexpected end of form'))).toBeUndefined();
    expect(call(new SyntaxError('Unexpected token'))).toBeUndefined();
    expect(call(new Error('connection terminated'), FORM)).toBeUndefined();
  });

  it('says what Payload’s own 400 for a JSON body that is not JSON hides', () => {
    expect(call(Object.assign(new Error('Invalid JSON'), { status: 400 }))).toMatchObject({ status: 400, response: { errors: [{ message: 'the body is not JSON' }] } });
  });

  it('answers text the database cannot hold (U+0000) with 400, found through the error’s causes', () => {
    const failed = new Error('Failed query', { cause: Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }) });
    expect(call(failed)).toMatchObject({ status: 400 });
    expect(call(Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' }))).toMatchObject({ status: 400 });
    expect(call(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBeUndefined();
  });

  it('leaves GraphQL’s errors to the hook that answers in them', () => {
    expect(call(new Error('Unexpected end of form'), FORM, { message: 'x' })).toBeUndefined();
  });
});
