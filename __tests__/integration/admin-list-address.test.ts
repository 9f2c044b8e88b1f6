/**
 * A list's address in the admin that the list cannot be read by — a page number, a filter on a field
 * that does not exist, a date or an id that is not one — is answered with what is refused and why,
 * in the editor's language, and links to the list with the rest of the address (cms/list-address).
 * Payload drew a blank page for most, and Next's English error page for a date.
 */
import { JSDOM } from 'jsdom';
import { ADMIN, login } from './newsroom-api';
import { BASE_URL } from './server';

let adminToken = '';

beforeAll(async () => {
  if (!ADMIN.email) throw new Error('ADMIN_EMAIL/ADMIN_PASSWORD: run through npm run test:integration');
  adminToken = await login(ADMIN.email, ADMIN.password);
});

/** The admin's page at `path` as an editor of that language sees it. */
async function adminPage(path: string, language: 'ar' | 'en' = 'ar') {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Cookie: `payload-token=${adminToken}; payload-lng=${language}` } });
  return { status: response.status, document: new JSDOM(await response.text()).window.document };
}

const refusal = (document: Document) => ({
  title: document.querySelector('.refused-list-address h1')?.textContent,
  refused: [...document.querySelectorAll('.refused-list-address li')].map((item) => item.textContent),
  links: [...document.querySelectorAll<HTMLAnchorElement>('.refused-list-address a')].map((link) => link.getAttribute('href')),
});

// What the editor reads (cms/translations: its module reaches Payload's, which this runner cannot load).
const ar = {
  title: 'لا تُفتح القائمة بهذا العنوان',
  page: 'رقم الصفحة عدد صحيح من 1 فصاعدًا.',
  id: 'هذا الحقل يحمل أرقامًا: أعدادًا صحيحة من 0 إلى 2147483647.',
  date: 'هذا الحقل يحمل تاريخًا، وهذه القيمة ليست تاريخًا.',
  field: 'لا حقل بهذا الاسم في هذه القائمة، أو لا مقارنة بهذا الاسم.',
};

describe('a list’s address the list cannot be read by', () => {
  it.each([
    ['page=-1', 'page', ar.page],
    ['where[id][equals]=abc', 'where[id][equals]', ar.id],
    ['where[section][in]=abc', 'where[section][in]', ar.id],
    ['where[publishedAt][greater_than]=notadate', 'where[publishedAt][greater_than]', ar.date],
    ['where[nosuch][equals]=x', 'where[nosuch][equals]', ar.field],
    ['where[title][badop]=x', 'where[title][badop]', ar.field],
  ])('?%s: names %s and says why, in Arabic', async (query, parameter, why) => {
    const { status, document } = await adminPage(`/admin/collections/articles?${query}`);
    expect(status).toBe(200);
    expect(refusal(document)).toEqual({ title: ar.title, refused: [`${parameter} ${why}`], links: ['/admin/collections/articles', '/admin/collections/articles'] });
  });

  it('links to the list with the rest of the address, which opens it', async () => {
    const address = `/admin/collections/articles?where[title][like]=SpaceX&where[publishedAt][greater_than]=yesterday&sort=-publishedAt`;
    const { document } = await adminPage(address.replace(/[[\]]/g, encodeURIComponent));
    const [kept, whole] = refusal(document).links;
    expect(decodeURIComponent(kept!)).toBe('/admin/collections/articles?where[title][like]=SpaceX&sort=-publishedAt');
    expect(whole).toBe('/admin/collections/articles');
    const list = await adminPage(kept!);
    expect(list.status).toBe(200);
    expect(refusal(list.document).title).toBeUndefined();
    // Payload's list, filtered as the rest of the address asks: the stories whose headline holds SpaceX.
    const rows = [...list.document.querySelectorAll('.collection-list tbody tr')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.textContent).toContain('SpaceX');
  });

  it('answers in the editor’s language, and on the trash’s list too', async () => {
    const { document } = await adminPage('/admin/collections/tags/trash?page=0&limit=x', 'en');
    expect(refusal(document)).toEqual({
      title: 'This list cannot be opened at this address',
      refused: ['page A page number is a whole number from 1.', 'limit How many a page shows is a whole number.'],
      links: ['/admin/collections/tags/trash', '/admin/collections/tags/trash'],
    });
  });

  it('sends a visitor without a session to sign in first, as any list does, telling nothing of the fields', async () => {
    const html = await (await fetch(`${BASE_URL}/admin/collections/articles?where[nosuch][equals]=x`)).text();
    // Payload's redirect, made while the page streams: the browser is sent on by the page itself.
    expect(html).toContain('NEXT_REDIRECT;replace;/admin/login?redirect=');
    expect(html).not.toContain('refused-list-address');
  });

  it('leaves a list the admin does not show to Payload’s not-found page', async () => {
    const { status, document } = await adminPage('/admin/collections/payload-migrations?page=-1');
    expect(status).toBe(404);
    expect(refusal(document).title).toBeUndefined();
  });

  it('leaves every address the list writes itself to Payload', async () => {
    for (const query of ['', 'page=1&limit=10', 'where[or][0][and][0][title][like]=x&where[or][0][and][1][publishedAt][greater_than]=2026-01-01T00:00:00.000Z', 'where[section][in][0]=1', 'where[or][0][and][0][tags][equals][0]=1&where[or][0][and][0][tags][equals][1]=2', 'where[or][0][and][0][publishedAt][greater_than]=']) {
      const { status, document } = await adminPage(`/admin/collections/articles?${query.replace(/[[\]]/g, encodeURIComponent)}`);
      expect(status).toBe(200);
      expect(refusal(document).title).toBeUndefined();
      expect(document.querySelector('.collection-list')).not.toBeNull();
    }
  });
});
