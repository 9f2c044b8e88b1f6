/**
 * The floors the control page (/blank) is compared with: what an empty App Router page weighs on
 * its own, and wrapped in next-intl's client provider as a page set up the usual next-intl way is.
 * Builds two throwaway apps (a layout and one line of text; the second adds NextIntlClientProvider
 * and the next-intl plugin) with this project's Next, next-intl and React, serves each and weighs
 * its page as budgets.test.ts weighs ours (scripts/page-weight.ts).
 *
 *   npx tsx scripts/bench-floor.mts [--dir .next-floor] [--port 3400 | TEST_PORT=…]
 *
 * The apps live in their own folder inside the project (so they resolve this project's packages)
 * and are rewritten on every run.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describeWeight, pageWeight } from './page-weight';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const dir = path.resolve(root, option('--dir', '.next-floor'));
const port = Number(option('--port', process.env.TEST_PORT || '3400'));
const next = path.join(root, 'node_modules/.bin/next');

const page = `export default function Page() {
  return <p>-</p>;
}
`;
const layout = (wrap: boolean) => `${wrap ? "import { NextIntlClientProvider } from 'next-intl';\n" : ''}export default function Layout({ children }) {
  return (
    <html lang="ar" dir="rtl">
      <body>${wrap ? '<NextIntlClientProvider>{children}</NextIntlClientProvider>' : '{children}'}</body>
    </html>
  );
}
`;
const APPS: Record<string, Record<string, string>> = {
  'Next alone': {
    'next.config.mjs': `export default { distDir: 'build' };\n`,
    'app/layout.jsx': layout(false),
    'app/page.jsx': page,
  },
  'in NextIntlClientProvider': {
    'next.config.mjs': `import createNextIntlPlugin from 'next-intl/plugin';\nexport default createNextIntlPlugin('./i18n/request.js')({ distDir: 'build' });\n`,
    'i18n/request.js': `import { getRequestConfig } from 'next-intl/server';\nexport default getRequestConfig(async () => ({ locale: 'ar', messages: {} }));\n`,
    'app/layout.jsx': layout(true),
    'app/page.jsx': page,
  },
};
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

async function weigh(files: Record<string, string>): Promise<number> {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const build = spawnSync(next, ['build'], { cwd: dir, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const server = spawn(next, ['start', '-p', String(port)], { cwd: dir, env, stdio: 'ignore', detached: true });
  try {
    const url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${url} did not answer within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const weight = await pageWeight(url);
    console.log(describeWeight(weight));
    return weight.jsGzip;
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

const results: string[] = [];
for (const [name, files] of Object.entries(APPS)) {
  results.push(`empty page, ${name}: ${((await weigh(files)) / 1024).toFixed(1)} KB of JavaScript files (gzipped)`);
}
console.log(`\n${results.join('\n')}`);
