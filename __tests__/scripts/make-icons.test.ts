/**
 * @jest-environment node
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

describe('the icon set', () => {
  it('is the wordmark as scripts/make-icons.mjs draws it from the font and site.json today (rerun it after a change)', () => {
    const run = spawnSync(process.execPath, ['scripts/make-icons.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);

  it('draws the name, not the old bar chart: one square and one outline, in the paper’s red and white', () => {
    const svg = fs.readFileSync(path.join(root, 'app/icon.svg'), 'utf8');
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('fill="#b3121b"');
    expect(svg).toContain('fill="#ffffff"');
  });
});
