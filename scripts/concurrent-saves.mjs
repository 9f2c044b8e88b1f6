/**
 * Two saves of one story at the same moment, as the newsroom's API receives them: one PATCH sets the
 * headline, the other the summary. Counts the pairs after which the story kept only one of the two
 * edits (cms/hooks/one-save-at-a-time.ts is what keeps both). Against a running server:
 *
 *   ADMIN_EMAIL=… ADMIN_PASSWORD=… node scripts/concurrent-saves.mjs [story id] [pairs] [--draft | --restore]
 *
 * --restore: one of the two is a restore of an earlier version (the admin's "Restore this version")
 * and the other a PATCH of the summary; counts the pairs after which the story's headline is not the
 * restored one — in either order the restore replaces it, so another headline means the PATCH wrote
 * back the story as it read it before the restore.
 *
 * BASE_URL defaults to http://localhost:3000. It edits the story's headline and summary, and puts
 * them back as they were when it ends (published, or as a draft with --draft).
 */
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const [idArg = '1001', pairsArg = '10'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const asDraft = process.argv.includes('--draft');
const withRestore = process.argv.includes('--restore');
const query = asDraft ? '?draft=true' : '';
// Said outright, as README asks of the API: published saves publish, draft saves add to the draft.
const status = asDraft ? 'draft' : 'published';
const pairs = Number(pairsArg);
if (!Number.isInteger(pairs) || pairs < 1 || pairs > 1000) throw new Error('pairs: a whole number from 1 to 1,000');
if (!process.env.ADMIN_EMAIL || !process.env.ADMIN_PASSWORD) throw new Error('ADMIN_EMAIL and ADMIN_PASSWORD name an editor or admin account');

const login = await fetch(`${BASE_URL}/api/users/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
});
if (!login.ok) throw new Error(`login: ${login.status}`);
const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${(await login.json()).token}` };
const story = `${BASE_URL}/api/articles/${idArg}`;
const read = async () => (await fetch(`${story}?draft=true&depth=0`, { headers })).json();
const patch = (data) => fetch(`${story}${query}`, { method: 'PATCH', headers, body: JSON.stringify({ ...data, _status: status }) });

const before = await read();
if (!before.title) throw new Error(`no story ${idArg}`);
let lost = 0;
try {
  if (withRestore) lost = await restoresLost();
  else for (let i = 0; i < pairs; i++) {
    const title = `${before.title} (${i})`;
    const summary = `${before.summary} (${i})`;
    const answers = await Promise.all([patch({ title }), patch({ summary })]);
    if (answers.some((answer) => !answer.ok)) throw new Error(`PATCH: ${answers.map((a) => a.status).join(', ')}`);
    const after = await read();
    if (after.title !== title || after.summary !== summary) lost++;
  }
} finally {
  await patch({ title: before.title, summary: before.summary });
}
console.log(
  withRestore
    ? `${pairs} pairs of a restore and a PATCH at once: ${lost} lost the restore`
    : `${pairs} pairs of PATCHes at once (headline, summary)${query ? ', as drafts' : ''}: ${lost} lost one of the two edits`,
);

/** The --restore pairs: a version saved with its own headline, then each round another headline, and at once its restore and a summary. */
async function restoresLost() {
  const restored = `${before.title} (restore point)`;
  await ok(patch({ title: restored }), 'PATCH');
  const versions = await (await fetch(`${BASE_URL}/api/articles/versions?where[parent][equals]=${idArg}&sort=-createdAt&limit=1&depth=0`, { headers })).json();
  const point = versions.docs?.[0];
  if (point?.version?.title !== restored) throw new Error('the restore point is not the latest version');
  let count = 0;
  for (let i = 0; i < pairs; i++) {
    await ok(patch({ title: `${before.title} (${i})` }), 'PATCH');
    await Promise.all([ok(fetch(`${BASE_URL}/api/articles/versions/${point.id}`, { method: 'POST', headers }), 'restore'), ok(patch({ summary: `${before.summary} (${i})` }), 'PATCH')]);
    if ((await read()).title !== restored) count++;
  }
  return count;
}

async function ok(answer, what) {
  const response = await answer;
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}
