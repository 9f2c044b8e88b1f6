import type { Block } from '@/lib/content/body';
import {
  CHANGES,
  CONTRASTS,
  DEEDS,
  FOLLOW_UPS,
  INTENTS,
  MASDARS,
  OPENERS,
  OPINION_OPENERS,
  OUGHTS,
  PERIODS,
  QUESTIONS,
  SAYINGS,
  SETTINGS,
  SOURCES,
  SUBHEADS,
  WEEKDAYS,
  WHEN,
  WHERE,
  WHY,
} from './pool/common';
import { COMPETITIONS, TEAMS, TOPICS, topicOf } from './pool/topics';
import type { Bi, Gender, Masdar, Metric, Noun, Thing, Topic } from './pool/types';
import { Rng, cumulative } from './random';

/**
 * A story's words: headline, summary and body, written in Arabic and English at once from one
 * stream of draws (so a translation is the same story). Pure: the same seed, number and kind give
 * the same text, on any machine. Shapes follow the paper: headlines of 6–14 words, a summary of one
 * or two sentences, 4–12 paragraphs of 30–80 words, a subheading in some long stories.
 */

export type Language = 'ar' | 'en';

export interface StoryKind {
  /** Section slug: picks the vocabulary (an unknown one writes like news). */
  section: string;
  /** A column: a writer's opinion, in the first person. */
  column: boolean;
  /** Cairo weekday of publication, 0 = Sunday ("قال …، اليوم الثلاثاء، إن …"). */
  weekday: number;
}

export interface StoryText {
  title: Bi;
  summary: Bi;
  paragraphs: Bi[];
  /** A subheading before paragraph `before`. */
  subhead?: { before: number; text: Bi };
}

export const LIMITS = {
  titleWords: [6, 14],
  titleChars: 200,
  summaryChars: 400,
  summarySentences: [1, 2],
  paragraphs: [4, 12],
  paragraphWords: [30, 80],
  /** No sentence is longer, so any paragraph short of 30 words can take one more. */
  sentenceWords: 40,
} as const;

