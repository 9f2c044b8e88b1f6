import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // cms/migrations and the admin's import map are written by Payload's generators.
    ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'coverage/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.data/**', 'cms/migrations/**', 'app/(payload)/admin/importMap.ts'],
  },
];

export default config;
