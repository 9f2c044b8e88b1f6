/**
 * Mozilla's HTTP Observatory score of the article and the front page, from their real headers and
 * HTML (scripts/observatory.ts implements the published rules), assuming HTTPS with http://
 * redirecting to the same host first, as on Vercel. The hashed script policy the server sends must
 * earn an A+; the fallback policy next.config sends where the server layer does not run (Vercel)
 * must score what README says it does — the numbers in README are checked here, not copied.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { asServedOverHttps, observatoryScore } from '@/scripts/observatory';
import { raw } from './raw-http';

const README = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

/** "… with the hashed policy … **130 (A+)**" → { score: 130, grade: 'A+' } */
function claimed(policy: 'hashed' | 'fallback') {
  const match = new RegExp(`with the ${policy} policy[^*]*\\*\\*(\\d+) \\(([A-F][+-]?)\\)\\*\\*`).exec(README);
  if (!match) throw new Error(`README does not state the Observatory score with the ${policy} policy`);
  return { score: Number(match[1]), grade: match[2] };
}

describe.each(['/news/1001', '/'])('the Observatory score of %s', (page) => {
  it('is A+ with the hashed policy, as README says', async () => {
    const response = await raw({ path: page });
    expect(response.status).toBe(200);
    const { score, grade, tests } = observatoryScore(asServedOverHttps(response.headers, response.body));
    expect(tests.find((t) => t.test === 'content-security-policy')?.pass).toBe(true);
    expect(grade).toBe('A+');
    expect(score).toBeGreaterThanOrEqual(100);
    expect({ score, grade }).toEqual(claimed('hashed'));
  });

  it('would be what README says with the fallback policy', async () => {
    const response = await raw({ path: page });
    const headers = { ...response.headers, 'content-security-policy': contentSecurityPolicy() };
    expect(headers['content-security-policy']).toContain("'unsafe-inline'");
    const { score, grade } = observatoryScore(asServedOverHttps(headers, response.body));
    expect({ score, grade }).toEqual(claimed('fallback'));
  });
});
