import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { logInToNewsroom } from './support';

/**
 * One journey through the newsroom's admin, as an editor makes it: the admin opens in Arabic,
 * right to left; log in, write a story signed by its reporter, publish it — and readers have it at its
 * URL at once, signed as written, as the stories' list says.
 * Desktop only: editors work at desks.
 */
test.skip(({ isMobile }) => isMobile, 'the newsroom works on desktops');

test('an editor logs in to the Arabic admin, writes a story and publishes it', async ({ page }) => {
  const title = `افتتاح محطة كهرباء جديدة في أسيوط ${Date.now()}`;

  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // Payload writes dir="RTL" (attribute values of dir are case-insensitive).
  await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i);
  // The sign-in page is the paper's: its mark, named, not Payload's logo.
  const brand = page.locator('.login__brand').getByRole('img', { name: 'الوفد' });
  await expect(brand).toHaveJSProperty('naturalWidth', 512);
  await expect(page.locator('.graphic-logo')).toHaveCount(0);

  await logInToNewsroom(page);

  await page.goto('/admin/collections/articles/create');
  await expect(page.locator('.step-nav__home .newsroom-icon')).toBeVisible();
  await expect(page.locator('.graphic-icon')).toHaveCount(0);
  await page.locator('#field-title').fill(title);
  await page.locator('#field-summary').fill('محطة جديدة تضيف قدرة إلى الشبكة القومية.');
  const text = page.locator('[contenteditable="true"]').first();
  await text.click();
  await text.pressSequentially('تفتتح وزارة الكهرباء محطة جديدة في أسيوط.');

  // Section and a tag: the relationship pickers search as you type — a section by its names, not its slug.
  await page.locator('#field-section').click();
  await page.keyboard.type('اقتصاد');
  await page.getByRole('option', { name: 'اقتصاد — Economy', exact: true }).click();
  await page.locator('#field-tags').click();
  await page.keyboard.type('الطاقة');
  await page.getByRole('option', { name: 'الطاقة', exact: true }).click();

  // Signed by the reporter who wrote it, not a desk.
  await page.locator('#field-desk').fill('منى الشاذلي');
  await page.locator('#field-bylineType').click();
  await page.getByRole('option', { name: 'مراسل أو محرر' }).click();

  await page.locator('#action-save').click();
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/);
  const id = /\/articles\/(\d+)/.exec(page.url())![1];

  // Readers have it at once, at its URL, in the Arabic edition.
  const reader = await page.context().newPage();
  await expect(async () => {
    const response = await reader.goto(`/news/${id}`);
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: 10_000 });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.locator('.article-body')).toContainText('تفتتح وزارة الكهرباء محطة جديدة في أسيوط.');
  await expect(reader.locator('article header')).toContainText('بقلم منى الشاذلي');

  // The stories' list says what readers get of it, in the editor's language.
  await page.goto('/admin/collections/articles');
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByRole('cell', { name: 'منشور للقراء', exact: true })).toBeVisible();
});

test('an editor sees which stories show a picture, and says how a section’s name reads in a sentence', async ({ page }) => {
  await logInToNewsroom(page);

  // The seed story's lead picture lists the seed story among those showing it.
  const story = (await (await page.request.get('/api/articles/1001?depth=0')).json()) as { title: string; image: number };
  await page.goto(`/admin/collections/media/${story.image}`);
  await expect(page.getByText('الأخبار التي تعرضها')).toBeVisible();
  await expect(page.getByRole('cell', { name: story.title })).toBeVisible();

  // A section's edit form has the field, in Arabic, with its explanation.
  const sections = (await (await page.request.get('/api/sections?where[slug][equals]=economy&depth=0')).json()) as { docs: { id: number }[] };
  await page.goto(`/admin/collections/sections/${sections.docs[0]!.id}`);
  await expect(page.getByText('الاسم داخل جملة')).toBeVisible();
  await expect(page.getByText(/اتركه فارغًا لتُضاف «ال» إلى الاسم/)).toBeVisible();
});

