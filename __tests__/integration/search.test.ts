/**
 * Search against the real server and database: stories created through the CMS's REST API are
 * found at once, by every spelling of their words, ranked as the page promises; the database's
 * functions read text exactly as the TypeScript mirror does; the page works without JavaScript,
 * stays out of search engines, refuses a long query politely, and no flood of queries leaves files
 * behind in the build folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { bodyText } from '@/lib/content/body';
import { lexicalToBlocks } from '@/lib/content/lexical';
import { MemorySource } from '@/lib/content/memory-source';
import { PostgresSource } from '@/lib/content/postgres-source';
import { headlineKey } from '@/cms/headline-key';
import { seatless, stem, words } from '@/lib/search/normalize';
import { ADMIN, api, body, login, sectionId } from './newsroom-api';
import { serverMemory } from './process-memory';
import { raw } from './raw-http';
import { BASE_URL } from './server';

const DIST = path.resolve(__dirname, '../..', process.env.NEXT_DIST_DIR ?? '.next-test');

/**
 * A word no other story contains, made fresh for each run from Arabic letters: every query below
 * carries it, so the results are exactly this file's stories, whatever else the database holds.
 */
const MARK = `زمرد${[...String(Date.now())].map((d) => 'ابتثجحخدذر'[Number(d)]).join('')}`;

let token = '';
let news = 0;
const created: number[] = [];
const ids: Record<string, number> = {};

async function publish(key: string, story: { title: string; summary?: string; text?: string; edition?: 'ar' | 'en'; hoursAgo: number }) {
  const answer = await api<{ doc?: { id: number } }>(
    'POST',
    '/api/articles',
    {
      title: story.title,
      summary: story.summary ?? `ملخص الخبر ${MARK}`,
      body: body(story.text ?? `نص الخبر ${MARK}.`, 'فقرة ثانية.'),
      edition: story.edition ?? 'ar',
      section: news,
      tags: [story.edition === 'en' ? 'search test' : 'اختبار البحث'],
      publishedAt: new Date(Date.now() - story.hoursAgo * 3_600_000).toISOString(),
      _status: 'published',
    },
    token,
  );
  if (answer.status !== 201 || !answer.json.doc) throw new Error(`publish ${key}: ${answer.status} ${JSON.stringify(answer.json)}`);
  created.push(answer.json.doc.id);
  ids[key] = answer.json.doc.id;
}

