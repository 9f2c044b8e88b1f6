import type { Bi, Deed, Intent, Masdar, Noun, Saying } from './types';

/**
 * Words every section's stories use: verbs, connectives, when/why/where phrases, weekdays.
 * Written for this generator in the register of Egyptian news wires; none is taken from content/.
 */

export const MASDARS: readonly Masdar[] = [
  { ar: 'طرح', en: 'introduce', ing: 'introducing' },
  { ar: 'إطلاق', en: 'launch', ing: 'launching' },
  { ar: 'تنفيذ', en: 'implement', ing: 'implementing' },
  { ar: 'مراجعة', en: 'review', ing: 'reviewing' },
  { ar: 'توسيع', en: 'expand', ing: 'expanding' },
  { ar: 'تطوير', en: 'develop', ing: 'developing' },
  { ar: 'اعتماد', en: 'adopt', ing: 'adopting' },
  { ar: 'استكمال', en: 'complete', ing: 'completing' },
  { ar: 'تفعيل', en: 'activate', ing: 'activating' },
  { ar: 'إعداد', en: 'prepare', ing: 'preparing' },
];

export const INTENTS: readonly Intent[] = [
  { ar: ['يعتزم', 'تعتزم'], join: ' ', en: 'plans to', form: 'inf' },
  { ar: ['يستعد', 'تستعد'], join: ' ل', en: 'is preparing to', form: 'inf' },
  { ar: ['يسعى', 'تسعى'], join: ' إلى ', en: 'is seeking to', form: 'inf' },
  { ar: ['يدرس', 'تدرس'], join: ' ', en: 'is considering', form: 'ing' },
  { ar: ['يتجه', 'تتجه'], join: ' إلى ', en: 'is moving to', form: 'inf' },
  { ar: ['يستهدف', 'تستهدف'], join: ' ', en: 'aims to', form: 'inf' },
  { ar: ['يواصل', 'تواصل'], join: ' ', en: 'continues to', form: 'inf' },
  { ar: ['بدأ', 'بدأت'], join: ' ', en: 'has begun', form: 'ing' },
  { ar: ['قرر', 'قررت'], join: ' ', en: 'has decided to', form: 'inf' },
  { ar: ['وافق', 'وافقت'], join: ' على ', en: 'has agreed to', form: 'inf' },
];

export const DEEDS: readonly Deed[] = [
  { ar: ['أطلق', 'أطلقت'], tail: '', en: 'launched', head: 'launches', acc: true },
  { ar: ['أقر', 'أقرت'], tail: '', en: 'approved', head: 'approves', acc: true },
  { ar: ['ناقش', 'ناقشت'], tail: '', en: 'discussed', head: 'discusses', acc: true },
  { ar: ['استعرض', 'استعرضت'], tail: '', en: 'reviewed', head: 'reviews', acc: true },
  { ar: ['تابع', 'تابعت'], tail: '', en: 'followed up on', head: 'follows up on', acc: true },
  { ar: ['أعلن', 'أعلنت'], tail: 'عن', en: 'announced', head: 'announces', acc: false },
  { ar: ['كشف', 'كشفت'], tail: 'عن', en: 'unveiled', head: 'unveils', acc: false },
  { ar: ['بدأ', 'بدأت'], tail: 'تنفيذ', en: 'began implementing', head: 'begins implementing', acc: false },
  { ar: ['انتهى', 'انتهت'], tail: 'من إعداد', en: 'finished preparing', head: 'finishes preparing', acc: false },
];

export const SAYINGS: readonly Saying[] = [
  { ar: ['قال', 'قالت'], comp: 'إن', en: 'said' },
  { ar: ['أعلن', 'أعلنت'], comp: 'أن', en: 'announced' },
  { ar: ['أكد', 'أكدت'], comp: 'أن', en: 'affirmed' },
  { ar: ['أوضح', 'أوضحت'], comp: 'أن', en: 'explained' },
  { ar: ['كشف', 'كشفت'], comp: 'أن', en: 'revealed' },
  { ar: ['أشار', 'أشارت'], comp: 'إلى أن', en: 'pointed out' },
  { ar: ['صرح', 'صرحت'], comp: 'بأن', en: 'stated' },
  { ar: ['ذكر', 'ذكرت'], comp: 'أن', en: 'noted' },
];

/** Follow-up attributions ("وأضاف المصدر أن …"). */
export const FOLLOW_UPS: readonly Saying[] = [
  { ar: ['وأضاف', 'وأضافت'], comp: 'أن', en: 'added' },
  { ar: ['وتابع', 'وتابعت'], comp: 'أن', en: 'went on to say' },
  { ar: ['ولفت', 'ولفتت'], comp: 'إلى أن', en: 'pointed out' },
  { ar: ['وشدد', 'وشددت'], comp: 'على أن', en: 'stressed' },
  { ar: ['وأوضح', 'وأوضحت'], comp: 'أن', en: 'explained' },
];

