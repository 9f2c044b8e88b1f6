/** Every kind of page a reader can land on, in both editions, with what proves it is that page. */
export interface PageUnderTest {
  name: string;
  path: string;
  status: number;
  h1: string | RegExp;
}

const ARABIC_TAG = 'الذكاء الاصطناعي';

export const PAGES: PageUnderTest[] = [
  { name: 'home (ar)', path: '/', status: 200, h1: 'الوفد: أخبار مصر والعالم' },
  { name: 'home (en)', path: '/en', status: 200, h1: 'Al-Wafd: news from Egypt and the world' },
  { name: 'article (ar)', path: '/news/1001', status: 200, h1: /^SpaceX تخطط للاكتتاب العام/ },
  { name: 'article (en)', path: '/en/news/1010', status: 200, h1: /^SpaceX plans to go public/ },
  { name: 'section (ar)', path: '/section/technology', status: 200, h1: 'تكنولوجيا' },
  { name: 'section (en)', path: '/en/section/technology', status: 200, h1: 'Technology' },
  { name: 'tag (ar, Latin tag)', path: '/tag/SpaceX', status: 200, h1: 'وسم: SpaceX' },
  { name: 'tag (ar, Arabic tag)', path: `/tag/${encodeURIComponent(ARABIC_TAG)}`, status: 200, h1: `وسم: ${ARABIC_TAG}` },
  { name: 'tag (en)', path: '/en/tag/SpaceX', status: 200, h1: 'Tag: SpaceX' },
  { name: 'column piece (ar)', path: '/news/1006', status: 200, h1: /^الذكاء الاصطناعي في غرفة الأخبار/ },
  { name: 'column piece (en)', path: '/en/news/1015', status: 200, h1: /^Artificial intelligence in the newsroom/ },
  { name: 'writer (ar)', path: '/writer/salma-abdelhamid', status: 200, h1: 'سلمى عبد الحميد' },
  { name: 'writer (en)', path: '/en/writer/salma-abdelhamid', status: 200, h1: 'Salma Abdel Hamid' },
  { name: 'masthead (ar)', path: '/masthead', status: 200, h1: 'هيئة التحرير' },
  { name: 'masthead (en)', path: '/en/masthead', status: 200, h1: 'Masthead' },
  { name: 'search (ar)', path: `/search?q=${encodeURIComponent('الذكاء الاصطناعى')}`, status: 200, h1: 'نتائج البحث عن «الذكاء الاصطناعى»' },
  { name: 'search (en)', path: '/en/search?q=SpaceX', status: 200, h1: 'Results for “SpaceX”' },
  { name: 'search, no query (ar)', path: '/search', status: 200, h1: 'بحث' },
  { name: 'search, no query (en)', path: '/en/search', status: 200, h1: 'Search' },
  { name: '404 (ar)', path: '/news/999999999', status: 404, h1: 'الصفحة غير موجودة' },
  { name: '404 (en)', path: '/en/anything', status: 404, h1: 'Page not found' },
];