test('an editor lists how readers type a name the stories write in Latin letters, and a reader typing it so finds them', async ({ page }) => {
  await logInToNewsroom(page);
  const stamp = Date.now();
  const name = `Nile${stamp}`;
  const spelling = `نايل${[...String(stamp)].map((d) => 'سشصضطظعغفق'[Number(d)]).join('')}`;
  const seed = (await (await page.request.get('/api/articles/1001?depth=0')).json()) as { section: number; body: unknown };
  const story = await page.request.post('/api/articles', { data: { title: `شراكة مع ${name}`, summary: 'ملخص', edition: 'ar', section: seed.section, tags: ['الطاقة'], body: seed.body, publishedAt: new Date().toISOString(), _status: 'published' } });
  expect(story.status(), await story.text()).toBe(201);
  const { id } = ((await story.json()) as { doc: { id: number } }).doc;
  try {
    await page.goto('/admin/collections/latin-names/create');
    await expect(page.getByText(/إن لم يجد البحث شيئًا بما كتبه القارئ/)).toBeVisible();
    // A spelling in Latin letters is refused under its field, naming the line, in Arabic; nothing is saved.
    // Filled and saved again if no refusal shows: once in 17 CI runs none showed within 10 s of Save, for a
    // reason not found (no trace was kept). A refused save keeps nothing, so saving again is safe.
    await expect(async () => {
      await page.locator('#field-name').fill(name);
      await page.locator('#field-spellings').fill(`${spelling}\nNile`);
      await page.locator('#action-save').click();
      await expect(page.getByText('كل سطر تهجئة بحروف عربية كما يكتبها القارئ، مثل «سبيس إكس»؛ هذا السطر ليس كذلك: «Nile».')).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
    await page.locator('#field-spellings').fill(spelling);
    await page.locator('#action-save').click();
    await expect(page).toHaveURL(/\/latin-names\/\d+$/);

    await page.goto(`/search?q=${encodeURIComponent(spelling)}`);
    await expect(page.getByText(`لم نجد نتائج لـ«${spelling}»، فعرضنا نتائج «${name}».`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'نتائج البحث' }).getByRole('link')).toHaveAttribute('href', `/news/${id}`);
  } finally {
    const listed = (await (await page.request.get(`/api/latin-names?where[name][equals]=${name}&depth=0`)).json()) as { docs: { id: number }[] };
    for (const doc of listed.docs) await page.request.delete(`/api/latin-names/${doc.id}`);
    await page.request.delete(`/api/articles/${id}`);
  }
});

test('an editor uploading a file that is not a picture, or one too large, is told why, in Arabic', async ({ page }, testInfo) => {
  await logInToNewsroom(page);

  // Over the 40 MB limit: refused by the server before Payload reads it (lib/server/answers.ts). Handed to
  // the browser as a file on disk: a 41 MB buffer crosses Playwright's protocol in 25–40 s, a path at once.
  const tooLarge = testInfo.outputPath('كبيرة.jpg');
  await writeFile(tooLarge, Buffer.alloc(41 * 1024 * 1024, 0xff));
  const files = [
    { file: { name: 'بيان.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') }, says: '«بيان.pdf» ليس صورة سليمة بصيغة JPEG أو PNG أو WebP أو AVIF' },
    { file: tooLarge, says: 'حجم الملف أكبر من 40 ميغابايت' },
  ];
  for (const { file, says } of files) {
    await page.goto('/admin/collections/media/create');
    await page.locator('input[type=file]').setInputFiles(file);
    await page.locator('#field-alt').fill('ملف للتجربة');
    await page.locator('#action-save').click();
    // The notice names the field and says why (the form does not always keep the reason under the file).
    await expect(page.getByTestId('field-error').filter({ hasText: says })).toBeVisible();
    await expect(page.getByText('ملف الصورة:')).toBeVisible();
    await expect(page).toHaveURL(/\/media\/create/);
  }
});

