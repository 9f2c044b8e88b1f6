import { buildCatalog, type SourceFile } from '@/lib/content/catalog';

function file(id: number, extra: { locale?: string; section?: string; tags?: string[]; date?: string; translationOf?: number } = {}): SourceFile {
  const { locale = 'ar', section = 'news', tags = ['وسم'], date = `2026-11-${String(10 + (id % 10)).padStart(2, '0')}T09:00:00+02:00`, translationOf } = extra;
  return {
    file: `content/articles/${id}.md`,
    source: [
      '---',
      `id: ${id}`,
      `locale: ${locale}`,
      `title: "خبر ${id}"`,
      `summary: "ملخص ${id}"`,
      `section: ${section}`,
      `tags: ${JSON.stringify(tags)}`,
      'byline: "الوفد"',
      `publishedAt: "${date}"`,
      `updatedAt: "${date}"`,
      'image: { src: /images/a.webp, alt: "a", caption: "c", width: 1600, height: 900 }',
      translationOf ? `translationOf: ${translationOf}` : '',
      '---',
      'نص.',
    ]
      .filter(Boolean)
      .join('\n'),
  };
}

describe('content catalog', () => {
  it('indexes articles newest first per locale, by section and by tag', () => {
    const catalog = buildCatalog([file(1, { section: 'economy', tags: ['طاقة'] }), file(2, { tags: ['طاقة', 'نفط'] }), file(3, { locale: 'en', tags: ['Energy'] })]);
    expect(catalog.latest.ar.map((a) => a.id)).toEqual([2, 1]);
    expect(catalog.latest.en.map((a) => a.id)).toEqual([3]);
    expect(catalog.bySection.get('ar\u0000economy')?.map((a) => a.id)).toEqual([1]);
    expect(catalog.byTag.get('ar\u0000طاقة')?.map((a) => a.id)).toEqual([2, 1]);
    expect(catalog.tags.ar[0]).toEqual({ tag: 'طاقة', count: 2, updatedAt: '2026-11-12T09:00:00+02:00' });
  });

  it('links translations both ways', () => {
    const catalog = buildCatalog([file(1), file(2, { locale: 'en', translationOf: 1 })]);
    expect(catalog.byId.get(1)?.translationId).toBe(2);
    expect(catalog.byId.get(2)?.translationId).toBe(1);
  });

  it('fails on a duplicate id, naming both files and the field', () => {
    const dup = { ...file(1), file: 'content/articles/copy.md' };
    expect(() => buildCatalog([file(1), dup])).toThrow('content/articles/copy.md: field "id": 1 is already used by content/articles/1.md');
  });

  it('fails on a translation of a missing or same-language article', () => {
    expect(() => buildCatalog([file(2, { locale: 'en', translationOf: 9 })])).toThrow('content/articles/2.md: field "translationOf": no article has id 9');
    expect(() => buildCatalog([file(1), file(2, { translationOf: 1 })])).toThrow('is in the same locale');
  });

  it('reports every bad file at once', () => {
    const bad = (name: string) => ({ file: `content/articles/${name}.md`, source: '---\nid: x\n---\nنص' });
    expect(() => buildCatalog([bad('a'), bad('b')])).toThrow(/2 problems[\s\S]*a\.md[\s\S]*b\.md/);
  });
});
