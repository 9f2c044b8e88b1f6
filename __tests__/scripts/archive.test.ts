/**
 * @jest-environment node
 */
import { cairoIso } from '@/lib/cairo-time';
import { lexicalToBlocks } from '@/lib/content/lexical';
import { TAG_FORM } from '@/lib/content/tag-name';
import { MAX_ARTICLE_ID, MAX_TAG_LENGTH, WRITER_SLUG } from '@/lib/routes';
import { parseArchiveArgs } from '@/scripts/lib/archive/options';
import { TAGS } from '@/scripts/lib/archive/pool/tags';
import { ARCHIVE_BASE, MAX_STORIES, storyId } from '@/scripts/lib/archive/range';
import { prepare, story, type Library } from '@/scripts/lib/archive/story';
import { LIMITS, bodyBlocks, countWords, storyText, type StoryText } from '@/scripts/lib/archive/text';
import { generatedReporters, generatedWriters } from '@/scripts/lib/archive/writers';

// The archive generator's pure half (scripts/lib/archive): the words and shape of each story, drawn
// from its own pools — these tests never read content/.

const ARABIC_LETTER = /[\u0621-\u064a]/;
const LATIN_LETTER = /[A-Za-z]/;
const CONTROL = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const SECTIONS = ['news', 'economy', 'technology', 'sports', 'opinion'];

const sentences = (text: string) => (text.match(/[.؟?](?=\s|$)/g) ?? []).length;

function library(): Library {
  return {
    sections: SECTIONS.map((slug, i) => ({ id: i + 1, slug })),
    media: { all: [11, 12, 13, 14], bySection: new Map([[4, [13, 14]]]) },
    tagIds: { ar: TAGS.map((_, i) => ARCHIVE_BASE + 2 * i), en: TAGS.map((_, i) => ARCHIVE_BASE + 2 * i + 1) },
    writerIds: generatedWriters(1).map((w) => w.id),
  };
}

const ANCHOR = Date.parse('2026-11-29T07:00:00Z');
const prepared = prepare({ seed: 1, anchor: ANCHOR }, library());

/** What is out of shape in a story's text, in either language (empty when nothing is). */
function problems(text: StoryText): string[] {
  const found: string[] = [];
  const check = (ok: boolean, what: string) => ok || found.push(what);
  const within = (n: number, [min, max]: readonly [number, number]) => n >= min && n <= max;
  for (const language of ['ar', 'en'] as const) {
    const { title, summary } = { title: text.title[language], summary: text.summary[language] };
    check(within(countWords(title), LIMITS.titleWords) && title.length <= LIMITS.titleChars, `${language} title: ${title}`);
    check(summary.length <= LIMITS.summaryChars && within(sentences(summary), LIMITS.summarySentences), `${language} summary: ${summary}`);
    check(within(text.paragraphs.length, LIMITS.paragraphs), `${text.paragraphs.length} paragraphs`);
    for (const p of text.paragraphs) check(within(countWords(p[language]), LIMITS.paragraphWords), `${language} paragraph of ${countWords(p[language])} words`);
    for (const t of [title, summary, ...text.paragraphs.map((p) => p[language])]) {
      check(t === t.trim() && !/ {2}/.test(t) && !CONTROL.test(t), `${language} spacing or controls: ${t}`);
      // Arabic in Arabic script only (digits and % aside); English without a letter of it.
      const script = language === 'ar' ? ARABIC_LETTER.test(t) && !LATIN_LETTER.test(t) : LATIN_LETTER.test(t) && !ARABIC_LETTER.test(t);
      check(script, `${language} script: ${t}`);
    }
  }
  return found;
}