test('a story saved in another tab after this one opened is not overwritten: the save is refused, saying when, and what was typed stays', async ({ page }) => {
  // Two tabs, four saves and a reload: 30–50 s alone, over the minute once under a clean clone's full run.
  test.setTimeout(150_000);
  await logInToNewsroom(page);
  const seed = (await (await page.request.get('/api/articles/1001?depth=0')).json()) as { section: number; body: unknown };
  const title = `خبر في نافذتين ${Date.now()}`;
  const created = await page.request.post('/api/articles?draft=true', { data: { title, summary: 'الملخص الأول', edition: 'ar', section: seed.section, body: seed.body, _status: 'draft' } });
  expect(created.status()).toBe(201);
  const { id } = ((await created.json()) as { doc: { id: number } }).doc;
  const latest = async () => (await (await page.request.get(`/api/articles/${id}?draft=true&depth=0`)).json()) as { title: string; summary: string };
  const other = await page.context().newPage();
  try {
    await page.goto(`/admin/collections/articles/${id}`);
    await other.goto(`/admin/collections/articles/${id}`);
    // The second tab starts on the summary while the story is as both opened it.
    await other.locator('#field-summary').fill('ملخص من النافذة الثانية');

    // The first tab fixes the headline and saves — twice: its own saves never make it stale.
    await page.locator('#field-title').fill(`${title} (مصحح)`);
    await page.locator('#action-save-draft').click();
    await expect.poll(async () => (await latest()).title).toBe(`${title} (مصحح)`);
    await page.locator('#field-title').fill(`${title} (مصحح مرتين)`);
    await page.locator('#action-save-draft').click();
    await expect.poll(async () => (await latest()).title).toBe(`${title} (مصحح مرتين)`);

    // The second tab's save would have put the old headline back: refused, saying why; its text stays.
    await other.locator('#action-save-draft').click();
    // Whole, in one notice (a colon in it would have split it into a "list of fields").
    await expect(other.getByText(/^حُفظ هذا في مكان آخر — في نافذة أخرى أو على يد زميل — قبل [^،]+، بعد أن فتحتَه هنا، فلم يُحفظ تعديلك كي لا يمحو ذلك الحفظ\. ما كتبتَه باقٍ أمامك؛ انسخه، ثم أعد تحميل الصفحة لترى أحدث نسخة وأضِفه إليها\.$/)).toBeVisible();
    await expect(other.locator('#field-summary')).toHaveValue('ملخص من النافذة الثانية');
    expect(await latest()).toMatchObject({ title: `${title} (مصحح مرتين)`, summary: 'الملخص الأول' });

    // Reloaded, it has the latest version, and its change saves.
    await other.reload();
    await expect(other.locator('#field-title')).toHaveValue(`${title} (مصحح مرتين)`);
    await other.locator('#field-summary').fill('ملخص من النافذة الثانية');
    await other.locator('#action-save-draft').click();
    await expect.poll(async () => (await latest()).summary).toBe('ملخص من النافذة الثانية');
    expect((await latest()).title).toBe(`${title} (مصحح مرتين)`);
  } finally {
    await other.close();
    await page.request.delete(`/api/articles/${id}`);
  }
});

test('an editor reverts a live story’s draft to what readers have: the draft is dropped, no “saved elsewhere”', async ({ page }) => {
  await logInToNewsroom(page);
  const seed = (await (await page.request.get('/api/articles/1001?depth=0')).json()) as { section: number; tags: number[]; body: unknown };
  const title = `خبر يعود إلى نصه المنشور ${Date.now()}`;
  const created = await page.request.post('/api/articles', { data: { title, summary: 'الملخص المنشور', edition: 'ar', section: seed.section, tags: seed.tags, body: seed.body, _status: 'published' } });
  expect([created.status(), await created.text()]).toEqual([201, expect.any(String)]);
  const { id } = ((await created.json()) as { doc: { id: number } }).doc;
  const latest = async () => (await (await page.request.get(`/api/articles/${id}?draft=true&depth=0`)).json()) as { title: string; _status: string };
  try {
    expect((await page.request.patch(`/api/articles/${id}?draft=true`, { data: { title: `${title} (مسودة)`, _status: 'draft' } })).status()).toBe(200);
    await page.goto(`/admin/collections/articles/${id}`);
    await expect(page.locator('#field-title')).toHaveValue(`${title} (مسودة)`);

    await page.locator('#action-revert-to-published').click();
    await page.getByRole('dialog').getByRole('button', { name: 'تأكيد' }).click();
    await expect.poll(latest).toMatchObject({ title, _status: 'published' });
    await expect(page.locator('#field-title')).toHaveValue(title);
    await expect(page.getByText(/حُفظ هذا في مكان آخر/)).toHaveCount(0);

    // Comparing its versions shows what the form shows: not the folded search key as a second
    // headline, nor who saved it by e-mail address.
    const { docs } = (await (await page.request.get(`/api/articles/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1&depth=0`)).json()) as { docs: { id: string }[] };
    await page.goto(`/admin/collections/articles/${id}/versions/${docs[0]!.id}`);
    const comparison = page.locator('main');
    await expect(comparison).toContainText(title);
    await expect(comparison.getByText('العنوان', { exact: true })).toHaveCount(1);
    await expect(comparison).not.toContainText('@alwafd.test');
  } finally {
    await page.request.delete(`/api/articles/${id}`);
  }
});

