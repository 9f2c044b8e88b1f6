import type { Article, Writer } from '@/lib/content/types';
import { pictureBytes } from '@/lib/media/files';
import type { Locale } from '@/lib/site';
import { withoutBidiControls } from '@/lib/text';
import { renderCard } from './card';
import { cropped } from './crop';
import { CROPS, type Crop } from './names';

/** The cards themselves, drawn with sharp (the route app/cards); their names and URLs are lib/social-card/names. */
export * from './names';

/** The hero's bytes, when the article has one that can be read (a picture not there yet leaves the card without it). */
function heroFile(article: Article): Promise<Buffer | undefined> {
  return article.image ? pictureBytes(article.image.src) : Promise.resolve(undefined);
}

/** The article's card: its headline, its section's name and its hero (or the paper's colours alone), signed with the motto. */
export async function renderArticleCard(article: Article, signature?: string): Promise<Buffer> {
  const [headline, kicker] = [article.title, article.section.name].map(withoutBidiControls) as [string, string];
  const hero = await heroFile(article);
  return renderCard({ locale: article.locale, headline, kicker, ...(hero && { heroFile: hero, heroFocus: article.image?.focus }), ...(signature && { signature }) });
}

/** A crop of the hero, or undefined for an article without one. */
export async function renderHeroCrop(article: Article, crop: Crop): Promise<Buffer | undefined> {
  const file = await heroFile(article);
  if (!file) return undefined;
  const [width, height] = CROPS[crop];
  return (await cropped(file, width, height, article.image?.focus)).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
}

/** The front page's card carries the paper's tagline; a section's, its name and description. */
export async function renderPageCard(locale: Locale, words: { headline: string; kicker?: string; signature?: string }): Promise<Buffer> {
  return renderCard({
    locale,
    headline: withoutBidiControls(words.headline),
    ...(words.kicker && { kicker: withoutBidiControls(words.kicker) }),
    ...(words.signature && { signature: words.signature }),
  });
}

/** A writer's card in an edition: their column over their name, their photo beside them when they have one that can be read. */
export async function renderWriterCard(writer: Writer, locale: Locale, signature?: string): Promise<Buffer> {
  const column = writer.column[locale];
  const portraitFile = writer.photo && (await pictureBytes(writer.photo.src));
  return renderCard({
    locale,
    headline: withoutBidiControls(writer.name[locale]),
    ...(column && { kicker: withoutBidiControls(column) }),
    ...(portraitFile && { portraitFile, portraitFocus: writer.photo?.focus }),
    ...(signature && { signature }),
  });
}
