import type { ReactNode } from 'react';
import type { Block, Inline, Mark } from '@/lib/content/body';

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

function renderInline(inline: Inline, key: number): ReactNode {
  if (inline.type === 'break') return <br key={key} />;
  if (inline.type === 'link') {
    // Links to other sites open as ordinary links; the site itself is not a referrer target.
    const external = /^(https?:|mailto:)/.test(inline.href);
    return (
      <a key={key} href={inline.href} rel={external ? 'noopener noreferrer' : undefined}>
        {inline.children.map(renderInline)}
      </a>
    );
  }
  return <Runs key={key} inline={inline} />;
}

function Runs({ inline }: { inline: Extract<Inline, { type: 'text' }> }) {
  return (inline.marks ?? []).reduceRight<ReactNode>((children, mark) => {
    const Tag = MARK_TAGS[mark];
    return <Tag>{children}</Tag>;
  }, inline.text);
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{block.children.map(renderInline)}</p>;
    case 'heading': {
      const Heading = `h${block.level}` as const;
      return <Heading key={key}>{block.children.map(renderInline)}</Heading>;
    }
    case 'quote':
      return <blockquote key={key}>{block.children.map(renderInline)}</blockquote>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List key={key}>
          {block.items.map((item, i) => (
            <li key={i}>{item.map(renderInline)}</li>
          ))}
        </List>
      );
    }
  }
}

export function ArticleBody({ body }: { body: readonly Block[] }) {
  return <div className="article-body">{body.map(renderBlock)}</div>;
}