test('the sidebar says what readers get as soon as a story is published or taken down, without a reload', async ({ page }) => {
  await logInToNewsroom(page);
  const seed = (await (await page.request.get('/api/articles/1001?depth=0')).json()) as { section: number; tags: number[]; body: unknown };
  const created = await page.request.post('/api/articles?draft=true', { data: { title: `خبر تتبدل حاله ${Date.now()}`, summary: 'ملخص', edition: 'ar', section: seed.section, tags: seed.tags, body: seed.body, _status: 'draft' } });
  expect(created.status()).toBe(201);
  const { id } = ((await created.json()) as { doc: { id: number } }).doc;
  const readers = page.locator('.field-type.select').filter({ hasText: 'عند القراء' });
  try {
    await page.goto(`/admin/collections/articles/${id}`);
    await expect(readers).toContainText('لم يُنشر');
    await page.locator('#action-save').click();
    await expect(readers).toContainText('منشور للقراء');
    // Who started it and saved it last, by name (an editor may not read the accounts themselves).
    for (const label of ['أنشأه', 'آخر من حفظه']) await expect(page.locator('.field-type.text').filter({ hasText: label }).locator('input')).toHaveValue(/\S/);
    await expect(page.getByText(/بدون عنوان/)).toHaveCount(0);
    // Taken down from the form's menu: Payload's Unpublish resets the form from the data the page
    // opened with (cms/components/ReaderStateField asks the server again).
    await page.locator('.doc-controls__popup .doc-controls__dots').click();
    await page.locator('#action-unpublish').click();
    await page.getByRole('dialog').getByRole('button', { name: 'تأكيد' }).click();
    await expect(readers).toContainText('مسحوب من القراء');
    expect((await page.request.get(`/news/${id}`)).status()).toBe(410);
    // …and it holds: nothing the form does afterwards brings the old state back.
    await page.waitForTimeout(1_000);
    await expect(readers).toContainText('مسحوب من القراء');
  } finally {
    await page.request.delete(`/api/articles/${id}`);
  }
});

test('an editor deleting a section that still holds stories is told how many, in Arabic, and the section stays', async ({ page }) => {
  await logInToNewsroom(page);
  const { docs } = (await (await page.request.get('/api/sections?where[slug][equals]=economy&depth=0')).json()) as { docs: { id: number }[] };
  const id = docs[0]!.id;
  await page.goto(`/admin/collections/sections/${id}`);
  await page.locator('.doc-controls__dots').click();
  await page.locator('#action-delete').click();
  await page.locator('#confirm-action').click();
  // It said "An unknown error occurred." (cms/hooks/refusals-whole.ts).
  await expect(page.getByText(/^في هذا القسم \d+ من الأخبار: انقلها إلى قسم آخر قبل حذفه\.$/)).toBeVisible();
  expect((await page.request.get(`/api/sections/${id}`)).status()).toBe(200);
});

test('an editor saving a draft without a headline is told why in the notice, and no nameless draft is made', async ({ page }) => {
  await logInToNewsroom(page);
  await page.goto('/admin/collections/articles/create');
  await page.locator('#field-summary').fill('ملخص بلا عنوان');
  await page.locator('#action-save-draft').click();
  // After a refused draft save Payload shows no reason under a field: the notice is the only place it is said.
  await expect(page.getByTestId('field-error')).toHaveText(/^العنوان — اكتب عنوانًا للخبر قبل حفظه، ولو عنوانًا مؤقتًا/);
  await expect(page.getByText('لم تُحفظ المسودة:')).toBeVisible();
  // Still the new story's form, what was typed in it: a draft made would have opened at its number.
  await expect(page).toHaveURL(/\/articles\/create/);
  await expect(page.locator('#field-summary')).toHaveValue('ملخص بلا عنوان');
});

