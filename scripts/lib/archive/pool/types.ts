/**
 * The word pools' shapes. Every entry carries its Arabic and its English, so one sequence of
 * random draws renders one story in both languages: an English translation is the same draws
 * as its Arabic original, read in English.
 */
export type Gender = 'm' | 'f';

/** A phrase with no grammar to agree with. */
export interface Bi {
  ar: string;
  en: string;
}

/** A subject or a speaker: Arabic verbs agree with its gender; `pl` when English treats it as plural. */
export interface Noun extends Bi {
  g: Gender;
  pl?: boolean;
}

/**
 * What an action is about. `acc` is the Arabic after a transitive verb when it differs (an
 * indefinite masculine noun takes the accusative's alif: "أطلقت الوزارة برنامجًا جديدًا").
 */
export interface Thing extends Bi {
  acc?: string;
}

/** A verbal noun in Arabic ("طرح"), an infinitive and a gerund in English. */
export interface Masdar {
  ar: string;
  en: string;
  ing: string;
}

/**
 * A verb that takes a verbal noun: Arabic masculine and feminine forms and what joins the noun
 * ("يستعد لـطرح": " ل"); English takes an infinitive or a gerund ("plans to introduce",
 * "has begun introducing").
 */
export interface Intent {
  ar: readonly [string, string];
  join: string;
  en: string;
  form: 'inf' | 'ing';
}

/**
 * A verb that takes the thing itself. `tail` comes between the subject and the thing in Arabic's
 * verb-first order ("أعلنت الوزارة عن خطة": "عن"); `acc` when the thing is the verb's object
 * (not after a preposition or a verbal noun).
 */
export interface Deed {
  ar: readonly [string, string];
  tail: string;
  en: string;
  /** The English headline's present tense ("launches"). */
  head: string;
  acc: boolean;
}

/** A verb of saying and what introduces the reported clause ("قال إن", "أشار إلى أن"). */
export interface Saying {
  ar: readonly [string, string];
  comp: string;
  en: string;
}

/** A figure that rises or falls (for "recorded a rise of 12%" sentences). */
export type Metric = Noun;

/** One section's vocabulary. */
export interface Topic {
  subjects: readonly Noun[];
  things: readonly Thing[];
  speakers: readonly Noun[];
  metrics: readonly Metric[];
}
