import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { withPayload } from '@payloadcms/next/withPayload';
import { adminHeaderRules } from './lib/admin-headers';
import { headerRules } from './lib/security-headers';

/**
 * Names this build's cached content reads (lib/content): a build never reads what an earlier one
 * cached — a database restored, or content reshaped by a migration, is read afresh. Inlined into
 * the server code at build time (`env`), so every process of the build agrees.
 */
const CONTENT_CACHE_EPOCH = process.env.CONTENT_CACHE_EPOCH || `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

/**
 * NEXT_BUILD_ONCE=1 (set by .ci/run once its typecheck has passed): every build folder is built once
 * from nothing, so a build neither checks types again (20–25 s) nor writes Turbopack's cache for a
 * rebuild that never comes (12–14 s, 200 MB that bench:scale would copy) — three builds a CI run.
 */
const buildOnce = process.env.NEXT_BUILD_ONCE === '1';

const nextConfig: NextConfig = {
  // Separate build folders let tests, benchmarks and archive-scale builds run beside each other.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // A link with a trailing slash is sent on by the proxy in one hop, to where the link without it goes
  // (Next's own redirect to the path without the slash came first: an old link took two).
  skipTrailingSlashRedirect: true,
  env: { CONTENT_CACHE_EPOCH },
  // The server layer (lib/server, installed by instrumentation.ts) compresses instead: it must see
  // each HTML page uncompressed to hash its inline scripts, and keeps the compressed bytes.
  compress: false,
  reactStrictMode: true,
  // Next's own page cache, refusing to keep a page begun before a change to it (lib/cache/
  // copies-begun-before-a-change). On Vercel the platform keeps pages, and its own cache is used.
  cacheHandler: process.env.VERCEL === '1' ? undefined : path.join(process.cwd(), 'lib/cache/page-cache-handler.cjs'),
  experimental: {
    // `next start` otherwise loads every route's server code when it starts — the CMS admin's
    // included — on the one thread that answers readers: a new process took 1.0 s for its first
    // story instead of 0.65 s (npm run bench:scale). Each route now loads on its first request.
    preloadEntriesOnStart: false,
    turbopackFileSystemCacheForBuild: !buildOnce,
  },
  typescript: { ignoreBuildErrors: buildOnce },
  outputFileTracingIncludes: {
    // Social cards are drawn at runtime with the shipped fonts and wordmark (and pictures shipped in public/images).
    '/cards/**': ['./assets/fonts/**/*', './assets/brand/**/*', './public/images/**/*'],
  },
  // The embedded database's files and local uploads are this machine's data, never part of a deployment.
  outputFileTracingExcludes: { '/**': ['./.data/**/*'] },
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [375, 640, 828, 1080, 1280, 1600],
    imageSizes: [96, 160, 240, 320],
    minimumCacheTTL: 31536000,
    // Pictures are uploads served by the CMS (or its media store on Vercel) and the shipped sample pictures.
    localPatterns: [{ pathname: '/api/media/file/**' }, { pathname: '/images/**' }],
    remotePatterns: [{ protocol: 'https', hostname: '*.public.blob.vercel-storage.com', pathname: '/**' }],
  },
};

/**
 * next-intl's plugin tells the build where i18n/request.ts is (an alias and Turbopack rules): a
 * server started from a finished build (`next start`) reads none of it, yet loading the plugin loads
 * two native modules (@swc/core, @parcel/watcher; 44 ms timed during a start here) — after the server
 * listens, while a new process's first reader waits (BENCHMARKS.md, "A new process's first story: what it loads").
 */
async function withBuildPlugins(config: NextConfig, phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_SERVER) return config;
  const { default: createNextIntlPlugin } = await import('next-intl/plugin');
  return createNextIntlPlugin('./i18n/request.ts')(config);
}

const responseHeaders = {
  async headers() {
    // Security headers on every response and cache lifetimes for public files (lib/security-headers),
    // then the admin's own (lib/admin-headers). This replaces withPayload's headers, which would
    // put a colour-scheme client hint and its Vary on every reader page.
    return [...headerRules({ dev: process.env.NODE_ENV === 'development' }), ...adminHeaderRules()];
  },
} satisfies NextConfig;

export default async function config(phase: string): Promise<NextConfig> {
  return { ...withPayload(await withBuildPlugins(nextConfig, phase)), ...responseHeaders };
}
