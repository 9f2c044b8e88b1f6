import { plainText, renderMarkdown } from '@/lib/content/markdown';

describe('article Markdown', () => {
  it('renders paragraphs, headings, lists, quotes and links', () => {
    const html = renderMarkdown('## عنوان\n\nنص مع [رابط](https://example.com).\n\n- أ\n- ب\n\n> اقتباس');
    expect(html).toContain('<h2>عنوان</h2>');
    expect(html).toContain('<a href="https://example.com">رابط</a>');
    expect(html).toContain('<li>أ</li>');
    expect(html).toContain('<blockquote>');
  });

  it.each([
    ['raw script', '<script>alert(1)</script>\n\nنص', /<script|alert\(1\)/],
    ['event handler', '<img src="x" onerror="alert(1)">', /onerror|<img/],
    ['javascript: link', '[click](javascript:alert(1))', /javascript:/],
    ['data: link', '[click](data:text/html;base64,PHNjcmlwdD4=)', /data:/],
    ['iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/],
    ['inline style', '<p style="background:url(https://evil.example)">x</p>', /style=|evil/],
    ['markdown image', '![x](https://tracker.example/pixel.gif)', /<img|tracker/],
  ])('drops %s', (_name, markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });

  it('reduces Markdown to the words a reader reads', () => {
    expect(plainText('## عنوان\n\n**نص** مع [رابط](https://x.y) و`كود`')).toBe('عنوان نص مع رابط وكود');
  });
});