beforeAll(async () => {
  if (!ADMIN.email) throw new Error('ADMIN_EMAIL/ADMIN_PASSWORD: run through npm run test:integration');
  token = await login(ADMIN.email, ADMIN.password);
  news = await sectionId('news');
  // Each spelling in a story of its own, so two spellings finding the same stories proves they are one.
  await publish('school', { title: `وزير التربية يزور المدرسة الجديدة ${MARK}`, hoursAgo: 30 });
  await publish('school2', { title: `افتتاح فصول ${MARK}`, text: `بدأ العام في المدرسه الثانوية ${MARK}.`, hoursAgo: 29 });
  await publish('mostafa', { title: `لقاء مع مصطفى ${MARK}`, hoursAgo: 28 });
  await publish('mostafa2', { title: `حوار ${MARK}`, text: `قال مصطفي إن المشروع يتقدم ${MARK}.`, hoursAgo: 27 });
  await publish('mostafa3', { title: `تصريح ${MARK}`, text: `أكد مُصْطَفَى أن الخطة جاهزة ${MARK}.`, hoursAgo: 26 });
  await publish('elections', { title: `موعد الانتخابات البرلمانية ${MARK}`, hoursAgo: 25 });
  await publish('elections2', { title: `استعدادات ${MARK}`, text: `تجري الاستعدادات والانتخابات المحلية ${MARK}.`, hoursAgo: 24 });
  await publish('ahmad', { title: `أحمد يفوز بالجائزة ${MARK}`, hoursAgo: 23 });
  await publish('ahmad2', { title: `جائزة ${MARK}`, text: `فاز احمد بالمركز الأول ${MARK}.`, hoursAgo: 22 });
  await publish('ahmad3', { title: `نتيجة ${MARK}`, text: `هنأ الجميع إحمد على الفوز ${MARK}.`, hoursAgo: 21 });
  await publish('year', { title: `خطة عام ٢٠٢٦ ${MARK}`, hoursAgo: 20 });
  await publish('year2', { title: `موازنة ${MARK}`, text: `تبدأ الموازنة في 2026 ${MARK}.`, hoursAgo: 19 });
  // Ranking: an older headline match before newer body and stem-only matches; a name before its stem.
  await publish('badawi', { title: `حوار مع الدكتور البدوي ${MARK}`, hoursAgo: 40 });
  await publish('bedouins', { title: `مهرجان في سيناء ${MARK}`, text: `احتفل البدو بالحصاد ${MARK}.`, hoursAgo: 2 });
  await publish('badawiBody', { title: `ندوة ${MARK}`, text: `تحدث البدوي عن التنمية ${MARK}.`, hoursAgo: 3 });
  await publish('town', { title: `مهرجان شبراخيت للفنون ${MARK}`, hoursAgo: 5 });
  // A short word no other story has (five letters), for what a respelling may and may not make of it.
  await publish('coined', { title: `ندوة عن ظغثذخ ${MARK}`, hoursAgo: 6 });
  await publish('egypt', { title: `وفد برلماني يزور مصر ${MARK}`, hoursAgo: 7 });
  // A compound name, apart in one story and joined in another; a city written apart.
  await publish('apart', { title: `الرئيس عبد الفتاح يفتتح المشروع ${MARK}`, hoursAgo: 13 });
  await publish('joined', { title: `لقاء ${MARK}`, text: `استقبل عبدالفتاح الوفد ${MARK}.`, hoursAgo: 14 });
  await publish('abuDhabi', { title: `معرض في أبو ظبي ${MARK}`, hoursAgo: 15 });
  await publish('energy', { title: `أسعار الطاقة ترتفع ${MARK}`, hoursAgo: 8 });
  // Egyptian papers' spelling of the hamza (مسئولية), where a reader types the standard one (مسؤولية).
  await publish('duty', { title: `لجنة ${MARK}`, text: `تتحمل الحكومة مسئولية الإصلاح ${MARK}.`, hoursAgo: 9 });
  // Words a reader may paste from a Qur'an app in Uthmani spelling (U+06E1 for the sukun, small
  // waw, small high meem), written here the ordinary way; and a verse quoted in that spelling.
  await publish('data', { title: `الوزارة تنشر البيانات الرسمية ${MARK}`, hoursAgo: 10 });
  await publish('praise', { title: `خطبة الجمعة عن داود ${MARK}`, text: `بدأ الخطيب بقوله الحمد لله، وذكر داود، ثم ينبوعا في الصحراء، وختم بأن الله سميع عليم ${MARK}.`, hoursAgo: 11 });
  await publish('verse', { title: `آية اليوم ${MARK}`, text: `قال تعالى: ٱلۡحَمۡدُ لِلَّهِ رَبِّ ٱلۡعَٰلَمِينَ ۝٢ ${MARK}.`, hoursAgo: 12 });
  await publish('english', { title: `Schools reopen in Cairo ${MARK}`, summary: `The school year starts ${MARK}`, text: `Every school opens ${MARK}.`, edition: 'en', hoursAgo: 4 });
});

afterAll(async () => {
  for (const id of created.reverse()) await api('DELETE', `/api/articles/${id}`, undefined, token);
});

async function page(pathAndQuery: string) {
  const response = await fetch(`${BASE_URL}${pathAndQuery}`, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

const searchUrl = (q: string, edition: 'ar' | 'en' = 'ar', extra = '') => `${edition === 'en' ? '/en' : ''}/search?q=${encodeURIComponent(q)}${extra}`;

/** The stories a results page lists, in order (only inside its results list, not the header's links). */
async function found(q: string, edition: 'ar' | 'en' = 'ar'): Promise<number[]> {
  const { status, html } = await page(searchUrl(q, edition));
  expect(status).toBe(200);
  const list = /<ol aria-label="(?:نتائج البحث|Search results)"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/href="(?:\/en)?\/news\/(\d+)"/g)].map((m) => Number(m[1]));
}

