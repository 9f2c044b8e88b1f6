import { isJson, nulPath } from '@/lib/json';

describe('isJson', () => {
  it('tells JSON from text that is not', () => {
    expect([isJson('{"a":1}'), isJson('{bad'), isJson('')]).toEqual([true, false, false]);
  });
});

describe('nulPath', () => {
  it('names the field whose text holds U+0000, however deep', () => {
    expect(nulPath({ email: 'a\u0000@example.com', password: 'x' })).toBe('email');
    expect(nulPath({ content: { root: { children: [{ text: 'ok' }, { text: 'b\u0000' }] } } })).toBe('content.root.children.1.text');
  });

  it('finds none in text without it, numbers, nulls, or the escape written out as text', () => {
    expect(nulPath({ title: 'خبر', n: 1, none: null, escaped: '\\u0000', list: [true] })).toBeUndefined();
    expect(nulPath(JSON.parse('{"a":"\\\\u0000"}'))).toBeUndefined();
  });
});
