import { stopPlansArchive } from './plans-archive';

/** A background archive run the query-plan tests never waited for does not outlive the suite. */
export default async function globalTeardown(): Promise<void> {
  await stopPlansArchive();
}
