import { neededSrcSet, slotRange } from '@/lib/media/srcset';

/** A srcset as next/image writes it: every configured width, smallest first. */
const WIDTHS = [96, 160, 240, 320, 375, 640, 828, 1080, 1280, 1600];
const srcSet = WIDTHS.map((w) => `/_next/image?url=%2Fp.webp&w=${w}&q=75 ${w}w`).join(', ');
const widthsOf = (set: string) => set.split(', ').map((entry) => Number(/ (\d+)w$/.exec(entry)![1]));

describe('the widths a picture can be drawn at', () => {
  it('reads px, rem, vw, calc() and min-width conditions as a browser does', () => {
    expect(slotRange('160px')).toEqual({ min: 160, max: 160 });
    expect(slotRange('(min-width: 640px) 360px, 128px')).toEqual({ min: 128, max: 360 });
    // Widest on the screen just below 1024 px (1023 − 32), narrowest on a 320 px phone (320 − 32).
    expect(slotRange('(min-width: 1024px) 40rem, calc(100vw - 2rem)')).toEqual({ min: 288, max: 991 });
  });

  it('does not guess at a sizes it cannot read', () => {
    expect(slotRange('(max-width: 600px) 100vw, 50vw')).toBeNull();
    expect(slotRange('min(100vw, 40rem)')).toBeNull();
  });
});

describe('the srcset a reader is sent', () => {
  it('a 160 px thumbnail offers the 1× file up to the 2× one, not ten widths', () => {
    expect(widthsOf(neededSrcSet(srcSet, '160px'))).toEqual([160, 240, 320]);
  });

  it('a full-width picture drops the widths no phone screen is narrow enough to need', () => {
    expect(widthsOf(neededSrcSet(srcSet, '(min-width: 1152px) 768px, (min-width: 1024px) calc(100vw - 23rem), calc(100vw - 2rem)'))).toEqual([
      320, 375, 640, 828, 1080, 1280, 1600,
    ]);
  });

  it('keeps the largest file when even it is narrower than twice the widest slot', () => {
    expect(widthsOf(neededSrcSet(srcSet, '1000px'))).toEqual([1080, 1280, 1600]);
  });

  it('keeps every candidate when sizes is missing or not understood', () => {
    expect(neededSrcSet(srcSet, undefined)).toBe(srcSet);
    expect(neededSrcSet(srcSet, '(orientation: portrait) 100vw, 50vw')).toBe(srcSet);
  });

  it('each kept candidate is the one next/image wrote, URL and all', () => {
    expect(neededSrcSet(srcSet, '160px')).toBe(
      '/_next/image?url=%2Fp.webp&w=160&q=75 160w, /_next/image?url=%2Fp.webp&w=240&q=75 240w, /_next/image?url=%2Fp.webp&w=320&q=75 320w',
    );
  });
});