describe('spellings that differ only by the rules of issue 11 find the same stories', () => {
  it.each([
    ['المدرسة', 'المدرسه', ['school', 'school2']],
    ['مصطفى', 'مصطفي', ['mostafa', 'mostafa2', 'mostafa3']],
    ['مُصْطَفَى', 'مصطفى', ['mostafa', 'mostafa2', 'mostafa3']],
    ['الانتخابات', 'والانتخابات', ['elections', 'elections2']],
    ['أحمد', 'احمد', ['ahmad', 'ahmad2', 'ahmad3']],
    ['إحمد', 'أحمد', ['ahmad', 'ahmad2', 'ahmad3']],
    ['٢٠٢٦', '2026', ['year', 'year2']],
    // Uthmani marks (Qur'an apps): U+06E1 for the sukun, small waw U+06E5, small high meem U+06E2 —
    // each inside the word, where it cut it in two — the story written with them found by the plain
    // word, and the other way.
    ['ٱلۡبَيَانَاتِ', 'ٱلْبَيَانَاتِ', ['data']],
    ['ٱلۡبَيَانَاتِ', 'البيانات', ['data']],
    ['الۡطاقة', 'الطاقة', ['energy']],
    ['ٱلۡحَمۡدُ لِلَّهِ', 'الحمد لله', ['praise', 'verse']],
    ['دَاوُۥدَ', 'داود', ['praise']],
    ['يَنۢبُوعًا', 'ينبوعا', ['praise']],
  ])('%s = %s', async (a, b, keys) => {
    const [first, second] = await Promise.all([found(`${MARK} ${a}`), found(`${MARK} ${b}`)]);
    expect(second).toEqual(first);
    expect([...first].sort()).toEqual(keys.map((key) => ids[key]!).sort());
  });
});

describe('the hamza on another seat (Egyptian مسئولية, standard مسؤولية)', () => {
  it('finds the story that spells it the Egyptian way, by its stem', async () => {
    expect(await found(`${MARK} مسؤولية`)).toEqual([ids.duty]);
    expect(await found(`${MARK} مسئولية`)).toEqual([ids.duty]);
  });
});

describe('a conjunction joined to a word (و, وبال, ولل)', () => {
  it('finds the stories about the word itself, after any that spell it so', async () => {
    expect(await found(`${MARK} ومصر`)).toEqual([ids.egypt]);
    expect(await found(`${MARK} وبالطاقة`)).toEqual([ids.energy]);
  });
});

describe('ranking', () => {
  it('finds a name whole: البدوي in a headline, then in a body, then the newer story about البدو (its stem) last', async () => {
    expect(await found(`${MARK} البدوي`)).toEqual([ids.badawi, ids.badawiBody, ids.bedouins]);
  });

  it('marks the matched words, escaped, in the headline', async () => {
    const { html } = await page(searchUrl(`${MARK} المدرسه`));
    expect(html).toContain('<mark>المدرسة</mark>');
  });

  it('marks the word as the headline writes it for a query pasted in Uthmani spelling (small waw U+06E5)', async () => {
    const { html } = await page(searchUrl(`${MARK} دَاوُۥدَ`));
    expect(html).toContain('<mark>داود</mark>');
  });
});

describe('a compound name, written joined or apart', () => {
  it('is found however the story writes it and however the reader types it: «عبد الفتاح» is «عبدالفتاح»', async () => {
    for (const typed of ['عبد الفتاح', 'عبدالفتاح', 'وعبدالفتاح']) {
      expect(await found(`${typed} ${MARK}`)).toEqual(expect.arrayContaining([ids.apart, ids.joined]));
    }
    expect(await found(`أبوظبي ${MARK}`)).toEqual([ids.abuDhabi]);
    // Marked whole in a headline that writes it apart.
    expect((await page(searchUrl(`عبدالفتاح ${MARK}`))).html).toMatch(/<mark>عبد<\/mark> <mark>الفتاح<\/mark>/);
  });
});

