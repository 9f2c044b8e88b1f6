import type { CollectionConfig } from 'payload';
import { mediaDir } from '@/lib/media/files';
import { anyone, editors, staff } from '../access';
import { plainText } from '../validation';


/**
 * Pictures: uploaded once, described for readers who cannot see them (alt text is required), with
 * a caption. The site serves them through its image optimizer at the width each screen needs.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { ar: 'صورة', en: 'Picture' }, plural: { ar: 'الصور', en: 'Pictures' } },
  admin: { useAsTitle: 'alt', group: { ar: 'التحرير', en: 'Newsroom' } },
  access: { read: anyone, create: staff, update: staff, delete: editors },
  upload: {
    // On this machine's disk unless a media store is configured (Vercel Blob: payload.config.ts).
    staticDir: mediaDir(),
    mimeTypes: ['image/webp', 'image/avif', 'image/jpeg', 'image/png'],
    imageSizes: [{ name: 'thumbnail', width: 480, withoutEnlargement: true }],
    adminThumbnail: 'thumbnail',
    // Never kept at more than newspaper resolution: a 6000-pixel camera original is cut to 2400.
    resizeOptions: { width: 2400, withoutEnlargement: true },
  },
  fields: [
    { name: 'alt', label: { ar: 'وصف الصورة لمن لا يراها', en: 'Alt text' }, type: 'text', required: true, maxLength: 300, validate: plainText },
    { name: 'caption', label: { ar: 'التعليق', en: 'Caption' }, type: 'text', maxLength: 300, validate: plainText },
  ],
};
