import type { ScriptRun } from '@/lib/text';

/**
 * Runs of text as lib/text's scriptRuns split them: a run in the other edition's script carries its
 * language (and a direction where the bidi algorithm would draw it wrong). No rule here, only the
 * drawing: the breaking-news island gets its lines already split on the server, and ships none of it.
 */
export function EditionRuns({ runs }: { runs: readonly ScriptRun[] }) {
  return runs.map((run, i) =>
    run.lang ? (
      <span key={i} lang={run.lang} dir={run.dir}>
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
