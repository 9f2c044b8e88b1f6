#!/usr/bin/env node
/**
 * The whole integration run (scripts/test-integration.mjs, inside scripts/with-server.mjs) as two Jest
 * processes at once: the query-plan tests, which read a database of their own and never the server —
 * most of their time is the database writing 20,000 generated stories — beside every other suite, which
 * take the one server in turn and spend much of their time waiting on it (clocks, expiries, a second
 * server starting). On two cores the two fill each other's waits: CI's integration stage took 700 s with
 * them one after the other. The query-plan lines are marked "[plans]". Exits 0 only when both pass.
 */
import { spawn } from 'node:child_process';
import readline from 'node:readline';

const jest = ['npx', 'jest', '--config', 'jest.integration.config.mjs'];
const PLANS = 'query-plans';

const children = [];
function run(args, prefix) {
  const child = spawn(jest[0], [...jest.slice(1), ...args], { stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  children.push(child);
  if (prefix) {
    for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      readline.createInterface({ input: stream }).on('line', (line) => out.write(`${prefix} ${line}\n`));
    }
  }
  return new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`${prefix ?? '[jest]'} ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

for (const name of ['SIGINT', 'SIGTERM']) {
  process.on(name, () => {
    for (const child of children) child.kill(name);
  });
}

const [plans, rest] = await Promise.all([run([PLANS], '[plans]'), run(['--testPathIgnorePatterns', PLANS])]);
if (plans !== 0) console.error(`[plans] the query-plan tests failed (${plans})`);
process.exit(plans || rest);
