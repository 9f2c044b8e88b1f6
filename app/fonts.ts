import localFont from 'next/font/local';

/**
 * Noto Naskh Arabic, self-hosted from @fontsource-variable (no network at build): one variable
 * file (weights 400–700, 92 KB) for all Arabic text, preloaded. Latin letters — "SpaceX" inside
 * Arabic, and the English edition — use the reader's own serif (Georgia and kin): a second web
 * font would cost a request and a second text layout on every page for little gain.
 *
 * `display: optional`: the preloaded file is almost always there for the first paint; when it is
 * not, the page keeps the fallback rather than re-laying out every line of Arabic text when the
 * font arrives late (that reflow was the page's largest layout task and its only layout shift).
 */
export const naskhArabic = localFont({
  src: '../node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
  weight: '400 700',
  style: 'normal',
  display: 'optional',
  preload: true,
  variable: '--font-naskh-arabic',
  fallback: ['Noto Naskh Arabic', 'Tahoma', 'serif'],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC',
    },
  ],
});