export const SOURCES: readonly Noun[] = [
  { ar: 'المصدر', en: 'the source', g: 'm' },
  { ar: 'المسؤول', en: 'the official', g: 'm' },
  { ar: 'البيان', en: 'the statement', g: 'm' },
  { ar: 'الوزارة', en: 'the ministry', g: 'f' },
  { ar: 'المتحدث الرسمي', en: 'the spokesman', g: 'm' },
  { ar: 'التقرير', en: 'the report', g: 'm' },
];

/** Where a statement was made ("في بيان رسمي"); the weekday one is added from the story's date. */
export const SETTINGS: readonly Bi[] = [
  { ar: 'في بيان رسمي', en: 'in an official statement' },
  { ar: 'خلال مؤتمر صحفي', en: 'at a press conference' },
  { ar: 'في تصريحات صحفية', en: 'in press remarks' },
  { ar: 'خلال اجتماع موسع', en: 'during an expanded meeting' },
  { ar: 'في تصريحات خاصة للوفد', en: 'in remarks to Al-Wafd' },
  { ar: 'أمام لجنة برلمانية', en: 'before a parliamentary committee' },
];

/** Cairo weekdays, Sunday first (Date#getUTCDay of the Cairo date). */
export const WEEKDAYS: readonly Bi[] = [
  { ar: 'الأحد', en: 'Sunday' },
  { ar: 'الاثنين', en: 'Monday' },
  { ar: 'الثلاثاء', en: 'Tuesday' },
  { ar: 'الأربعاء', en: 'Wednesday' },
  { ar: 'الخميس', en: 'Thursday' },
  { ar: 'الجمعة', en: 'Friday' },
  { ar: 'السبت', en: 'Saturday' },
];

/** Sentence openers; the Arabic verb after them loses its "و". */
export const OPENERS: readonly Bi[] = [
  { ar: 'وفي سياق متصل،', en: 'In a related development,' },
  { ar: 'وفي هذا الإطار،', en: 'In this context,' },
  { ar: 'ومن ناحية أخرى،', en: 'Meanwhile,' },
  { ar: 'وعلى صعيد آخر،', en: 'On another front,' },
  { ar: 'وبحسب البيان،', en: 'According to the statement,' },
  { ar: 'ووفقًا للخطة،', en: 'Under the plan,' },
  { ar: 'وفي الوقت نفسه،', en: 'At the same time,' },
];

export const WHEN: readonly Bi[] = [
  { ar: 'خلال العام المقبل', en: 'over the next year' },
  { ar: 'بحلول نهاية العام الجاري', en: 'by the end of this year' },
  { ar: 'في غضون ستة أشهر', en: 'within six months' },
  { ar: 'خلال الربع الأول من العام', en: 'in the first quarter of the year' },
  { ar: 'اعتبارًا من الشهر المقبل', en: 'from next month' },
  { ar: 'خلال الأسابيع المقبلة', en: 'in the coming weeks' },
  { ar: 'على مدى ثلاث سنوات', en: 'over three years' },
  { ar: 'قبل نهاية العام المالي', en: 'before the end of the fiscal year' },
  { ar: 'خلال المرحلة المقبلة', en: 'in the next phase' },
  { ar: 'في أقرب وقت ممكن', en: 'as soon as possible' },
];

export const WHY: readonly Bi[] = [
  { ar: 'بهدف تحسين مستوى الخدمات المقدمة للمواطنين', en: 'to improve the services offered to citizens' },
  { ar: 'في إطار خطة الدولة للتنمية المستدامة', en: "as part of the state's sustainable development plan" },
  { ar: 'لتخفيف الأعباء عن الأسر محدودة الدخل', en: 'to ease the burden on low-income families' },
  { ar: 'بما يسهم في توفير فرص عمل جديدة', en: 'in a way that helps create new jobs' },
  { ar: 'بالتعاون مع القطاع الخاص', en: 'in cooperation with the private sector' },
  { ar: 'وفق جدول زمني محدد', en: 'according to a set timetable' },
  { ar: 'بمشاركة عدد من الخبراء الدوليين', en: 'with the participation of several international experts' },
  { ar: 'استجابة لمطالب المواطنين', en: "in response to citizens' demands" },
  { ar: 'لدعم الاقتصاد الوطني', en: 'to support the national economy' },
  { ar: 'تنفيذًا لتوجيهات القيادة السياسية', en: 'following the directives of the political leadership' },
];

