import type { ReactNode } from 'react';
import { EditionText } from '@/components/ui/EditionText';
import type { Block, Inline, Mark } from '@/lib/content/body';
import type { Locale } from '@/lib/site';

/**
 * The story's text from its blocks (lib/content/body). React writes every word as text, and a
 * link's address was checked by the source, so no HTML from an editor or a wire ever reaches the
 * page as markup.
 */
const MARK_TAGS: Record<Mark, 'strong' | 'em' | 'u' | 's' | 'code'> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strikethrough: 's',
  code: 'code',
};

function renderInlines(inlines: readonly Inline[], locale: Locale): ReactNode[] {
  return inlines.map((inline, key) => {
    if (inline.type === 'break') return <br key={key} />;
    if (inline.type === 'link') {
      // Links to other sites open as ordinary links; the site itself is not a referrer target.
      const external = /^(https?:|mailto:)/.test(inline.href);
      return (
        <a key={key} href={inline.href} rel={external ? 'noopener noreferrer' : undefined}>
          {renderInlines(inline.children, locale)}
        </a>
      );
    }
    return <Runs key={key} inline={inline} locale={locale} />;
  });
}

function Runs({ inline, locale }: { inline: Extract<Inline, { type: 'text' }>; locale: Locale }) {
  return (inline.marks ?? []).reduceRight<ReactNode>((children, mark) => {
    const Tag = MARK_TAGS[mark];
    return <Tag>{children}</Tag>;
  }, <EditionText text={inline.text} locale={locale} />);
}

/**
 * Subheadings one level below the last heading at most (the headline is the page's h1): an editor's
 * h4 straight after an h2 is read as an h3, so a screen reader's outline has no gap in it.
 */
function headingLevels(body: readonly Block[]): Map<Block, number> {
  const levels = new Map<Block, number>();
  let previous = 1;
  for (const block of body) {
    if (block.type !== 'heading') continue;
    previous = Math.min(block.level, previous + 1);
    levels.set(block, previous);
  }
  return levels;
}

export function ArticleBody({ body, locale }: { body: readonly Block[]; locale: Locale }) {
  const levels = headingLevels(body);
  return (
    <div className="article-body">
      {body.map((block, key) => {
        switch (block.type) {
          case 'paragraph':
            return <p key={key}>{renderInlines(block.children, locale)}</p>;
          case 'heading': {
            const Heading = `h${levels.get(block) ?? block.level}` as 'h2' | 'h3' | 'h4';
            return <Heading key={key}>{renderInlines(block.children, locale)}</Heading>;
          }
          case 'quote':
            return <blockquote key={key}>{renderInlines(block.children, locale)}</blockquote>;
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={key}>
                {block.items.map((item, i) => (
                  <li key={i}>{renderInlines(item, locale)}</li>
                ))}
              </List>
            );
          }
        }
      })}
    </div>
  );
}