describe('a misspelled query that finds nothing', () => {
  it('is respelled with the nearest word a story has (trigrams), and says so', async () => {
    const { html } = await page(searchUrl('شبراخيط'));
    expect(html).toContain('فعرضنا نتائج «<bdi dir="rtl">شبراخيت</bdi>»');
    expect(await found('شبراخيط')).toContain(ids.town);
  });

  it('is respelled only as a typist could have slipped: one letter in a short word, never a word that merely shares trigrams', async () => {
    expect((await page(searchUrl('ظغثذ'))).html).toContain('فعرضنا نتائج «<bdi dir="rtl">ظغثذخ</bdi>»');
    // Two letters changed in five: pg_trgm still calls it alike (0.33), a reader would not.
    const { html } = await page(searchUrl('ظغثضص'));
    expect(html).not.toContain('فعرضنا');
    expect(await found('ظغثضص')).toEqual([]);
  });

  it('is respelled when two letters are swapped, though the swap leaves too few trigrams for pg_trgm to call it alike', async () => {
    const { html } = await page(searchUrl('ظثغذخ'));
    expect(html).toContain('فعرضنا نتائج «<bdi dir="rtl">ظغثذخ</bdi>»');
    expect(await found('ظثغذخ')).toContain(ids.coined);
  });

  it('becomes, of two words one slip away, the one a typist could have meant: "spacx" is SpaceX, not space (x is nowhere near e)', async () => {
    const { html } = await page(searchUrl('spacx', 'en'));
    // Typed in lower case, answered in lower case (lib/search/spelling).
    expect(html).toContain('so these are the results for “<bdi>spacex</bdi>”');
    expect(await found('spacx', 'en')).toEqual(expect.arrayContaining([1010, 1017]));
  });

  it('is never a year respelled as another: 2027 is not a slip of 2026, whichever digits are typed', async () => {
    for (const year of ['2027', '٢٠٢٧']) {
      const { html } = await page(searchUrl(`${year} ${MARK}`));
      expect(html).not.toContain('فعرضنا');
      expect(await found(`${year} ${MARK}`)).toEqual([]);
    }
  });

  it('becomes, of two equally close words, the one the news uses: "data center" is the data centres, not "enter"', async () => {
    const { html } = await page(searchUrl('data center', 'en'));
    // (Named as "the closest words": no headline or summary writes "centre" in the singular.)
    expect(html).toContain('so these are the results for the closest words');
    expect(html).not.toContain('data enter');
    expect(await found('data center', 'en')).toEqual(expect.arrayContaining([1010, 1012, 1016, 1017]));
  });
});

