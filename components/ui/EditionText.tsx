import { scriptRuns } from '@/lib/text';
import { EditionRuns } from './EditionRuns';
import type { Locale } from '@/lib/site';

/**
 * Text from the newsroom as a reader hears it: words in the other edition's script carry that
 * language (`<span lang="en">SpaceX</span>` in an Arabic sentence), so a screen reader switches
 * voice for them. What a reader sees is unchanged: the spans carry no style, and a direction only
 * where the bidi algorithm would draw a name wrong ("Disney+", lib/text's ScriptRun.dir).
 */
export function EditionText({ text, locale }: { text: string; locale: Locale }) {
  const runs = scriptRuns(text, locale);
  // Text in one script is the text itself: no list (React would wrap it in a fragment, in the page's payload too).
  if (!runs.some((run) => run.lang)) return text;
  return <EditionRuns runs={runs} />;
}
