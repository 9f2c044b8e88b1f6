/** @jest-environment node */
import { GET } from '@/app/api/admin-language/route';

/** Where the first visit to an admin page is sent back to, as next.config's redirect calls the route. */
function back(query: string) {
  const response = GET(new Request(`http://127.0.0.1:3000/api/admin-language?${query}`));
  return { status: response.status, location: response.headers.get('location'), cookie: response.headers.get('set-cookie') };
}

describe('GET /api/admin-language', () => {
  it('sets the admin to Arabic and goes back to the page asked for', () => {
    expect(back('to=/admin/collections/articles')).toEqual({
      status: 307,
      location: '/admin/collections/articles',
      cookie: expect.stringMatching(/^payload-lng=ar; Path=\/;/),
    });
  });

  it('keeps the page’s own query, which the redirect moved onto this URL', () => {
    expect(back('page=3&where%5Bsection%5D%5Bequals%5D=2&to=/admin/collections/articles').location).toBe(
      '/admin/collections/articles?page=3&where%5Bsection%5D%5Bequals%5D=2',
    );
  });

  it('sends an Arabic or malformed path back percent-encoded instead of failing', () => {
    expect(back('to=/admin/%D8%A7').location).toBe('/admin/%D8%A7');
    expect(back('to=/admin/%FF').location).toBe('/admin/%EF%BF%BD');
    // A line break could not even be written into the header (500); URL drops it, so no header is injected.
    expect(back('to=/admin/x%0d%0aX-Injected:%20y').location).toBe('/admin/xX-Injected:%20y');
    // A backslash is a slash to URL (and to browsers): still a page of the admin.
    expect(back(`to=${encodeURIComponent('/admin\\evil.example')}`).location).toBe('/admin/evil.example');
  });

  it.each([
    'https://evil.example/admin',
    '//evil.example/admin',
    '/administrator',
    '/api/users',
    '/admin/..//evil.example',
    '/admin/%2e%2e//evil.example',
    '/admin/..\\/evil.example',
    '/admin/../api/users',
  ])(
    'never leaves the admin: %p goes to /admin',
    (to) => {
      expect(back(`to=${encodeURIComponent(to)}`).location).toBe('/admin');
    },
  );
});
