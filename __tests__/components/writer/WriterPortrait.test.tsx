import { WriterPortrait } from '@/components/writer/WriterPortrait';
import { serverHtml } from '../../support/render';

const PHOTO = { src: '/images/writers/fixture-writer.webp', alt: 'صورة الكاتبة', width: 600, height: 900 };

describe('a columnist’s round portrait', () => {
  it('is a square cut around the editor’s focal point', () => {
    // 600×900: 600 px of its height shown, 300 px over; the face at 30 % (270 px) puts the square at 0.
    expect(serverHtml(<WriterPortrait photo={{ ...PHOTO, focus: { x: 50, y: 30 } }} size={96} />)).toContain('object-position:50% 0%');
    // At 60 % (540 px): from 240 px, 80 % of the 300 px over.
    expect(serverHtml(<WriterPortrait photo={{ ...PHOTO, focus: { x: 50, y: 60 } }} size={96} />)).toContain('object-position:50% 80%');
  });

  it('is cut from the photo’s top when nobody set one, where a portrait’s face is (as the writer’s card)', () => {
    expect(serverHtml(<WriterPortrait photo={PHOTO} size={96} />)).toContain('object-position:50% 0%');
  });
});
