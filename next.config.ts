import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { headerRules } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Separate build folders let tests, benchmarks and archive-scale builds run beside each other.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
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
};

export default withNextIntl(nextConfig);