test('the story form’s buttons that make a section, a tag or a writer say which, in Arabic, to a screen reader too', async ({ page }) => {
  await logInToNewsroom(page);
  await page.goto('/admin/collections/articles/create');
  // The "+" beside each picker makes a new one of what it picks; its name is all a screen reader hears of it.
  for (const name of ['إنشاء قسم', 'إنشاء وسم', 'إنشاء كاتب']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  // None is named by a collection's names object instead of its words («أضف [object Object] جديد»).
  await expect(page.locator('[aria-label*="object"]')).toHaveCount(0);
});

test('the stories list’s sort buttons and columns are named in Arabic, to a screen reader too', async ({ page }) => {
  await logInToNewsroom(page);
  await page.goto('/admin/collections/articles');
  await expect(page.getByRole('button', { name: 'رتّب حسب العنوان تصاعدي', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'رتّب حسب أول نشر تنازلي', exact: true })).toHaveCount(0);
  await expect(page.locator('[aria-label*="object"]')).toHaveCount(0);
  // The columns an editor can add: named, and no search key among them ("Title Key", a second «العنوان»).
  const columns = page.locator('.list-controls__columns .pill');
  await expect(columns.filter({ hasText: 'أول نشر' })).toHaveCount(1);
  // Who started and last saved a story, each once and by name (the accounts' e-mails were offered under the same names too).
  await expect(columns.filter({ hasText: /^أنشأه$/ })).toHaveCount(1);
  await expect(columns.filter({ hasText: /^آخر من حفظه$/ })).toHaveCount(1);
  await expect(columns.filter({ hasText: /^العنوان$/ })).toHaveCount(1);
  await expect(columns.filter({ hasText: /[A-Za-z]{3,}/ })).toHaveCount(0);

  // The pictures list: the file's name, size and dimensions, not where the store keeps it ("Thumbnail URL", "_object Key").
  await page.goto('/admin/collections/media');
  await expect(page.locator('.list-controls__columns .pill').filter({ hasText: 'اسم الملفّ' })).toHaveCount(1);
  await expect(page.locator('.list-controls__columns .pill').filter({ hasText: /[A-Za-z]{3,}/ })).toHaveCount(0);
});

test.describe('an editor whose computer keeps another zone (New York)', () => {
  test.use({ timezoneId: 'America/New_York' });

  /** A draft of the seed story's text dated 08:00 UTC on 10 March 2026 — 10:00 in Cairo, 04:00 in New York (summer time there since 8 March) — opened in the admin. */
  async function openDraftDated(page: Page, title: string) {
    const seed = (await (await page.request.get('/api/articles/1001?depth=0')).json()) as { section: number; body: unknown };
    const created = await page.request.post('/api/articles?draft=true', {
      data: { title, summary: 'ملخص', edition: 'ar', section: seed.section, body: seed.body, _status: 'draft', publishedAt: '2026-03-10T08:00:00.000Z' },
    });
    expect(created.status()).toBe(201);
    const { id } = ((await created.json()) as { doc: { id: number } }).doc;
    await page.goto(`/admin/collections/articles/${id}`);
    const publication = page.locator('#field-publishedAt .react-datepicker__input-container input');
    await expect(publication).toHaveValue('10/03/2026 10:00');
    return { id, publication };
  }

  test('reads and sets a story’s times in Cairo’s time, as readers see them printed', async ({ page }) => {
    await logInToNewsroom(page);
    const title = `خبر مجدول من الخارج ${Date.now()}`;
    const { id, publication } = await openDraftDated(page, title);
    try {
      // The field says whose clock it is, and no zone picker stands beside it offering the one zone.
      await expect(page.locator('#field-publishedAt').locator('..')).toContainText('بتوقيت القاهرة');
      await expect(page.getByText('المنطقة الزمنية').filter({ visible: true })).toHaveCount(0);

      // Typed as Cairo's 09:30 on 12 March: 07:30 UTC, not New York's 09:30 (13:30 UTC).
      await publication.fill('12/03/2026 09:30');
      await publication.press('Enter');
      await page.locator('#action-save-draft').click();
      await expect
        .poll(async () => ((await (await page.request.get(`/api/articles/${id}?draft=true&depth=0`)).json()) as { publishedAt: string }).publishedAt)
        .toBe('2026-03-12T07:30:00.000Z');

      // The stories list shows it at Cairo's time too.
      await page.goto(`/admin/collections/articles?where[id][equals]=${id}`);
      await expect(page.getByRole('row').filter({ hasText: title })).toContainText('12/03/2026 09:30');
    } finally {
      await page.request.delete(`/api/articles/${id}`);
    }
  });

  test('reads a typed time day first, with or without zeros, and takes nothing that reads otherwise', async ({ page }) => {
    await logInToNewsroom(page);
    const { id, publication } = await openDraftDated(page, `خبر بتاريخ مكتوب ${Date.now()}`);
    try {
      // Read left to right, the day first, in the right-to-left form too (it showed «10:00 10/03/2026»).
      await expect(publication).toHaveCSS('direction', 'ltr');
      await publication.fill('1/4/2026 9:05');
      await publication.press('Enter');
      await expect(publication).toHaveValue('01/04/2026 09:05');
      // Each of these became another date (1 August 2027, 31 December 2026, 26 AD, 02:00): none is taken.
      for (const typed of ['08/01/27 10:00', '31/04/2026 10:00', '04/13/2026 09:30', '01/04/2026 25:00']) {
        await publication.fill(typed);
        await publication.press('Tab');
        await expect(publication, typed).toHaveValue('01/04/2026 09:05');
      }
      await page.locator('#action-save-draft').click();
      // 09:05 on 1 April in Cairo (UTC+2 until Egypt's summer time begins on 24 April).
      await expect
        .poll(async () => ((await (await page.request.get(`/api/articles/${id}?draft=true&depth=0`)).json()) as { publishedAt: string }).publishedAt)
        .toBe('2026-04-01T07:05:00.000Z');
      // A number with its sign: the Hijri calendar's −1 showed as «1-».
      await page.goto('/admin/globals/hijri');
      const offset = page.locator('#field-offsets__0__days');
      await expect(offset).toHaveValue('-1');
      await expect(offset).toHaveCSS('direction', 'ltr');
    } finally {
      await page.request.delete(`/api/articles/${id}`);
    }
  });

  test('reads and picks a masthead term’s first day in Cairo’s calendar', async ({ page }) => {
    await logInToNewsroom(page);
    type Term = { effectiveFrom?: string | null; entries: { role: object; name: object }[] };
    const original = ((await (await page.request.get('/api/globals/masthead')).json()) as { terms: Term[] }).terms;
    const plain = (terms: Term[]) => terms.map(({ effectiveFrom, entries }) => ({ effectiveFrom: effectiveFrom ?? null, entries: entries.map(({ role, name }) => ({ role, name })) }));
    const later = { role: { ar: 'رئيس التحرير', en: 'Editor-in-Chief' }, name: { ar: 'اسم من يوم في القاهرة', en: 'Cairo Day Name' } };
    // From 8 December 2026 in Cairo: 22:00 UTC on the 7th, 17:00 on the 7th in New York.
    const saved = await page.request.post('/api/globals/masthead', { data: { terms: [...plain(original), { effectiveFrom: '2026-12-07T22:00:00.000Z', entries: [later] }] } });
    expect(saved.status()).toBe(200);
    const day = page.locator(`#field-terms__${original.length}__effectiveFrom .react-datepicker__input-container input`);
    try {
      await page.goto('/admin/globals/masthead');
      await expect(day).toHaveValue('08/12/2026');
      // Picking 10 December makes the term start at Cairo's midnight that day, not New York's noon.
      await day.fill('10/12/2026');
      await day.press('Enter');
      await page.locator('#action-save').click();
      await expect
        .poll(async () => ((await (await page.request.get('/api/globals/masthead')).json()) as { terms: Term[] }).terms.at(-1)?.effectiveFrom)
        .toBe('2026-12-09T22:00:00.000Z');
      await page.reload();
      await expect(day).toHaveValue('10/12/2026');
    } finally {
      await page.request.post('/api/globals/masthead', { data: { terms: plain(original) } });
    }
  });
});