describe('story text', () => {
  it('is the same for the same seed, number and kind, and differs between stories', () => {
    const kind = { section: 'economy', column: false, weekday: 2 };
    expect(storyText(1, 42, kind)).toEqual(storyText(1, 42, kind));
    expect(storyText(1, 43, kind).paragraphs).not.toEqual(storyText(1, 42, kind).paragraphs);
    expect(storyText(2, 42, kind).paragraphs).not.toEqual(storyText(1, 42, kind).paragraphs);
  });

  it.each(SECTIONS)('has the paper’s shape in both languages, in %s', (section) => {
    const found = Array.from({ length: 300 }, (_, i) => problems(storyText(7, i, { section, column: section === 'opinion', weekday: i % 7 }))).flat();
    expect(found).toEqual([]);
  });

  it('writes like news in a section it does not know', () => {
    expect(Array.from({ length: 50 }, (_, i) => problems(storyText(7, i, { section: 'culture', column: false, weekday: 0 }))).flat()).toEqual([]);
  });

  it('names the weekday of publication in the lead when it gives one', () => {
    const leads = Array.from({ length: 200 }, (_, i) => storyText(3, i, { section: 'news', column: false, weekday: 2 }).paragraphs[0]!.ar);
    expect(leads.some((p) => p.includes('اليوم الثلاثاء'))).toBe(true);
    expect(leads.some((p) => /اليوم (الأحد|الاثنين|الأربعاء|الخميس|الجمعة|السبت)/.test(p))).toBe(false);
  });

  it('becomes the Lexical JSON the CMS stores, which reads back as the same blocks', () => {
    const weekday = (instant: string) => new Date(cairoIso(instant).slice(0, 10)).getUTCDay();
    for (let i = 0; i < 200; i++) {
      const { row } = story(prepared, i);
      const section = SECTIONS[row.section_id - 1]!;
      // A translation is its original's text, told on the original's day.
      const original = row.translation_of_id === null ? i : i - 1;
      const text = storyText(1, original, { section, column: row.writer_id !== null, weekday: weekday(story(prepared, original).row.published_at) });
      expect(row.title).toBe(text.title[row.edition]);
      expect(lexicalToBlocks(row.body)).toEqual(bodyBlocks(text, row.edition));
    }
    const { body } = story(prepared, 5).row;
    expect(body.root).toMatchObject({ type: 'root', version: 1, direction: null, format: '', indent: 0 });
    expect(body.root.children![0]).toMatchObject({ type: 'paragraph', version: 1, textFormat: 0, textStyle: '' });
    expect(body.root.children![0]!.children![0]).toMatchObject({ type: 'text', format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
  });
});

describe('archive stories', () => {
  const stories = Array.from({ length: 6000 }, (_, i) => story(prepared, i));
  const rows = stories.map((s) => s.row);
  const share = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).length / rows.length;

  it('are the same story whatever else is generated, and in whatever order', () => {
    expect(story(prepared, 4321)).toEqual(stories[4321]);
    expect(story(prepare({ seed: 1, anchor: ANCHOR }, library()), 17)).toEqual(stories[17]);
  });

  it('live in the reserved id range, which ends at the largest article id', () => {
    expect(rows.map((r) => r.id)).toEqual(rows.map((_, i) => ARCHIVE_BASE + i));
    expect(storyId(MAX_STORIES - 1)).toBe(MAX_ARTICLE_ID);
  });

  it('are mostly Arabic, with about half of the English a translation of the Arabic story before it', () => {
    const english = rows.filter((r) => r.edition === 'en');
    expect(english.length / rows.length).toBeGreaterThan(0.12);
    expect(english.length / rows.length).toBeLessThan(0.18);
    const translations = english.filter((r) => r.translation_of_id !== null);
    expect(translations.length / english.length).toBeGreaterThan(0.35);
    expect(translations.length / english.length).toBeLessThan(0.65);
    for (const t of translations) {
      const original = rows[t.id - ARCHIVE_BASE - 1]!;
      expect(t.translation_of_id).toBe(original.id);
      expect(original.edition).toBe('ar');
      expect(original.translation_of_id).toBeNull();
      expect([t.section_id, t.image_id, t.writer_id, t.byline_type]).toEqual([original.section_id, original.image_id, original.writer_id, original.byline_type]);
      expect(Date.parse(t.published_at)).toBeGreaterThanOrEqual(Date.parse(original.published_at));
    }
  });

  it('are a column by a generated writer one time in ten, in the opinion section; otherwise signed by a desk or a reporter', () => {
    const columns = rows.filter((r) => r.writer_id !== null);
    expect(columns.length / rows.length).toBeGreaterThan(0.08);
    expect(columns.length / rows.length).toBeLessThan(0.12);
    expect(columns.every((r) => r.section_id === 5 && r.desk === null && r.byline_type === 'desk')).toBe(true);
    expect(rows.filter((r) => r.writer_id === null).every((r) => r.desk)).toBe(true);
  });

  it('are signed by a reporter by name about three times in ten, in the edition’s spelling, never a columnist’s name', () => {
    const reports = rows.filter((r) => r.writer_id === null);
    const signed = reports.filter((r) => r.byline_type === 'person');
    expect(signed.length / reports.length).toBeGreaterThan(0.25);
    expect(signed.length / reports.length).toBeLessThan(0.35);
    const reporters = generatedReporters(1);
    expect(signed.every((r) => reporters.some((name) => name[r.edition] === r.desk))).toBe(true);
    // Some reporters sign often, most rarely, as a newsroom's bylines go.
    const counts = reporters.map((name) => signed.filter((r) => r.desk === name[r.edition]).length);
    expect(counts[0]!).toBeGreaterThan(4 * Math.max(1, counts.at(-1)!));
    const columnists = new Set(generatedWriters(1).flatMap((w) => [w.name.ar, w.name.en]));
    expect(reporters.filter((name) => columnists.has(name.ar) || columnists.has(name.en))).toEqual([]);
    // A desk's name is never signed as a person's, nor a reporter's as a desk's.
    expect(reports.filter((r) => r.byline_type === 'desk' && reporters.some((name) => name[r.edition] === r.desk))).toEqual([]);
  });

  it('carry a picture most of the time, from their section’s when it has some', () => {
    expect(share((r) => r.image_id !== null)).toBeGreaterThan(0.8);
    expect(share((r) => r.image_id !== null)).toBeLessThan(0.9);
    expect(new Set(rows.filter((r) => r.section_id === 4 && r.image_id).map((r) => r.image_id))).toEqual(new Set([13, 14]));
  });

  it('have 1 to 5 distinct tags of their edition, a few tags very often and most rarely', () => {
    const counts = new Map<number, number>();
    const wrong = stories.filter(({ row, tags }) => {
      for (const t of tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      const ofEdition = tags.every((t) => (t - ARCHIVE_BASE) % 2 === (row.edition === 'ar' ? 0 : 1));
      return tags.length < 1 || tags.length > 5 || new Set(tags).size !== tags.length || !ofEdition;
    });
    expect(wrong).toEqual([]);
    const byUse = [...counts.values()].sort((a, b) => b - a);
    expect(byUse[0]!).toBeGreaterThan(20 * byUse[Math.floor(byUse.length / 2)]!);
  });

  it('are spread over twenty years up to the anchor, more recently more, at Cairo newsroom hours', () => {
    const times = rows.map((r) => Date.parse(r.published_at));
    expect(Math.max(...times)).toBeLessThanOrEqual(ANCHOR);
    expect(Math.min(...times)).toBeGreaterThan(ANCHOR - 20.1 * 365.25 * 86_400_000);
    const year = (t: number) => Number(cairoIso(t).slice(0, 4));
    expect(times.filter((t) => year(t) === 2025).length).toBeGreaterThan(2 * times.filter((t) => year(t) === 2008).length);
    const hour = (t: number) => Number(cairoIso(t).slice(11, 13));
    const night = times.filter((t) => hour(t) >= 1 && hour(t) < 5);
    expect(night.length / times.length).toBeLessThan(0.05);
    const wrong = rows.filter(
      (r) =>
        r.first_published_at !== r.published_at ||
        (r.revised_at && Date.parse(r.revised_at) <= Date.parse(r.published_at)) ||
        Date.parse(r.created_at) > Date.parse(r.published_at) ||
        r.sample !== true,
    );
    expect(wrong).toEqual([]);
  });
});

describe('pools', () => {
  it('has a few hundred tags per edition, each a valid, distinct tag', () => {
    expect(TAGS.length).toBeGreaterThan(200);
    for (const edition of ['ar', 'en'] as const) {
      const names = TAGS.map((t) => t[edition]);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(name).toMatch(TAG_FORM);
        expect(name.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
        expect(name).toMatch(edition === 'ar' ? ARABIC_LETTER : LATIN_LETTER);
      }
    }
  });

  it('makes forty writers with distinct valid slugs, in the reserved range', () => {
    const writers = generatedWriters(1);
    expect(writers).toHaveLength(40);
    expect(new Set(writers.map((w) => w.slug)).size).toBe(40);
    expect(writers.every((w) => WRITER_SLUG.test(w.slug) && w.id >= ARCHIVE_BASE)).toBe(true);
    expect(writers.filter((w) => w.column).length).toBeGreaterThan(20);
    expect(generatedWriters(1)).toEqual(writers);
  });
});

describe('npm run archive arguments', () => {
  it('takes N, --batch, --writers, --reset and --notify', () => {
    expect(parseArchiveArgs(['1000'])).toEqual({ count: 1000, reset: false, batch: 500, writers: 2 });
    expect(parseArchiveArgs(['--reset'])).toEqual({ reset: true, batch: 500, writers: 2 });
    expect(parseArchiveArgs(['20000', '--batch', '500', '--writers', '1', '--notify', 'http://127.0.0.1:3000/'], { REVALIDATE_SECRET: 'x'.repeat(20) })).toEqual({
      count: 20000,
      reset: false,
      batch: 500,
      writers: 1,
      notify: 'http://127.0.0.1:3000',
    });
  });

  it.each([[[]], [['0']], [['-5']], [['1.5']], [['1e6']], [['abc']], [['2147483647']], [['10', '20']], [['10', '--fast']]])(
    'refuses %j, saying what N must be',
    (args) => {
      expect(() => parseArchiveArgs(args)).toThrow(/N must be a whole number from 1 to 1,147,483,648|one N only|unknown option/);
    },
  );

  it('refuses --notify without the site or the secret', () => {
    expect(() => parseArchiveArgs(['10', '--notify'], { REVALIDATE_SECRET: 'x'.repeat(20) })).toThrow(/--notify needs the site/);
    expect(() => parseArchiveArgs(['10', '--notify', 'http://127.0.0.1:3000'], {})).toThrow(/REVALIDATE_SECRET/);
  });
});