describe('a name the stories write in Latin letters, typed in Arabic letters', () => {
  type Refusal = { errors: { data?: { errors?: { path: string; message: string }[] } }[] };
  const refusedFields = (answer: { json: Refusal }) => answer.json.errors.flatMap((e) => e.data?.errors ?? []);
  /** A word no story has, made fresh like MARK: what a reader types for this file's own name. */
  const spelling = `كوكب${[...String(Date.now())].map((d) => 'سشصضطظعغفق'[Number(d)]).join('')}`;
  const latin = `Zenith${Date.now()}`;
  let nameId: number | undefined;

  afterAll(async () => {
    if (nameId !== undefined) await api('DELETE', `/api/latin-names/${nameId}`, undefined, token);
  });

  it('is found by the spellings the newsroom listed (content/newsroom.json): «سبيس إكس» is the seed story’s SpaceX, and the page says so', async () => {
    const { html } = await page(searchUrl('سبيس إكس'));
    expect(html).toMatch(/لم نجد نتائج لـ«<bdi[^>]*>سبيس إكس<\/bdi>»، فعرضنا نتائج «<bdi[^>]*>SpaceX<\/bdi>»/);
    expect(html).toMatch(/<mark>(<span lang="en">)?SpaceX(<\/span>)?<\/mark> تخطط للاكتتاب العام/);
    expect(await found('سبيس إكس')).toContain(1001);
    // A name the stories write only in their text, with the reader's other words: named as the newsroom writes it.
    expect(await found('وول ستريت جورنال مراكز البيانات')).toContain(1001);
    expect((await page(searchUrl('وول ستريت جورنال'))).html).toMatch(/فعرضنا نتائج «<bdi[^>]*>Wall Street Journal<\/bdi>»/);
    // The other sample stories' names: Starlink (small satellites), and the VAR Egyptian readers call «الفار».
    expect(await found('ستارلينك')).toContain(1008);
    expect(await found('تقنية الفار')).toContain(1004);
  });

  it('holds from the next search after an editor lists it, and stops when it is deleted: nothing cached, no story indexed again', async () => {
    await publish('latin', { title: `شراكة جديدة مع ${latin} ${MARK}`, hoursAgo: 1 });
    expect(await found(spelling)).toEqual([]);
    const made = await api<{ doc?: { id: number } }>('POST', '/api/latin-names', { name: latin, spellings: `${spelling}\n${spelling}ه` }, token);
    expect(made.status).toBe(201);
    nameId = made.json.doc!.id;
    expect(await found(spelling)).toEqual([ids.latin]);
    expect(await found(`${spelling} شراكة`)).toEqual([ids.latin]);
    expect((await api('DELETE', `/api/latin-names/${nameId}`, undefined, token)).status).toBe(200);
    nameId = undefined;
    expect(await found(spelling)).toEqual([]);
  });

  it('refuses a name without Latin letters, and a spelling that is not in Arabic letters or searches for nothing, naming the field and the line', async () => {
    const arabicName = await api<Refusal>('POST', '/api/latin-names', { name: 'سبيس', spellings: 'سبيس إكس' }, token);
    expect(arabicName.status).toBe(400);
    expect(refusedFields(arabicName)).toEqual([expect.objectContaining({ path: 'name', message: expect.stringContaining('بحروف لاتينية') })]);
    const latinSpelling = await api<Refusal>('POST', '/api/latin-names', { name: latin, spellings: 'سبيس إكس\nSpace X' }, token);
    expect(latinSpelling.status).toBe(400);
    expect(refusedFields(latinSpelling)).toEqual([expect.objectContaining({ path: 'spellings', message: expect.stringContaining('«Space X»') })]);
    const nothing = await api<Refusal>('POST', '/api/latin-names', { name: latin, spellings: 'في من' }, token);
    expect(refusedFields(nothing)).toEqual([expect.objectContaining({ path: 'spellings', message: expect.stringContaining('لا يبحث عن شيء') })]);
    // Nothing was stored.
    const listed = await api<{ docs: unknown[] }>('GET', `/api/latin-names?where[name][equals]=${latin}`, undefined, token);
    expect(listed.json.docs).toEqual([]);
  });
});

describe('the page itself', () => {
  it('is complete without JavaScript: the results are in the HTML the server sends', async () => {
    const { html } = await page(searchUrl(MARK));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl"/);
    expect(await found(MARK)).toHaveLength(20);
    expect(await found(MARK, 'en')).toEqual([ids.english]);
  });

  it('is kept out of search engines by header and meta, and out of shared caches', async () => {
    for (const target of ['/search', searchUrl(MARK), searchUrl('x', 'en')]) {
      const { status, headers, html } = await page(target);
      expect(status).toBe(200);
      expect(headers.get('x-robots-tag')).toBe('noindex, follow');
      expect(html).toContain('<meta name="robots" content="noindex, follow"/>');
      expect(headers.get('cache-control')).not.toMatch(/s-maxage|public/);
    }
  });

  it('has a search form in the header of every page, a plain GET to /search', async () => {
    for (const [target, action] of [['/', '/search'], ['/en', '/en/search'], ['/news/1001', '/search']] as const) {
      const { html } = await page(target);
      const header = /<header>[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
      const form = /<form [^>]*>/.exec(header)?.[0] ?? '';
      for (const attribute of ['role="search"', `action="${action}"`, 'method="get"', 'aria-label="']) expect(form).toContain(attribute);
      expect(header).toMatch(/<input [^>]*name="q"/);
    }
  });

  it.each([
    ['ar', 'عبارة البحث طويلة'],
    ['en', 'Search too long'],
  ] as const)('refuses a 1,000-character query politely, in the reader’s edition (%s)', async (edition, title) => {
    const { status, html } = await page(searchUrl('م'.repeat(1000), edition));
    expect([200, 400]).toContain(status);
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${edition}"`));
    expect(html).toContain(title);
  });

  it('answers an empty or junk query with a clear page, not an error', async () => {
    for (const q of ['', '   ', '!!!', '😀😀', '\u202E\u202C', 'في من إلى', '%%%', '<script>alert(1)</script>']) {
      const { status, html } = await page(searchUrl(q));
      expect([q, status]).toEqual([q, 200]);
      expect(html).not.toContain('<script>alert(1)</script>');
    }
  });
});

/** A connection of the describe block's own to the database, opened before its tests and closed after them. */
function connectedClient(): () => pg.Client {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
  });
  afterAll(() => client.end());
  return () => client;
}

