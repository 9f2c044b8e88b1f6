import { ArticleCard } from '@/components/listing/ArticleCard';
import { FIXTURE_IMAGE, makeArticle } from '../../support/content';
import { serverHtml } from '../../support/render';

/** The thumbnail's <img> as the reader's browser receives it. */
const thumbnail = (html: string) => /<img[^>]*>/.exec(html)?.[0] ?? '';

describe('a listing’s thumbnail', () => {
  it('is cut to 16:9 around the editor’s focal point, not the picture’s middle', () => {
    // A panorama (2400×900): 1600 px of its width shown. The subject at 40 % is that region's
    // middle when it starts 20 % of the way into the 800 px cut.
    const panorama = { ...FIXTURE_IMAGE, width: 2400, height: 900, focus: { x: 40, y: 50 } };
    const html = serverHtml(<ArticleCard article={makeArticle(1, { image: panorama })} />);
    expect(thumbnail(html)).toContain('object-position:20% 50%');
    expect(thumbnail(html)).toContain('object-cover');
  });

  it('shows the middle of a picture nobody focused', () => {
    const html = serverHtml(<ArticleCard article={makeArticle(1, { image: { ...FIXTURE_IMAGE, width: 2400, height: 900 } })} />);
    expect(thumbnail(html)).not.toContain('object-position');
  });
});
