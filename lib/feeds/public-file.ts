import fs from 'node:fs';
import path from 'node:path';

/**
 * Facts about an article image in public/images that feeds need but the content does not carry:
 * an RSS enclosure must state the file's byte length and MIME type. Not content, so this lives
 * here rather than in the repository. The path is scoped to public/images in the code so the
 * bundler traces those files (and only those) into the feed functions, where ISR rebuilds the
 * feeds at runtime. Undefined when the file is missing or the path leaves that folder: the feed
 * then omits the enclosure rather than failing.
 */

export function publicFileSize(src: string): number | undefined {
  const match = /^\/images\/(.+)$/.exec(src);
  if (!match?.[1]) return undefined;
  const root = path.join(process.cwd(), 'public', 'images');
  const file = path.join(process.cwd(), 'public', 'images', match[1]);
  if (!file.startsWith(root + path.sep)) return undefined;
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

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
