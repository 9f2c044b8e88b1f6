/** The body was rendered from Markdown and sanitized when the content was indexed (lib/content/markdown). */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
