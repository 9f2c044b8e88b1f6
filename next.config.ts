import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { headerRules } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Separate build folders let tests, benchmarks and archive-scale builds run beside each other.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The server layer (lib/server, installed by instrumentation.ts) compresses instead: it must see
  // each HTML page uncompressed to hash its inline scripts, and keeps the compressed bytes.
  compress: false,
  reactStrictMode: true,
  // Articles are read at runtime too (ISR, new articles without a redeploy): ship them with every function.
  outputFileTracingIncludes: {
    '/**': ['./content/**/*'],
    // Social cards are drawn at runtime with the shipped fonts and the article's hero image.
    '/cards/**': ['./assets/fonts/**/*', './public/images/**/*'],
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [375, 640, 828, 1080, 1280, 1600],
    imageSizes: [96, 160, 240, 320],
    minimumCacheTTL: 31536000,
  },
  async headers() {
    // Security headers on every response, and cache lifetimes for public files: lib/security-headers.ts.
    return headerRules({ dev: process.env.NODE_ENV === 'development' });
  },
  async redirects() {
    // Links from the old alwafd.news (`/5178620`, `/essay/5178620`) keep working: 308 to the canonical article URL.
    return [
      { source: '/:id(\\d{1,16})', destination: '/news/:id', permanent: true },
      { source: '/essay/:id(\\d{1,16})', destination: '/news/:id', permanent: true },
    ];
  },
};

export default withNextIntl(nextConfig);