describe('the database and the TypeScript mirror read text alike', () => {
  const db = connectedClient();

  const corpus = [
    'المدرسة المدرسه مصطفى مصطفي الانتخابات والانتخابات للانتخابات بالانتخابات كالانتخابات فالانتخابات',
    'أحمد احمد إحمد آمال ٱلله مؤتمر رئيس البدوي البدو والدة الله لله اللغة',
    'مُحَمَّدٌ هٰذا ـــمـــصـــر ﻻ ﺍﻟﻤﺪﺭﺳﺔ Ｃａｉｒｏ ﬁle',
    '٢٠٢٦ ۱۴۰۵ २०२६ ২০২৬ ๒๐๒๖ ２０２６ 𝟚𝟘𝟚𝟞 ٣.٥٪',
    'في من على إلى هذا و ب the of a 5 ' + 'ب'.repeat(61),
    'القاهرة،الجيزة؛أسوان؟ Cairo-Giza "SpaceX" e-mail test@example.com https://x.example/a?b=c',
    'cities horses cars gas bus glass heroes babies aies news egypt’s Egypt\'s',
    'مصريين مصرية المصري كتابها مدرستها مدرسته انتخابات ها بها',
    'ومصر وبالطاقة وكالعادة وفالقرار وللمرة وطن وزيرة وو واو',
    'مسئولية مسؤولية شئون شؤون رئيس تساؤلات تساءلات هؤلاء ﺋ',
    'Ünïcödé naïve café Ærø straße İstanbul',
    // Compound names apart and joined, with و, at the end, before a number or Latin word, chained, and
    // words that only begin like one (أبوها عبده أبواب).
    'عبد الفتاح عبدالفتاح وعبد الله وأبوظبي أبو ظبي ابو عبد الرحمن عبد 2026 أبو SpaceX أبوها عبده أبواب عبدالله. عبد',
    'ی ک فارسی‌ها',
    // Uthmani spelling: the marks go, the end of ayah, rub el hizb and place of sajdah separate words.
    'ٱلۡبَيَانَاتِ ٱلۡحَمۡدُ لِلَّهِ دَاوُۥدَ قَالُوا۟ سَمِيعُۢ بَصِيرٞ عَلِيمٍۭ ۝٢ الحمد\u06dd٢ مصر\u06deسوريا\u06e9ليبيا',
    // Every mark the fold drops or keeps as a separator — the tatweel, U+064B–U+065F, the superscript
    // alef U+0670, U+06D6–U+06ED — inside a word.
    [0x640, ...Array.from({ length: 0x6ed - 0x64b + 1 }, (_, i) => 0x64b + i).filter((code) => code <= 0x65f || code >= 0x6d6), 0x670]
      .map((code) => `مص${String.fromCharCode(code)}ر`)
      .join(' '),
    // The King Fahd Complex's text: open tanween, and every mark of the extended blocks — U+0897–U+08FF
    // but their letters (U+08A0–U+08C9) — inside a word; U+08E2 between words.
    'وَكَانَ ٱللَّهُ عَلِيمًا حَكِيمࣰا سَمِيعࣱ بَصِيرࣲ الحمد\u08e2٢',
    Array.from({ length: 0x8ff - 0x897 + 1 }, (_, i) => 0x897 + i)
      .filter((code) => code < 0x8a0 || code > 0x8c9)
      .map((code) => `مص${String.fromCharCode(code)}ر`)
      .join(' '),
  ];

  it('folds, splits and stems a corpus of tricky text to the same terms', async () => {
    const { rows } = await db().query<{ text: string; words: string; stems: string; seatless: string }>(
      `SELECT t AS text, alwafd_search_words(t) AS words, alwafd_search_stems(alwafd_search_words(t)) AS stems,
              alwafd_search_words(alwafd_search_seatless(t)) AS seatless FROM unnest($1::text[]) AS t`,
      [corpus],
    );
    for (const row of rows) {
      const mirror = words(row.text);
      expect({ text: row.text, words: row.words, stems: row.stems, seatless: row.seatless }).toEqual({
        text: row.text,
        words: mirror.join(' '),
        stems: mirror.map(stem).join(' '),
        seatless: words(seatless(row.text)).join(' '),
      });
    }
  });

  it('keys a headline for the newsroom’s search as cms/headline-key does (the list folds what an editor types with it)', async () => {
    const { rows } = await db().query<{ text: string; key: string }>(`SELECT t AS text, alwafd_headline_key(t) AS key FROM unnest($1::text[]) AS t`, [corpus]);
    expect(rows.map((row) => ({ text: row.text, key: row.key }))).toEqual(corpus.map((text) => ({ text, key: headlineKey(text) })));
  });

  it('reads the stories as published (the sample content and this file’s) to the same terms', async () => {
    const { rows } = await db().query<{ id: number; title: string; summary: string; body: unknown; words: string }>(
      `SELECT id, title, summary, body, alwafd_search_words(concat_ws(' ', title, summary, alwafd_search_body(body))) AS words
       FROM articles WHERE id = ANY($1::int[]) OR id BETWEEN 1001 AND 1010`,
      [created],
    );
    expect(rows.length).toBeGreaterThanOrEqual(created.length);
    for (const row of rows) {
      const mirror = words([row.title, row.summary, bodyText(lexicalToBlocks(row.body))].join(' '));
      expect([row.id, row.words]).toEqual([row.id, mirror.join(' ')]);
    }
  });
});

