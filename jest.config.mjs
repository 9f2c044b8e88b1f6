import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

const base = createJestConfig({
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/setup.ts'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts?(x)'],
  // Those run against a production server: npm run test:integration.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/integration/'],
  moduleNameMapper: {
    // Server-only next-intl APIs read the request config, which only exists inside Next; the
    // stand-in reads the same messages files (see the file for what it mirrors).
    '^next-intl/server$': '<rootDir>/__tests__/support/next-intl-server.ts',
    '^@/(.*)$': '<rootDir>/$1',
  },
});

// These ship ESM only — next-intl and its formatters, the unified/remark/rehype family that
// renders article bodies, Payload's reader of Accept-Language (cms/translations) and the query-string
// parser its admin reads a list's address with (cms/list-address): let SWC transform them.
const esm = [
  '@payloadcms/translations', 'next-intl', 'use-intl', 'icu-minify', 'intl-messageformat', '@formatjs',
  'unified', 'bail', 'devlop', 'is-plain-obj', 'trough', 'vfile[^/]*', 'unist-[^/]*', 'mdast-[^/]*',
  'micromark[^/]*', 'remark-[^/]*', 'rehype-[^/]*', 'hast-[^/]*', 'hastscript', 'property-information',
  'space-separated-tokens', 'comma-separated-tokens', 'zwitch', 'html-void-elements', 'ccount',
  'character-entities[^/]*', 'character-reference-invalid', 'decode-named-character-reference',
  'stringify-entities', 'longest-streak', 'trim-lines', 'web-namespaces', 'is-[^/]*', 'parse-entities', 'qs-esm',
].join('|');

export default async function config() {
  const resolved = await base();
  return {
    ...resolved,
    transformIgnorePatterns: [`/node_modules/(?!(${esm})/)`, '^.+\\.module\\.(css|sass|scss)$'],
  };
}
