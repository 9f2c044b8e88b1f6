import { scriptRuns } from '@/lib/text';
import type { Locale } from '@/lib/site';

/**
 * Text from the newsroom as a reader hears it: words in the other edition's script carry that
 * language (`<span lang="en">SpaceX</span>` in an Arabic sentence), so a screen reader switches
 * voice for them. What a reader sees is unchanged: the spans carry no style and no direction.
 */
export function EditionText({ text, locale }: { text: string; locale: Locale }) {
  return scriptRuns(text, locale).map((run, i) =>
    run.lang ? (
      <span key={i} lang={run.lang}>
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