describe('a change to the search rules reaches the stories already written, without a long migration', () => {
  const db = connectedClient();

  it('indexes every story as it is written under the current rules', async () => {
    const { rows } = await db().query<{ current: boolean }>('SELECT rules = alwafd_search_rules() AS current FROM article_search WHERE article_id = ANY($1::int[])', [created]);
    expect(rows.map((row) => row.current)).toEqual(created.map(() => true));
  });

  it('is raised by a rule change above every generation a row holds, so that each row is stale (rolled back)', async () => {
    await db().query('BEGIN');
    try {
      const { rows: before } = await db().query<{ current: number; highest: number }>('SELECT alwafd_search_rules() AS current, max(rules) AS highest FROM article_search');
      // A row from a generation later undone (a migration's down, then its up again) must not be left behind.
      await db().query('UPDATE article_search SET rules = $2 WHERE article_id = $1', [ids.duty, before[0]!.current + 5]);
      const { rows } = await db().query<{ raised: number }>('SELECT alwafd_search_raise_rules() AS raised');
      expect(rows).toEqual([{ raised: before[0]!.current + 6 }]);
      const { rows: stale } = await db().query<{ current: number; fresh: string }>('SELECT alwafd_search_rules() AS current, count(*) FILTER (WHERE rules >= alwafd_search_rules()) AS fresh FROM article_search');
      expect(stale).toEqual([{ current: before[0]!.current + 6, fresh: '0' }]);
    } finally {
      await db().query('ROLLBACK');
    }
  });

  it('brings a row computed under older rules up to date on the publishing clock, and the story is found again', async () => {
    // The row as the rules before the hamza's seat left it (its stems read ئ as ي), marked as such:
    // what every row of an archive holds right after a migration raises the rules' generation.
    const { rows } = await db().query<{ matches: boolean }>(
      `UPDATE article_search SET stems = alwafd_search_vector(alwafd_search_stems(array_to_string(tsvector_to_array(words), ' '))),
              rules = alwafd_search_rules() - 1
       WHERE article_id = $1
       RETURNING stems @@ alwafd_search_query(alwafd_search_stems(alwafd_search_words(alwafd_search_seatless('مسؤولية')))) AS matches`,
      [ids.duty],
    );
    // Under those rules the standard spelling does not reach the Egyptian one.
    expect(rows).toEqual([{ matches: false }]);
    // The clock (every 3 s in these tests) computes it again; the reader's search finds it once more.
    let shown: number[] = [];
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 500))) {
      shown = await found(`${MARK} مسؤولية`);
      if (shown.length) break;
    }
    expect(shown).toEqual([ids.duty]);
    const { rows: after } = await db().query<{ current: boolean }>('SELECT rules = alwafd_search_rules() AS current FROM article_search WHERE article_id = $1', [ids.duty]);
    expect(after).toEqual([{ current: true }]);
  }, 30_000);
});

