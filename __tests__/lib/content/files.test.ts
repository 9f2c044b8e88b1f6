import { buildContent, type SourceFile } from '@/lib/content/files';
import { markdownArticle, MASTHEAD, SECTIONS, WRITER, type MarkdownOptions } from '../../support/content';

const NEWSROOM = { sections: SECTIONS, masthead: MASTHEAD, writers: [WRITER] };
const file = (id: number, options: MarkdownOptions = {}): SourceFile => ({ file: `content/articles/${id}.md`, source: markdownArticle(id, options) });

describe('a folder of Markdown articles', () => {
  it('links translations both ways', () => {
    const { articles } = buildContent([file(1), file(2, { locale: 'en', translationOf: 1 })], NEWSROOM);
    expect(articles.map((a) => [a.id, a.translationId])).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('fails on a duplicate id, naming both files and the field', () => {
    const dup = { ...file(1), file: 'content/articles/copy.md' };
    expect(() => buildContent([file(1), dup], NEWSROOM)).toThrow('content/articles/copy.md: field "id": 1 is already used by content/articles/1.md');
  });

  it('fails on a translation of a missing or same-language article', () => {
    expect(() => buildContent([file(2, { locale: 'en', translationOf: 9 })], NEWSROOM)).toThrow(
      'content/articles/2.md: field "translationOf": no article has id 9',
    );
    expect(() => buildContent([file(1), file(2, { translationOf: 1 })], NEWSROOM)).toThrow('is in the same locale');
  });

  it('reports every bad file at once', () => {
    const bad = (name: string) => ({ file: `content/articles/${name}.md`, source: '---\nid: x\n---\nنص' });
    expect(() => buildContent([bad('a'), bad('b')], NEWSROOM)).toThrow(/2 problems[\s\S]*a\.md[\s\S]*b\.md/);
  });
});
