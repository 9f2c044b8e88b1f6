/** MIME types of the image formats the content schema admits, for RSS enclosures. */
const IMAGE_TYPES: Record<string, string> = {
  webp: 'image/webp',
  avif: 'image/avif',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** MIME type from the extension; the content schema admits only these four formats. */
export function imageType(src: string): string | undefined {
  return IMAGE_TYPES[/\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase() ?? ''];
}