describe('the in-memory source answers as the database does', () => {
  it('ranks the sample stories alike (the database’s other stories left out: a story’s rank never depends on the others)', async () => {
    const database = new PostgresSource();
    // The sample stories as the database holds them, served from memory.
    const articles = (await Promise.all(Array.from({ length: 10 }, (_, i) => database.article(1001 + i)))).filter((a) => a !== undefined);
    expect(articles).toHaveLength(10);
    const memory = new MemorySource({ articles, sections: await database.sections(), masthead: [] });
    const sample = (id: number) => id >= 1001 && id <= 1010;
    const queries = [['ar', 'البيانات'], ['ar', 'الذكاء'], ['ar', 'مصر'], ['ar', 'ومصر'], ['ar', 'وبالطاقة'], ['ar', 'الطاقة الشمسية'], ['ar', 'كرة القدم'], ['ar', 'الفضاء'], ['ar', '2027'], ['en', 'space'], ['en', 'data centres']] as const;
    for (const [locale, q] of queries) {
      const [stored, held] = await Promise.all([database.search(locale, q, 1, 50), memory.search(locale, q, 1, 50)]);
      expect([q, stored.items.map((a) => a.id).filter(sample)]).toEqual([q, held.items.map((a) => a.id)]);
    }
  });
});

describe('a flood of queries', () => {
  function countFiles(dir: string): number {
    let count = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) count += entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1;
    return count;
  }

  /** `n` different queries of every kind: words, junk, emoji, long, both editions, later pages. */
  function queries(n: number, salt: string): string[] {
    const shapes = [
      (i: number) => searchUrl(`مصر ${salt}${i}`),
      (i: number) => searchUrl(`${'!؟'.repeat(i % 7)}${salt}${i}😀`),
      (i: number) => searchUrl(`cairo ${salt} ${i}`, 'en'),
      (i: number) => searchUrl(`${salt}${i}`, 'ar', `&page=${(i % 60) + 1}`),
      (i: number) => searchUrl(`${'x'.repeat(300)}${salt}${i}`),
    ];
    return Array.from({ length: n }, (_, i) => shapes[i % shapes.length]!(i));
  }

  async function askAll(paths: readonly string[]) {
    for (let i = 0; i < paths.length; i += 8) {
      const answers = await Promise.all(paths.slice(i, i + 8).map((p) => raw({ path: p })));
      for (const answer of answers) expect(answer.status).toBe(200);
    }
  }

  it('leaves no files in the build folder (page or data cache) and no memory that stays', async () => {
    const filesBefore = countFiles(DIST);
    // Warm up: the server's bounded caches (Next's, the driver's, the finished pages' 32 MB) fill to
    // their working size. Measured: memory grows for the first 2,000 or so different queries, then
    // by a few MB per thousand (the garbage collector's pace) — 417 → 440 MB from 2,400 to 7,200.
    await askAll(queries(2400, 'warm'));
    const memory = [serverMemory()];
    for (const batch of ['first', 'second']) {
      await askAll(queries(800, batch));
      memory.push(serverMemory());
    }
    // Rendered per request: not one page or data-cache file for any of them.
    expect(countFiles(DIST) - filesBefore).toBe(0);
    if (memory.every((m) => m !== undefined)) {
      const mb = (memory as number[]).map((m) => Math.round(m / 1048576));
      console.log(`search queries: server memory after 2,400, then 800 and 800 more different ones: ${mb.join(' → ')} MB`);
      // A page or data-cache copy kept per query costs ≈ 0.2 MB (the junk-URL failure: 320 MB for
      // 1,600), in every batch alike; the heap stepping up to a new size happens in one batch (+120 MB
      // in one clean-clone run: 459 → 473 → 593 MB; 456 → 474 → 468 in the run before). So the
      // smaller of the two batches' growth must stay under 40 MB: under 50 KB per query.
      expect(Math.min(mb[1]! - mb[0]!, mb[2]! - mb[1]!)).toBeLessThan(40);
    }
  }, 420_000);
});