/** Words in generated text: its phrases are joined by single spaces. */
export function countWords(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return text ? n : 0;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** English headlines drop the article: "the Ministry of Finance" → "Ministry of Finance". */
const bare = (s: string) => s.replace(/^(the|a|an) /i, '');
const gi = (g: Gender) => (g === 'm' ? 0 : 1);
/** The lead sentence of an Arabic story does not start with "و" ("وأظن أن" → "أظن أن"). */
const dropWaw = (s: string) => (s.startsWith('و') ? s.slice(1) : s);

/** What this story is mostly about: sentences come back to it about half the time. */
interface Focus {
  topic: Topic;
  subject: Noun;
  thing: Thing;
  speaker: Noun;
  masdar: Masdar;
  metric: Metric | undefined;
}

interface Ctx {
  rng: Rng;
  kind: StoryKind;
  focus: Focus;
}

const PARAGRAPH_COUNTS = cumulative([8, 12, 14, 14, 12, 10, 8, 6, 4]); // 4 … 12

function choose<T>(ctx: Ctx, focused: T, pool: readonly T[]): T {
  return ctx.rng.chance(0.5) ? focused : ctx.rng.pick(pool);
}

/** A columnist ranges over every section's subjects; a reporter stays in their section. */
function topicFor(ctx: Ctx): Topic {
  if (!ctx.kind.column || ctx.rng.chance(0.5)) return ctx.focus.topic;
  return ctx.rng.pick(Object.values(TOPICS));
}

/**
 * A verb and its object, agreeing with the subject's gender. Arabic in two orders: subject first
 * (after "أن" and in headlines) and verb first (a story's own sentences).
 */
interface Action {
  svo: string;
  verb: string;
  rest: string;
  en: string;
  head: string;
}

function action(ctx: Ctx, g: Gender, topic = ctx.focus.topic): Action {
  const { rng } = ctx;
  const thing = topic === ctx.focus.topic ? choose(ctx, ctx.focus.thing, topic.things) : rng.pick(topic.things);
  if (rng.chance(0.55)) {
    const intent = rng.pick(INTENTS);
    const masdar = choose(ctx, ctx.focus.masdar, MASDARS);
    const rest = `${intent.join}${masdar.ar} ${thing.ar}`;
    const en = `${intent.en} ${intent.form === 'inf' ? masdar.en : masdar.ing} ${thing.en}`;
    return { svo: `${intent.ar[gi(g)]}${rest}`, verb: intent.ar[gi(g)], rest, en, head: en };
  }
  const deed = rng.pick(DEEDS);
  const object = deed.acc ? (thing.acc ?? thing.ar) : thing.ar;
  const rest = deed.tail ? ` ${deed.tail} ${object}` : ` ${object}`;
  return { svo: `${deed.ar[gi(g)]}${rest}`, verb: deed.ar[gi(g)], rest, en: `${deed.en} ${thing.en}`, head: `${deed.head} ${thing.en}` };
}

/** Zero to two phrases of when, why and where, each kind at most once. */
function modifiers(ctx: Ctx, max = 2): Bi {
  const { rng } = ctx;
  const count = rng.int(0, max);
  const kinds = [WHEN, WHY, WHERE];
  let ar = '';
  let en = '';
  for (let i = 0; i < count; i++) {
    const k = rng.int(0, kinds.length - 1);
    const [pool] = kinds.splice(k, 1);
    if (!pool) break;
    if (pool === WHY && rng.chance(0.15)) {
      const n = rng.int(12, 950);
      ar += ` بتكلفة تتجاوز ${n} مليون جنيه`;
      en += ` at a cost of more than ${n} million pounds`;
    } else {
      const m = rng.pick(pool);
      ar += ` ${m.ar}`;
      en += ` ${m.en}`;
    }
  }
  return { ar, en };
}

function percent(rng: Rng): string {
  return rng.chance(0.3) ? `${rng.int(1, 40)}.${rng.int(1, 9)}` : String(rng.int(2, 45));
}

// Sentences. `lead`: the story's first sentence (no "و", the day it happened).

function speech(ctx: Ctx, lead: boolean, short: boolean): Bi {
  const { rng } = ctx;
  const topic = topicFor(ctx);
  const speaker = topic === ctx.focus.topic ? choose(ctx, ctx.focus.speaker, topic.speakers) : rng.pick(topic.speakers);
  const saying = rng.pick(SAYINGS);
  const subject = topic === ctx.focus.topic ? choose(ctx, ctx.focus.subject, topic.subjects) : rng.pick(topic.subjects);
  const act = action(ctx, subject.g, topic);
  const roll = rng.next();
  const day = WEEKDAYS[ctx.kind.weekday]!;
  const setting = short ? undefined : roll < (lead ? 0.6 : 0.2) ? { ar: `اليوم ${day.ar}`, en: `on ${day.en}` } : roll < 0.75 ? rng.pick(SETTINGS) : undefined;
  const mods = short ? { ar: '', en: '' } : modifiers(ctx, 1);
  const verb = saying.ar[gi(speaker.g)];
  return {
    ar: `${lead ? '' : 'و'}${verb} ${speaker.ar}${setting ? `، ${setting.ar}،` : ''} ${saying.comp} ${subject.ar} ${act.svo}${mods.ar}.`,
    en: `${cap(speaker.en)} ${saying.en}${setting ? ` ${setting.en}` : ''} that ${subject.en} ${act.en}${mods.en}.`,
  };
}

function statement(ctx: Ctx, lead: boolean, short: boolean): Bi {
  const { rng } = ctx;
  const topic = topicFor(ctx);
  const subject = topic === ctx.focus.topic ? choose(ctx, ctx.focus.subject, topic.subjects) : rng.pick(topic.subjects);
  const act = action(ctx, subject.g, topic);
  const mods = short ? { ar: '', en: '' } : modifiers(ctx);
  const opener = !lead && rng.chance(0.3) ? rng.pick(OPENERS) : undefined;
  const start = opener ? `${opener.ar} ${act.verb}` : `${lead ? '' : 'و'}${act.verb}`;
  return {
    ar: `${start} ${subject.ar}${act.rest}${mods.ar}.`,
    en: `${opener ? `${opener.en} ${subject.en}` : cap(subject.en)} ${act.en}${mods.en}.`,
  };
}

function followUp(ctx: Ctx, short: boolean): Bi {
  const { rng } = ctx;
  const source = rng.pick(SOURCES);
  const verb = rng.pick(FOLLOW_UPS);
  const subject = choose(ctx, ctx.focus.subject, ctx.focus.topic.subjects);
  const act = action(ctx, subject.g);
  const mods = short ? { ar: '', en: '' } : modifiers(ctx, 1);
  return {
    ar: `${verb.ar[gi(source.g)]} ${source.ar} ${verb.comp} ${subject.ar} ${act.svo}${mods.ar}.`,
    en: `${cap(source.en)} ${verb.en} that ${subject.en} ${act.en}${mods.en}.`,
  };
}

function quote(ctx: Ctx): Bi {
  const speaker = choose(ctx, ctx.focus.speaker, ctx.focus.topic.speakers);
  const subject = choose(ctx, ctx.focus.subject, ctx.focus.topic.subjects);
  const act = action(ctx, subject.g);
  const mods = modifiers(ctx, 1);
  return {
    ar: `${speaker.g === 'm' ? 'وقال' : 'وقالت'} ${speaker.ar}: «${subject.ar} ${act.svo}${mods.ar}».`,
    en: `“${cap(subject.en)} ${act.en}${mods.en},” ${speaker.en} said.`,
  };
}

function figure(ctx: Ctx, lead: boolean, metric: Metric): Bi {
  const { rng } = ctx;
  const change = rng.pick(CHANGES);
  const period = rng.pick(PERIODS);
  const n = percent(rng);
  return {
    ar: `${lead ? '' : 'و'}${metric.g === 'm' ? 'سجل' : 'سجلت'} ${metric.ar} ${change.ar} بنسبة ${n}% ${period.ar}.`,
    en: `${cap(metric.en)} recorded ${change.en} of ${n}% ${period.en}.`,
  };
}

/** A result: home side, away side, score, competition. */
function result(ctx: Ctx): { home: Bi; away: Bi; score: string; competition: Bi } {
  const { rng } = ctx;
  const home = rng.int(0, TEAMS.length - 1);
  const away = (home + rng.int(1, TEAMS.length - 1)) % TEAMS.length;
  const a = rng.int(1, 4);
  return { home: TEAMS[home]!, away: TEAMS[away]!, score: `${a}-${rng.int(0, a - 1)}`, competition: rng.pick(COMPETITIONS) };
}

function match(ctx: Ctx, lead: boolean): Bi {
  const { home, away, score, competition } = result(ctx);
  return {
    ar: `${lead ? '' : 'و'}تغلب ${home.ar} على ${away.ar} بنتيجة ${score} ${competition.ar}.`,
    en: `${home.en} beat ${away.en} ${score} ${competition.en}.`,
  };
}

function opinion(ctx: Ctx, lead: boolean, short: boolean): Bi {
  const { rng } = ctx;
  const opener = rng.pick(OPINION_OPENERS);
  const topic = topicFor(ctx);
  const subject = topic === ctx.focus.topic ? choose(ctx, ctx.focus.subject, topic.subjects) : rng.pick(topic.subjects);
  const mods = short ? { ar: '', en: '' } : modifiers(ctx, 1);
  let ar: string;
  let en: string;
  if (rng.chance(0.5)) {
    const ought = rng.pick(OUGHTS);
    const masdar = choose(ctx, ctx.focus.masdar, MASDARS);
    const thing = rng.pick(topic.things);
    ar = `${ought.ar[gi(subject.g)]}${ought.join}${masdar.ar} ${thing.ar}`;
    en = `${ought.en} ${masdar.en} ${thing.en}`;
  } else {
    const act = action(ctx, subject.g, topic);
    ar = act.svo;
    en = act.en;
  }
  const start = lead ? dropWaw(opener.ar) : opener.ar;
  return { ar: `${start} ${subject.ar} ${ar}${mods.ar}.`, en: `${opener.en} ${subject.en} ${en}${mods.en}.` };
}

function sentence(ctx: Ctx, lead: boolean, short = false): Bi {
  const { rng, kind, focus } = ctx;
  for (let attempt = 0; ; attempt++) {
    const tight = short || attempt > 2;
    const roll = rng.next();
    let s: Bi;
    if (kind.column && roll < 0.45) s = opinion(ctx, lead, tight);
    else if (roll < 0.6) s = rng.chance(0.5) ? speech(ctx, lead, tight) : statement(ctx, lead, tight);
    else if (roll < 0.72 && focus.metric) s = figure(ctx, lead, choose(ctx, focus.metric, focus.topic.metrics));
    else if (roll < 0.8 && kind.section === 'sports' && !kind.column) s = match(ctx, lead);
    else if (lead) s = statement(ctx, lead, tight);
    else if (roll < 0.9) s = followUp(ctx, tight);
    else s = tight ? statement(ctx, lead, true) : quote(ctx);
    if (Math.max(countWords(s.ar), countWords(s.en)) <= LIMITS.sentenceWords) return s;
  }
}

/** Sentences until the paragraph reaches its length — in both languages, never past 80 words. */
function paragraph(ctx: Ctx, lead: boolean): Bi {
  const [min, max] = LIMITS.paragraphWords;
  const target = ctx.rng.int(min, 68);
  const ar: string[] = [];
  const en: string[] = [];
  let nAr = 0;
  let nEn = 0;
  for (let attempt = 0; attempt < 60 && Math.min(nAr, nEn) < target; attempt++) {
    const s = sentence(ctx, lead && ar.length === 0, attempt > 6);
    const wAr = countWords(s.ar);
    const wEn = countWords(s.en);
    if (nAr + wAr > max || nEn + wEn > max) {
      if (Math.min(nAr, nEn) >= min) break;
      continue;
    }
    ar.push(s.ar);
    en.push(s.en);
    nAr += wAr;
    nEn += wEn;
  }
  return { ar: ar.join(' '), en: en.join(' ') };
}

// Headlines.

function headline(ctx: Ctx): Bi {
  const { rng, kind, focus } = ctx;
  const roll = rng.next();
  if (kind.column) {
    const thing = choose(ctx, focus.thing, topicFor(ctx).things);
    if (roll < 0.3) {
      const c = rng.pick(CONTRASTS);
      return { ar: `${thing.ar} بين ${c.ar[0]} و${c.ar[1]}`, en: `${cap(bare(thing.en))} between ${c.en[0]} and ${c.en[1]}` };
    }
    if (roll < 0.55) {
      const masdar = choose(ctx, focus.masdar, MASDARS);
      return { ar: `ماذا بعد ${masdar.ar} ${thing.ar}؟`, en: `What comes after ${masdar.ing} ${thing.en}?` };
    }
    if (roll < 0.75) {
      return { ar: `رسالة مفتوحة إلى ${focus.speaker.ar} بشأن ${thing.ar}`, en: `An open letter to ${focus.speaker.en} about ${thing.en}` };
    }
    const q = rng.pick(QUESTIONS);
    return { ar: `${focus.subject.ar} و${thing.ar}: ${q.ar}`, en: `${cap(bare(focus.subject.en))} and ${thing.en}: ${q.en}` };
  }
  if (roll < 0.2 && focus.metric) {
    const change = rng.pick(CHANGES);
    const period = rng.pick(PERIODS);
    const n = percent(rng);
    const m = focus.metric;
    return { ar: `${change.head} ${m.ar} بنسبة ${n}% ${period.ar}`, en: `${cap(bare(m.en))} ${m.pl ? change.rise : change.rises} ${n}% ${period.en}` };
  }
  if (roll < 0.4 && kind.section === 'sports') {
    const { home, away, score, competition } = result(ctx);
    return { ar: `${home.ar} يتغلب على ${away.ar} بنتيجة ${score} ${competition.ar}`, en: `${home.en} beat ${away.en} ${score} ${competition.en}` };
  }
  const subject = focus.subject;
  const act = action(ctx, subject.g);
  if (roll < 0.65) {
    const speaker = focus.speaker;
    return { ar: `${speaker.ar}: ${subject.ar} ${act.svo}`, en: `${cap(bare(speaker.en))}: ${bare(subject.en)} ${act.head}` };
  }
  const mod = rng.chance(0.4) ? rng.pick(rng.chance(0.5) ? WHEN : WHERE) : undefined;
  return { ar: `${subject.ar} ${act.svo}${mod ? ` ${mod.ar}` : ''}`, en: `${cap(bare(subject.en))} ${act.head}${mod ? ` ${mod.en}` : ''}` };
}

function fits(title: Bi): boolean {
  const [min, max] = LIMITS.titleWords;
  return [title.ar, title.en].every((t) => {
    const n = countWords(t);
    return n >= min && n <= max && t.length <= LIMITS.titleChars;
  });
}

function summary(ctx: Ctx): Bi {
  for (;;) {
    const first = sentence(ctx, true);
    const second = ctx.rng.chance(0.5) ? sentence(ctx, false) : undefined;
    const both = second ? { ar: `${first.ar} ${second.ar}`, en: `${first.en} ${second.en}` } : first;
    if (Math.max(both.ar.length, both.en.length) <= LIMITS.summaryChars) return both;
  }
}

/** The words of story `index` of the archive seeded `seed`. */
export function storyText(seed: number, index: number, kind: StoryKind): StoryText {
  const rng = new Rng(seed ^ 0x7e57_0a11, index);
  const topic = topicOf(kind.section);
  const focus: Focus = {
    topic,
    subject: rng.pick(topic.subjects),
    thing: rng.pick(topic.things),
    speaker: rng.pick(topic.speakers),
    masdar: rng.pick(MASDARS),
    metric: topic.metrics.length ? rng.pick(topic.metrics) : undefined,
  };
  const ctx: Ctx = { rng, kind, focus };

  let title = headline(ctx);
  for (let attempt = 0; !fits(title) && attempt < 50; attempt++) title = headline(ctx);
  const paragraphs: Bi[] = [];
  const count = LIMITS.paragraphs[0] + rng.weighted(PARAGRAPH_COUNTS);
  for (let i = 0; i < count; i++) paragraphs.push(paragraph(ctx, i === 0));
  const subhead = count >= 8 && rng.chance(0.4) ? { before: Math.floor(count / 2), text: rng.pick(SUBHEADS) } : undefined;
  return { title, summary: summary(ctx), paragraphs, ...(subhead && { subhead }) };
}

/** The body as the site's blocks (lib/content/body), in one language, for blocksToLexical. */
export function bodyBlocks(text: StoryText, language: Language): Block[] {
  const blocks: Block[] = [];
  text.paragraphs.forEach((p, i) => {
    if (text.subhead?.before === i) blocks.push({ type: 'heading', level: 2, children: [{ type: 'text', text: text.subhead.text[language] }] });
    blocks.push({ type: 'paragraph', children: [{ type: 'text', text: p[language] }] });
  });
  return blocks;
}
