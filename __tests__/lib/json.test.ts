import { isJson, unstorableText } from '@/lib/json';

describe('isJson', () => {
  it('tells JSON from text that is not', () => {
    expect([isJson('{"a":1}'), isJson('{bad'), isJson('')]).toEqual([true, false, false]);
  });
});

describe('unstorableText', () => {
  it('names the field whose text holds U+0000, however deep', () => {
    expect(unstorableText({ email: 'a\u0000@example.com', password: 'x' })).toEqual({ path: 'email', problem: 'nul' });
    expect(unstorableText({ content: { root: { children: [{ text: 'ok' }, { text: 'b\u0000' }] } } })).toEqual({ path: 'content.root.children.1.text', problem: 'nul' });
  });

  it('names the field whose text holds half a character, and which half', () => {
    expect(unstorableText(JSON.parse('{"body":{"root":{"children":[{"text":"نص \\ud800"}]}}}'))).toEqual({ path: 'body.root.children.0.text', problem: 'half', code: 'D800' });
    expect(unstorableText({ title: 'x\udfff' })).toEqual({ path: 'title', problem: 'half', code: 'DFFF' });
    expect(unstorableText({ title: '\udc00 then a pair 😀' })).toEqual({ path: 'title', problem: 'half', code: 'DC00' });
  });

  it('walks a body nested 20,000 deep without overflowing the stack (a 500 to anyone, before any login)', () => {
    const deep = JSON.parse(`{"email":${'['.repeat(20_000)}"\\u0000"${']'.repeat(20_000)}}`);
    expect(unstorableText(deep)).toEqual({ path: `email${'.0'.repeat(20_000)}`, problem: 'nul' });
    expect(unstorableText(JSON.parse(`${'['.repeat(20_000)}1${']'.repeat(20_000)}`))).toBeUndefined();
  });

  it('names the first field that has one, in the order the body gives them', () => {
    expect(unstorableText({ title: 'a\u0000', summary: 'b\u0000', body: { text: 'c\u0000' } })?.path).toBe('title');
    expect(unstorableText({ list: ['ok', 'x\u0000', 'y\u0000'] })?.path).toBe('list.1');
  });

  it('finds none in whole characters (a pair is one), numbers, nulls, or the escapes written out as text', () => {
    expect(unstorableText({ title: 'خبر 😀', n: 1, none: null, escaped: '\\u0000 \\ud800', list: [true] })).toBeUndefined();
    expect(unstorableText(JSON.parse('{"a":"\\\\u0000","b":"\\ud83d\\ude00"}'))).toBeUndefined();
  });
});
