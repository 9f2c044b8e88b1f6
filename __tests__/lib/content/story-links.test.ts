import { unfollowableLink } from '@/lib/content/lexical';

/** A paragraph holding one link to `url` (Lexical's shape, as the admin and importers send it). */
const withLink = (url: string | undefined, type = 'link') => [
  { type: 'paragraph', children: [{ type: 'text', text: 'قبل ' }, { type, fields: { linkType: 'custom', url }, children: [{ type: 'text', text: 'الرابط' }] }] },
];

describe('links in a story’s text that readers could not follow', () => {
  it('are found, however deep, naming the address as it was typed', () => {
    expect(unfollowableLink(withLink('www.ahram.org.eg/news/1'))).toBe('www.ahram.org.eg/news/1');
    expect(unfollowableLink(withLink('javascript:alert(1)', 'autolink'))).toBe('javascript:alert(1)');
    expect(unfollowableLink(withLink('//evil.example/x'))).toBe('//evil.example/x');
    expect(unfollowableLink(withLink(undefined))).toBe('');
    const nested = [{ type: 'list', children: [{ type: 'listitem', children: withLink('data:text/html,x') }] }];
    expect(unfollowableLink(nested)).toBe('data:text/html,x');
  });

  it('are none for the web, e-mail, a page of this site, or another story', () => {
    for (const url of ['https://www.ahram.org.eg/news/1', 'http://example.com', 'mailto:desk@alwafd.news', '/news/1001']) {
      expect(unfollowableLink(withLink(url))).toBeUndefined();
    }
    const story = [{ type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 1001 } }, children: [] }] }];
    expect(unfollowableLink(story)).toBeUndefined();
  });
});
