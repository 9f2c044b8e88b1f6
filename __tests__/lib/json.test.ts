import { isJson, MAX_BODY_DEPTH, unacceptableJson } from '@/lib/json';

describe('isJson', () => {
  it('tells JSON from text that is not', () => {
    expect([isJson('{"a":1}'), isJson('{bad'), isJson('')]).toEqual([true, false, false]);
  });
});

describe('unacceptableJson', () => {
  it('names the field whose text holds U+0000, however deep', () => {
    expect(unacceptableJson({ email: 'a\u0000@example.com', password: 'x' })).toEqual({ path: 'email', problem: 'nul' });
    expect(unacceptableJson({ content: { root: { children: [{ text: 'ok' }, { text: 'b\u0000' }] } } })).toEqual({ path: 'content.root.children.1.text', problem: 'nul' });
  });

  it('names the field whose text holds half a character, and which half', () => {
    expect(unacceptableJson(JSON.parse('{"body":{"root":{"children":[{"text":"نص \\ud800"}]}}}'))).toEqual({ path: 'body.root.children.0.text', problem: 'half', code: 'D800' });
    expect(unacceptableJson({ title: 'x\udfff' })).toEqual({ path: 'title', problem: 'half', code: 'DFFF' });
    expect(unacceptableJson({ title: '\udc00 then a pair 😀' })).toEqual({ path: 'title', problem: 'half', code: 'DC00' });
  });

  it('walks a body nested 20,000 deep without overflowing the stack (a 500 to anyone, before any login), and names the field nested past the limit', () => {
    const nested = (levels: number, inner: string) => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
    expect(unacceptableJson(JSON.parse(`{"email":${nested(20_000, '"\\u0000"')}}`))).toEqual({ path: 'email', problem: 'deep' });
    expect(unacceptableJson(JSON.parse(`{"title":"x","zzz":${nested(20_000, '1')}}`))).toEqual({ path: 'zzz', problem: 'deep' });
    // A story's text of MAX_STORY_DEPTH nodes nests about twice that: far within the limit.
    expect(unacceptableJson(JSON.parse(`{"a":${nested(MAX_BODY_DEPTH - 1, '1')}}`))).toBeUndefined();
    expect(unacceptableJson(JSON.parse(`{"a":${nested(MAX_BODY_DEPTH, '1')}}`))).toEqual({ path: 'a', problem: 'deep' });
    expect(unacceptableJson(JSON.parse(`{"a":${nested(500, '"\\u0000"')}}`))).toEqual({ path: `a${'.0'.repeat(500)}`, problem: 'nul' });
  });

  it('names the first field that has one, in the order the body gives them', () => {
    expect(unacceptableJson({ title: 'a\u0000', summary: 'b\u0000', body: { text: 'c\u0000' } })?.path).toBe('title');
    expect(unacceptableJson({ list: ['ok', 'x\u0000', 'y\u0000'] })?.path).toBe('list.1');
  });

  it('finds none in whole characters (a pair is one), numbers, nulls, or the escapes written out as text', () => {
    expect(unacceptableJson({ title: 'خبر 😀', n: 1, none: null, escaped: '\\u0000 \\ud800', list: [true] })).toBeUndefined();
    expect(unacceptableJson(JSON.parse('{"a":"\\\\u0000","b":"\\ud83d\\ude00"}'))).toBeUndefined();
  });
});
