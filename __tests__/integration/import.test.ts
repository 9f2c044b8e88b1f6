/**
 * `npm run import -- <folder>`: Markdown articles (the newsroom's file format) into the CMS, against
 * the running site's database — idempotent, ids kept, and all-or-nothing: a broken file names its
 * file and field and nothing is imported.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADMIN, api, login } from './newsroom-api';
import { jsonLd, page } from './html';

const ROOT = path.resolve(__dirname, '../..');
const IDS = [910001, 910002];

function markdown(id: number, extra = ''): string {
  return [
    '---',
    `id: ${id}`,
    'locale: ar',
    `title: "خبر مستورد ${id}"`,
    'summary: "ملخص الخبر المستورد"',
    'section: economy',
    'tags: ["استيراد"]',
    'byline: "قسم الاقتصاد"',
    'publishedAt: "2026-11-20T09:00:00+02:00"',
    'updatedAt: "2026-11-20T09:00:00+02:00"',
    extra,
    '---',
    '',
    'الفقرة الأولى.',
    '',
    'الفقرة الثانية.',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Runs the import without blocking this process: a synchronous child held the event loop long
 * enough for the server to close an idle keep-alive connection unnoticed, and the next request on
 * it failed ("other side closed").
 */
function runImport(folder: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/database.ts', 'import', folder], { cwd: ROOT, env: process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

let token = '';
let folder = '';

beforeAll(async () => {
  token = await login(ADMIN.email, ADMIN.password);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wafd-import-'));
});

afterAll(async () => {
  for (const id of IDS) await api('DELETE', `/api/articles/${id}`, undefined, token);
  fs.rmSync(folder, { recursive: true, force: true });
});

const exists = async (id: number) => (await api('GET', `/api/articles/${id}?draft=true`, undefined, token)).status === 200;

describe('npm run import', () => {
  it('refuses a folder with a broken file, naming file and field, and imports nothing', async () => {
    fs.writeFileSync(path.join(folder, `${IDS[0]}.md`), markdown(IDS[0]!));
    fs.writeFileSync(path.join(folder, `${IDS[1]}.md`), markdown(IDS[1]!).replace('section: economy', 'section: weather'));
    const { status, output } = await runImport(folder);
    expect(status).not.toBe(0);
    expect(output).toContain(`${IDS[1]}.md: field "section": must be one of`);
    return Promise.all(IDS.map(exists)).then((found) => expect(found).toEqual([false, false]));
  }, 60_000);

  it('refuses a tag the CMS would refuse (dots alone) in the folder check, before anything is imported', async () => {
    fs.writeFileSync(path.join(folder, `${IDS[0]}.md`), markdown(IDS[0]!));
    fs.writeFileSync(path.join(folder, `${IDS[1]}.md`), markdown(IDS[1]!).replace('tags: ["استيراد"]', 'tags: ["استيراد", "..."]'));
    const { status, output } = await runImport(folder);
    expect(status).not.toBe(0);
    expect(output).toContain(`${IDS[1]}.md: field "tags`);
    return Promise.all(IDS.map(exists)).then((found) => expect(found).toEqual([false, false]));
  }, 60_000);

  it('imports a good folder with its ids, and a second run changes nothing but updates', async () => {
    // Signed by a reporter, not a desk: the front matter's bylineType reaches the page.
    fs.writeFileSync(path.join(folder, `${IDS[1]}.md`), markdown(IDS[1]!, 'bylineType: person').replace('byline: "قسم الاقتصاد"', 'byline: "منى الشاذلي"'));
    const first = await runImport(folder);
    expect(first.status).toBe(0);
    expect(first.output).toContain('2 new, 0 updated');
    const { json } = await api<{ title: string; _status: string; publishedAt: string; firstPublishedAt: string }>('GET', `/api/articles/${IDS[0]}`, undefined, token);
    expect(json).toMatchObject({ title: `خبر مستورد ${IDS[0]}`, _status: 'published' });
    // First published when its old site published it, not at the import.
    expect([json.publishedAt, json.firstPublishedAt]).toEqual(['2026-11-20T07:00:00.000Z', '2026-11-20T07:00:00.000Z']);
    const [desk, reporter] = await Promise.all(IDS.map((id) => page(`/news/${id}`)));
    expect(desk!.document.querySelector('article header')!.textContent).toContain('من قسم الاقتصاد');
    expect(reporter!.document.querySelector('article header')!.textContent).toContain('بقلم منى الشاذلي');
    expect(jsonLd(reporter!.document)[0]!.author).toEqual([{ '@type': 'Person', name: 'منى الشاذلي' }]);
    const again = await runImport(folder);
    expect(again.status).toBe(0);
    expect(again.output).toContain('0 new, 2 updated');
  }, 90_000);
});