export const WHERE: readonly Bi[] = [
  { ar: 'في القاهرة الكبرى', en: 'in Greater Cairo' },
  { ar: 'بمحافظات الصعيد', en: 'in the governorates of Upper Egypt' },
  { ar: 'في العاصمة الإدارية الجديدة', en: 'in the New Administrative Capital' },
  { ar: 'بمدن القناة', en: 'in the Canal cities' },
  { ar: 'في محافظات الدلتا', en: 'in the Delta governorates' },
  { ar: 'في الإسكندرية', en: 'in Alexandria' },
  { ar: 'بشمال سيناء', en: 'in North Sinai' },
  { ar: 'في المدن الجديدة', en: 'in the new cities' },
  { ar: 'على مستوى الجمهورية', en: 'across the country' },
  { ar: 'في محافظة أسوان', en: 'in Aswan governorate' },
];

/** Changes in a figure: accusative after "سجل", the headline's noun, the English noun and verb. */
export const CHANGES: readonly { ar: string; head: string; en: string; rise: string; rises: string }[] = [
  { ar: 'ارتفاعًا', head: 'ارتفاع', en: 'a rise', rise: 'rise', rises: 'rises' },
  { ar: 'تراجعًا', head: 'تراجع', en: 'a fall', rise: 'fall', rises: 'falls' },
  { ar: 'نموًا', head: 'نمو', en: 'growth', rise: 'grow', rises: 'grows' },
  { ar: 'زيادة', head: 'زيادة', en: 'an increase', rise: 'increase', rises: 'increases' },
];

export const PERIODS: readonly Bi[] = [
  { ar: 'خلال الربع الأخير', en: 'in the last quarter' },
  { ar: 'خلال الشهر الماضي', en: 'last month' },
  { ar: 'على أساس سنوي', en: 'year on year' },
  { ar: 'مقارنة بالعام الماضي', en: 'compared with last year' },
  { ar: 'خلال النصف الأول من العام', en: 'in the first half of the year' },
];

/** Subheadings of longer stories. */
export const SUBHEADS: readonly Bi[] = [
  { ar: 'تفاصيل الخطة', en: 'Details of the plan' },
  { ar: 'ردود الفعل', en: 'Reactions' },
  { ar: 'الخطوات المقبلة', en: 'Next steps' },
  { ar: 'خلفية', en: 'Background' },
  { ar: 'أرقام ودلالات', en: 'Figures and what they mean' },
  { ar: 'تحديات قائمة', en: 'Remaining challenges' },
  { ar: 'موقف المواطنين', en: 'What citizens say' },
];

// Opinion columns.

export const OPINION_OPENERS: readonly Bi[] = [
  { ar: 'لا شك أن', en: 'There is no doubt that' },
  { ar: 'والحقيقة أن', en: 'The truth is that' },
  { ar: 'في تقديري أن', en: 'In my view,' },
  { ar: 'وأظن أن', en: 'I believe that' },
  { ar: 'ومن الواضح أن', en: 'It is clear that' },
  { ar: 'ولا أبالغ إذا قلت إن', en: 'It is no exaggeration to say that' },
  { ar: 'والمؤكد أن', en: 'What is certain is that' },
  { ar: 'وأعتقد أن', en: 'I think that' },
];

/** What a columnist says someone should do: joined to a verbal noun like an intent. */
export const OUGHTS: readonly Intent[] = [
  { ar: ['يحتاج', 'تحتاج'], join: ' إلى ', en: 'needs to', form: 'inf' },
  { ar: ['مطالب', 'مطالبة'], join: ' ب', en: 'is called upon to', form: 'inf' },
  { ar: ['قادر', 'قادرة'], join: ' على ', en: 'is able to', form: 'inf' },
  { ar: ['مدعو', 'مدعوة'], join: ' إلى ', en: 'is invited to', form: 'inf' },
];

export const CONTRASTS: readonly { ar: readonly [string, string]; en: readonly [string, string] }[] = [
  { ar: ['الطموح', 'الواقع'], en: ['ambition', 'reality'] },
  { ar: ['الوعود', 'التنفيذ'], en: ['promises', 'delivery'] },
  { ar: ['الأمل', 'الحذر'], en: ['hope', 'caution'] },
  { ar: ['القرار', 'التطبيق'], en: ['decision', 'practice'] },
  { ar: ['الحلم', 'الحقيقة'], en: ['the dream', 'the facts'] },
];

export const QUESTIONS: readonly Bi[] = [
  { ar: 'أين الخلل؟', en: 'Where is the flaw?' },
  { ar: 'ما المطلوب؟', en: 'What is needed?' },
  { ar: 'إلى أين؟', en: 'Where to?' },
  { ar: 'من يدفع الثمن؟', en: 'Who pays the price?' },
  { ar: 'ماذا ينتظر المواطن؟', en: 'What do citizens expect?' },
];
