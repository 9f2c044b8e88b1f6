import { extractHeaderLanguage } from '@payloadcms/translations';
import type { ReaderState } from '@/lib/content/reader-state';
import { ADMIN_LANGUAGE_COOKIE } from '@/lib/admin-language';

/**
 * The newsroom's own words in the admin, beside Payload's Arabic and English: field labels,
 * descriptions and validation messages, under the `alwafd:` namespace.
 */
export const translations = {
  ar: {
    // Payload's Arabic misspells "create new" with the wrong alef, makes every saved thing feminine
    // («خبر تم إنشاؤها»), every new one masculine («أضف صورة جديد» on a story's picture field),
    // garbles an empty list's sentence, drops the hamza of «إلغاء» and calls a story a "document".
    // Said here so that they read right for any label.
    general: {
      createNew: 'إنشاء جديد',
      successfullyCreated: 'تم إنشاء {{label}} بنجاح.',
      creatingNewLabel: 'إنشاء {{label}}',
      noResults: 'لا شيء في {{label}}: لم يُضف شيء بعد، أو لا شيء يطابق ما حددته أعلاه.',
      // An empty cell of the lists: Payload's «‹لا القسم>» is no Arabic.
      noLabel: '—',
      // A list's bulk actions: «تم تحديث 3 الأخبار بنجاح» is no Arabic; said without a number's agreement.
      updatedCountSuccessfully: 'عدد ما حُدِّث من {{label}}: {{count}}.',
      deletedCountSuccessfully: 'عدد ما حُذف من {{label}}: {{count}}.',
      aboutToDeleteCount_one: 'عدد ما ستحذفه من {{label}}: {{count}}. هل أنت متأكد؟',
      aboutToDeleteCount_many: 'عدد ما ستحذفه من {{label}}: {{count}}. هل أنت متأكد؟',
      aboutToDeleteCount_other: 'عدد ما ستحذفه من {{label}}: {{count}}. هل أنت متأكد؟',
      // An empty list, with or without filters («إما أن لا يوجد شيء أو أنه لا يوجد شيء…»).
      noResultsDescription: 'لا شيء هنا بعد، أو لا شيء يطابق ما حددته أعلاه.',
      // A yes-or-no column (a sample story) and the filter's «موجود» said «صحيح / كاذب» — "liar".
      true: 'نعم',
      false: 'لا',
    },
    // «… الذي هو 60 أحرف» and «على القيمة أن تكون فريدة» under a field: said as an editor reads them.
    validation: {
      shorterThanMax: 'هذا النص أطول من المسموح: أقصى ما يقبله الحقل {{maxLength}} من الأحرف.',
      longerThanMin: 'هذا النص أقصر من المطلوب: أقل ما يقبله الحقل {{minLength}} من الأحرف.',
      // «1399 أقل من الحد الأدنى المسموح به القيمة الذي يبلغ 1400» under a number; Payload says the
      // same of a list's count (13 tags of 12), so the sentence names neither.
      lessThanMin: '{{value}} أقل مما يقبله الحقل: أدناه {{min}}.',
      greaterThanMax: '{{value}} أكثر مما يقبله الحقل: أقصاه {{max}}.',
    },
    error: {
      valueMustBeUnique: 'هذه القيمة مستعملة من قبل: اختر غيرها.',
      // Said to a writer opening a page of an editor's too: «عليك أن تقوم بتسجيل الدّخول» to someone signed in.
      unauthorized: 'لا يتيح لك حسابك هذا، أو انتهت جلستك: سجّل الدخول من جديد إن لزم.',
      // A story's page opened by a number that is none («… المستند بالمعرف abc … أصلاً ،»: a "document", a stray space).
      documentNotFound: 'لا شيء هنا بالرقم {{id}}: ربما حُذف، أو لم يكن قط، أو لا يتيح لك حسابك فتحه.',
    },
    // A list's row folded or opened, and the link form of the story's text: Payload left them in
    // English or half-English («URL مخصّص»), without the hamza of «أدخل».
    fields: {
      addNewLabel: 'إنشاء {{label}}',
      toggleBlock: 'طيّ الصف أو فتحه',
      chooseBetweenCustomTextOrDocument: 'اكتب الرابط بنفسك، أو اختر خبرًا من الموقع يُربط به.',
      customURL: 'رابط تكتبه',
      enterURL: 'أدخل الرابط',
      // «تمّ الرّبط ل خبر» and «اختر مستندًا» above an internal link.
      linkedTo: 'مرتبط بـ<0>{{label}}</0>',
      chooseDocumentToLink: 'اختر الخبر الذي يُربط به',
    },
    // Only stories have drafts (cms/collections/Articles.ts), so only a story is ever unpublished.
    version: {
      // Payload's Arabic misspells it «بنحاح».
      restoredSuccessfully: 'تمّت الاستعادة بنجاح.',
      unpublish: 'إلغاء النشر',
      unpublishing: 'يجري إلغاء النشر…',
      aboutToUnpublish: 'أنت على وشك إلغاء نشر هذا الخبر، فيختفي عن القراء. هل أنت متأكد؟',
      // «تم الإلغاء بنجاح» read as "cancelled"; «إستعادة» has a hamza it does not take; «هذا المستند خبر».
      unpublishedSuccessfully: 'أُلغي النشر: الخبر لم يعد عند القراء.',
      confirmVersionRestoration: 'تأكيد استعادة النسخة',
      aboutToRestore: 'سيعود الخبر إلى ما كان عليه في {{versionDate}}؛ وإن كانت تلك النسخة منشورة فهي ما يراه القراء فورًا.',
      aboutToRevertToPublished: 'ستعود إلى النسخة المنشورة، وتُترك المسودة التي لم تُنشر. هل أنت متأكد؟',
      // A version's age in the comparison: date-fns says an exact dual in the nominative («دقيقتان»,
      // «يومان», «شهران»), which «منذ» would put in the genitive («منذ دقيقتان» is no Arabic); as the
      // subject of «مرّ» it reads right. Its approximate duals are oblique («ساعتين تقريبا», 90–150 minutes
      // old), which neither frame reads right for: the words are date-fns' own, and Payload takes its
      // locale by key, so they are not ours to change.
      versionAgo: 'مرّ عليها {{distance}}',
      // The latest save is a draft and some version went out once: said so, beside «عند القراء»,
      // which says whether readers have it now (a story taken down read «لديها نسخة منشورة»).
      draftHasPublishedVersion: 'مسودة (نُشرت نسخة منه من قبل)',
    },
    alwafd: {
      listAddressTitle: 'لا تُفتح القائمة بهذا العنوان',
      listAddressLead: 'في عنوان الصفحة ما لا تُقرأ به القائمة:',
      listAddressPage: 'رقم الصفحة عدد صحيح من 1 فصاعدًا.',
      listAddressLimit: 'عدد ما تعرضه الصفحة عدد صحيح.',
      listAddressWhere: 'هذا ليس شرطًا: الشرط اسم حقل، ثم مقارنة، ثم قيمة.',
      listAddressField: 'لا حقل بهذا الاسم في هذه القائمة، أو لا مقارنة بهذا الاسم.',
      listAddressId: 'هذا الحقل يحمل أرقامًا: أعدادًا صحيحة من 0 إلى {{max}}.',
      listAddressDate: 'هذا الحقل يحمل تاريخًا، وهذه القيمة ليست تاريخًا.',
      listAddressKept: 'افتح القائمة بما بقي من العنوان',
      listAddressWhole: 'افتح القائمة كلها دون تصفية',
      bidiControls: 'احذف رموز التحكم في اتجاه النص (U+202A–U+202E و U+2066–U+2069): فهي تقلب ما يراه القارئ.',
      linkForm: 'يجب أن يبدأ الرابط بـ https:// أو بـ /',
      bodyLinkForm: 'الرابط «{{url}}» في النص لا يفتح للقراء: يبدأ الرابط بـ https:// أو بـ / (صفحة في الموقع).',
      bodyUnshownPart: 'في النص جزء من نوع «{{kind}}» لا تعرضه الصفحة (تعرض الفقرات والعناوين والاقتباسات والقوائم والروابط): احذفه أو اكتبه فقرةً.',
      bodyLinkMissing: 'في النص رابط إلى الخبر رقم {{id}}، ولا يوجد خبر بهذا الرقم: يصل القارئ منه إلى صفحة غير موجودة.',
      bodyLinkEmpty: 'في النص رابط بلا عنوان: اكتب عنوانه (يبدأ بـ https:// أو بـ /) أو احذف الرابط.',
      bodyPartInvalid: 'في النص جزء من نوع «{{kind}}» لا يصحّ كما هو: صحّحه أو احذفه.',
      sameEdition: 'الترجمة يجب أن تكون في الطبعة الأخرى.',
      translationTaken: 'لهذا الخبر ترجمة مرتبطة به بالفعل.',
      isAnOriginal: 'هذا الخبر أصلٌ لترجمة مرتبطة به بالفعل، فلا يكون ترجمةً لخبر آخر.',
      slugForm: 'حروف لاتينية صغيرة وشرطات فقط، مثل economy',
      tagForm: 'الوسم كلمة أو اسم، بلا / ? # % \\، وليس نقاطًا فقط',
      tagLength: 'الوسم {{max}} حرفًا على الأكثر.',
      latinName: 'اكتب الاسم بحروف لاتينية كما تكتبه الأخبار، مثل SpaceX.',
      spellingArabic: 'كل سطر تهجئة بحروف عربية كما يكتبها القارئ، مثل «سبيس إكس»؛ هذا السطر ليس كذلك: «{{line}}».',
      spellingWords: 'هذا السطر لا يبحث عن شيء (حرف واحد أو كلمات شائعة فقط): «{{line}}».',
      spellingLength: 'التهجئة {{max}} حرفًا على الأكثر، وهذا السطر أطول: «{{line}}».',
      spellingCount: 'اكتب {{max}} تهجئة على الأكثر، كل واحدة في سطر.',
      missingRelation: 'لا يوجد عنصر بهذا المعرّف.',
      personBylineName: 'اكتب اسم المراسل أو المحرر الذي يوقّع الخبر.',
      hijriRepeated: '{{month}} مذكور أكثر من مرة.',
      hijriMonthLength: 'بهذه التصحيحات يصير في {{month}} {{days}} يومًا، والشهر الهجري 29 أو 30 يومًا. صحّح الشهر المجاور أيضًا.',
      hijriYear: 'السنة الهجرية عدد صحيح من {{min}} إلى {{max}}.',
      hijriMonth: '{{name}} {{year}} هـ',
      hijriDays: 'الفرق عدد صحيح من −2 إلى 2، وليس صفرًا.',
      draftNeedsTitle: 'اكتب عنوانًا للخبر قبل حفظه، ولو عنوانًا مؤقتًا، فبه يُعرف في قائمة الأخبار.',
      draftNotSaved: 'لم تُحفظ المسودة',
      tooManySignIns: 'محاولات دخول كثيرة لم تنجح من هذا الاتصال: يُفتح له الدخول مجددًا {{when}}.',
      savedElsewhere: 'حُفظ هذا في مكان آخر — في نافذة أخرى أو على يد زميل — {{ago}}، بعد أن فتحتَه هنا، فلم يُحفظ تعديلك كي لا يمحو ذلك الحفظ. ما كتبتَه باقٍ أمامك؛ انسخه، ثم أعد تحميل الصفحة لترى أحدث نسخة وأضِفه إليها.',
      sectionHoldsStories: 'في هذا القسم {{count}} من الأخبار: انقلها إلى قسم آخر قبل حذفه.',
      pictureInUse: 'هذه الصورة مستخدمة في {{stories}} من الأخبار و{{writers}} من صور الكتّاب: استبدلها هناك قبل حذفها.',
      pictureInStories: 'هذه الصورة مستخدمة في {{stories}} من الأخبار: استبدلها هناك قبل حذفها.',
      pictureInPortraits: 'هذه الصورة مستخدمة في {{writers}} من صور الكتّاب: استبدلها هناك قبل حذفها.',
      tagInUse: 'يحمل هذا الوسم {{count}} من الأخبار: احذفه منها قبل حذفه.',
      writerHasStories: 'لهذا الكاتب {{count}} من المقالات: انسبها إلى كاتب آخر قبل حذفه.',
      notADate: 'ليس تاريخًا صحيحًا: يُكتب التاريخ 2026-12-01 أو 2026-12-01T10:30:00Z (فـ 1/12/2026 تُقرأ يومًا أولًا أو شهرًا أولًا).',
      pendingDraftStatus: 'لهذا الخبر مسودة تنتظر النشر، وحفظه بلا حالة كان يسحبه من القراء: أرسل "_status": "published" لتنشره بمسودته وبهذا التعديل، أو "_status": "draft" مع ?draft=true لتضيف التعديل إلى المسودة.',
      controlCharacters: 'احذف رموز التحكم التي لا تُرى (U+0000–U+001F و U+007F–U+009F و U+2028 و U+2029)، وقد تأتي مع النص المنسوخ.',
      notText: 'هذا الحقل نصّ.',
      notARelationId: 'هذه القيمة ليست رقم مستند؛ اختر من القائمة.',
      bodyTooLarge: 'ما أُرسل أكبر من {{max}} ميغابايت، وهو أقصى ما يقبله الخادم في حفظ واحد.',
      notOneRelation: 'يشير هذا الحقل إلى مستند واحد برقمه، لا إلى قائمة.',
      notTagList: 'الوسوم قائمة: أرقام الوسوم أو أسماؤها، مثل ["اقتصاد", 12].',
      textHoldsNul: '«{{field}}» فيه الرمز U+0000 (NUL)، ولا يحفظه أي نص؛ احذفه ثم احفظ.',
      textHoldsHalfCharacter: '«{{field}}» فيه نصف حرف (U+{{code}} وحده بلا نصفه الآخر)، وليس نصًّا يُحفظ؛ احذفه ثم احفظ.',
      bodyNotFields: 'ما أُرسل ليس حقول مستند: أرسل كائن JSON بحقوله، مثل {"title": "…"}.',
      bodyTooDeep: '«{{field}}» متداخل أعمق من {{max}} مستوى، ولا يبلغ مستند هذا العمق؛ أرسله كما يحفظه المحرر.',
      noEmail: 'اكتب البريد الإلكتروني للحساب.',
      notTexts: 'هذا الحقل قائمة من النصوص.',
      notAChoice: 'هذا الحقل أحد خياراته، نصًّا.',
      notChoices: 'هذا الحقل قائمة من خياراته، نصوصًا.',
      notNumber: 'هذا الحقل رقم.',
      notNumbers: 'هذا الحقل قائمة من الأرقام.',
      notYesNo: 'هذا الحقل نعم أو لا (true أو false).',
      notRows: 'هذا الحقل قائمة من الصفوف.',
      notGroup: 'هذا الحقل مجموعة من الحقول.',
      notAStatus: 'الحالة مسودة أو منشور فقط.',
      bodyShape: 'النص ليس بالصيغة التي يحفظها المحرر (فقرات وعناصر داخل جذر، بعمق {{max}} على الأكثر).',
      tagEditionInUse: 'يحمل هذا الوسم {{count}} من الأخبار في طبعته: احذفه منها قبل نقله إلى الطبعة الأخرى.',
      tagExists: 'في هذه الطبعة وسم «{{name}}»: اختره من قائمة الوسوم بدل إنشاء وسم ثانٍ له.',
      mastheadUndatedTerms: 'أكثر من تشكيل بلا تاريخ «ساري من»، فلا يُعرف أيها الساري: لا يُترك بلا تاريخ إلا أقدم تشكيل.',
      mastheadSameDay: 'تشكيلان يسريان من اليوم نفسه ({{day}})، فلا يُعرف أيهما الساري: لكل تشكيل يومه.',
      notAnEdition: 'الطبعة العربية أو الإنجليزية فقط.',
      notABylineType: 'يوقّع الخبر قسم أو مراسل فقط.',
      revisedInFuture: 'لا يكون آخر تحديث في المستقبل.',
      publishedBeforeArchive: 'موعد النشر لا يسبق بداية أرشيف الجريدة ({{date}}): راجع السنة.',
      scheduledTooFar: 'لا يُجدول الخبر لأكثر من سنة مقبلة: راجع السنة.',
      expiryPassed: 'موعد الانتهاء مضى: اختر موعدًا قادمًا وإلا لن يظهر الخبر العاجل.',
      expiryTooFar: 'ينتهي الخبر العاجل خلال {{days}} أيام على الأكثر.',
      revisedBeforePublished: 'لا يكون آخر تحديث قبل النشر.',
      previewLogIn: 'سجّل الدخول إلى غرفة الأخبار لمعاينة الخبر.',
      previewNoStory: 'لا يوجد خبر بهذا المعرّف.',
      pictureFile: 'ملف الصورة',
      // Said in the admin's notice after the field's name and a colon; the notice splits what follows at
      // ASCII commas into a list, so these reasons have none (the Arabic comma، is not split at).
      pictureNotAPicture: '«{{name}}» ليس صورة سليمة بصيغة JPEG أو PNG أو WebP أو AVIF؛ اختر صورة بإحدى هذه الصيغ.',
      pictureMissing: 'لم تُرفع صورة؛ اختر ملف الصورة ثم احفظ.',
      pictureTooManyPixels: '«{{name}}» أبعاده {{width}}×{{height}} بكسل، وأقصى ما يُعالج {{max}} مليون بكسل؛ صغّر أبعاد الصورة ثم ارفعها من جديد.',
      pictureTooManyPixelsAnimated: '«{{name}}» صورة متحركة عدد إطاراتها {{frames}} وأبعاد كلٍّ منها {{width}}×{{height}} بكسل، أي {{total}} مليون بكسل معًا، وأقصى ما يُعالج {{max}} مليون بكسل؛ قلّل إطاراتها أو صغّر أبعادها ثم ارفعها من جديد.',
      pictureTooLarge: 'حجم الملف أكبر من {{max}} ميغابايت، وهو أقصى ما يُرفع؛ صغّر الصورة ثم ارفعها من جديد.',
      readersLive: 'منشور للقراء',
      readersScheduled: 'مجدول',
      readersWithdrawn: 'مسحوب من القراء',
      readersUnpublished: 'لم يُنشر',
    },
  },
  en: {
    // Said to someone signed in, too, whose account may not do this.
    error: {
      unauthorized: 'Your account may not do this, or your session has ended: sign in again if needed.',
    },
    version: {
      draftHasPublishedVersion: 'Draft (a version was published before)',
    },
    // The account page's heading named the product, not the settings.
    general: {
      payloadSettings: 'Settings',
      true: 'Yes',
      false: 'No',
    },
    // "1399 is less than the min allowed Value of 1400." (and "rows" for a list's count)
    validation: {
      lessThanMin: '{{value}} is less than this field allows: {{min}} at least.',
      greaterThanMax: '{{value}} is more than this field allows: {{max}} at most.',
    },
    alwafd: {
      listAddressTitle: 'This list cannot be opened at this address',
      listAddressLead: 'The page’s address asks for what the list cannot be read by:',
      listAddressPage: 'A page number is a whole number from 1.',
      listAddressLimit: 'How many a page shows is a whole number.',
      listAddressWhere: 'This is not a filter: a filter is a field’s name, then a comparison, then a value.',
      listAddressField: 'This list has no field of this name, or there is no comparison of this name.',
      listAddressId: 'This field holds ids: whole numbers from 0 to {{max}}.',
      listAddressDate: 'This field holds a date, and this value is not one.',
      listAddressKept: 'Open the list with the rest of the address',
      listAddressWhole: 'Open the whole list, unfiltered',
      bidiControls: 'Remove the bidirectional control characters (U+202A–U+202E, U+2066–U+2069): they reverse what readers see.',
      linkForm: 'The link must start with https:// or /',
      bodyLinkForm: 'The link “{{url}}” in the text cannot be followed by readers: a link starts with https:// or / (a page on this site).',
      bodyUnshownPart: 'The text holds a part of kind “{{kind}}” that the page does not show (it shows paragraphs, headings, quotes, lists and links): remove it or write it as a paragraph.',
      bodyLinkMissing: 'The text links to story {{id}}, and there is no story with that number: readers would reach a missing page.',
      bodyLinkEmpty: 'A link in the text has no address: write it (starting with https:// or /) or remove the link.',
      bodyPartInvalid: 'A part of kind “{{kind}}” in the text is not valid as it stands: correct it or remove it.',
      sameEdition: 'A translation must be in the other edition.',
      translationTaken: 'This story already has a translation linked to it.',
      isAnOriginal: 'Another story is already linked as this one’s translation: it cannot also be a translation of another.',
      slugForm: 'Lowercase Latin letters and hyphens only, e.g. economy',
      tagForm: 'A tag is a word or a name, without / ? # % \\, and not dots alone',
      tagLength: 'A tag is at most {{max}} characters.',
      latinName: 'Write the name in Latin letters, as the stories write it: SpaceX, for instance.',
      spellingArabic: 'Each line is a spelling in Arabic letters, as a reader types it («سبيس إكس», for instance); this one is not: “{{line}}”.',
      spellingWords: 'This line searches for nothing (a single letter, or only common words): “{{line}}”.',
      spellingLength: 'A spelling is at most {{max}} characters; this line is longer: “{{line}}”.',
      spellingCount: 'List at most {{max}} spellings, one a line.',
      missingRelation: 'Nothing has that id.',
      personBylineName: 'Type the name of the reporter who signs the story.',
      hijriRepeated: '{{month}} is listed more than once.',
      hijriMonthLength: 'With these corrections {{month}} would have {{days}} days; a Hijri month has 29 or 30. Correct the neighbouring month too.',
      hijriYear: 'The Hijri year is a whole number from {{min}} to {{max}}.',
      hijriMonth: '{{name}} {{year}} AH',
      hijriDays: 'The offset is a whole number from −2 to 2, and not zero.',
      draftNeedsTitle: 'Write a headline before saving the story, even a working one; the stories’ list knows it by its headline.',
      draftNotSaved: 'The draft was not saved',
      tooManySignIns: 'Too many failed sign-ins from this connection: try again {{when}}.',
      savedElsewhere: 'This was saved elsewhere — in another tab or by a colleague — {{ago}}, after you opened it here, so your change was not saved, as it would have undone that save. What you wrote is still here; copy it, reload the page to see the latest version, and add it there.',
      sectionHoldsStories: 'This section holds {{count}} stories: move them to another section before deleting it.',
      pictureInUse: 'This picture is used by {{stories}} stories and {{writers}} writer portraits: replace it there before deleting it.',
      pictureInStories: 'This picture is used by {{stories}} stories: replace it there before deleting it.',
      pictureInPortraits: 'This picture is used by {{writers}} writer portraits: replace it there before deleting it.',
      tagInUse: '{{count}} stories carry this tag: take it off them before deleting it.',
      writerHasStories: 'This writer signs {{count}} pieces: give them to another writer before deleting this one.',
      notADate: 'Not a valid date: write it as 2026-12-01 or 2026-12-01T10:30:00Z (1/12/2026 reads day first or month first).',
      pendingDraftStatus: 'This story has a draft waiting to be published, and saving it without a status took it down from readers: send "_status": "published" to publish it with its draft and this change, or "_status": "draft" with ?draft=true to add the change to the draft.',
      controlCharacters: 'Remove the invisible control characters (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029), which come with pasted text.',
      notText: 'This field is text.',
      notARelationId: 'That is not a document’s number; choose one from the list.',
      bodyTooLarge: 'What was sent is larger than {{max}} MB, the most the server takes in one save.',
      notOneRelation: 'This field names one document, by its number, not a list.',
      notTagList: 'Tags are a list: the tags’ numbers or names, such as ["economy", 12].',
      textHoldsNul: '{{field}} holds the character U+0000 (NUL), which no text keeps; remove it and save again.',
      textHoldsHalfCharacter: '{{field}} holds half of a character (U+{{code}} alone, without its other half), which is not text that can be kept; remove it and save again.',
      bodyNotFields: 'What was sent is not a document’s fields: send a JSON object of them, such as {"title": "…"}.',
      bodyTooDeep: '{{field}} nests deeper than {{max}} levels, which no document does; send it as the editor saves it.',
      noEmail: 'Write the account’s email address.',
      notTexts: 'This field is a list of texts.',
      notAChoice: 'This field takes one of its options, as text.',
      notChoices: 'This field takes a list of its options, as texts.',
      notNumber: 'This field is a number.',
      notNumbers: 'This field is a list of numbers.',
      notYesNo: 'This field is yes or no (true or false).',
      notRows: 'This field is a list of rows.',
      notGroup: 'This field is a group of fields.',
      notAStatus: 'The status is draft or published only.',
      bodyShape: 'The text is not in the form the editor saves (paragraphs and their parts under a root, at most {{max}} deep).',
      tagEditionInUse: '{{count}} stories of its edition carry this tag: take it off them before moving it to the other edition.',
      tagExists: 'This edition has the tag «{{name}}»: pick it from the tags instead of making a second one.',
      mastheadUndatedTerms: 'More than one term has no “Effective from” date, so which is in force cannot be told: only the oldest term may have none.',
      mastheadSameDay: 'Two terms take effect on the same day ({{day}}), so which is in force cannot be told: each term needs its own day.',
      notAnEdition: 'The Arabic or the English edition only.',
      notABylineType: 'A story is signed by a desk or a reporter only.',
      revisedInFuture: 'The last update cannot be in the future.',
      publishedBeforeArchive: 'The publication time cannot be before the paper’s archive begins ({{date}}): check the year.',
      scheduledTooFar: 'A story cannot be scheduled more than a year ahead: check the year.',
      expiryPassed: 'That time has passed: choose one still to come, or the line will never be shown.',
      expiryTooFar: 'A breaking-news line expires within {{days}} days at most.',
      revisedBeforePublished: 'The last update cannot come before publication.',
      previewLogIn: 'Log in to the newsroom to preview a story.',
      previewNoStory: 'No story has that id.',
      pictureFile: 'Picture file',
      pictureNotAPicture: '“{{name}}” is not a readable JPEG or PNG or WebP or AVIF picture; choose a picture in one of these formats.',
      pictureMissing: 'No picture was uploaded; choose the picture file and save.',
      pictureTooManyPixels: '“{{name}}” is {{width}} × {{height}} pixels; the most a picture may have is {{max}} million. Make it smaller and upload it again.',
      pictureTooManyPixelsAnimated: '“{{name}}” is an animation of {{frames}} frames of {{width}} × {{height}} pixels ({{total}} million in all); the most a picture may have is {{max}} million. Use fewer or smaller frames and upload it again.',
      pictureTooLarge: 'The file is larger than {{max}} MB (the most an upload may be); make the picture smaller and upload it again.',
      readersLive: 'Live',
      readersScheduled: 'Scheduled',
      readersWithdrawn: 'Withdrawn',
      readersUnpublished: 'Not published',
    },
  },
};

export type NewsroomTranslationKey = keyof (typeof translations)['en']['alwafd'];

/** How the stories' list and a story's sidebar name what readers get of it (lib/content/reader-state). */
export const READER_STATE_WORDS = {
  live: 'readersLive',
  scheduled: 'readersScheduled',
  withdrawn: 'readersWithdrawn',
  unpublished: 'readersUnpublished',
} as const satisfies Record<ReaderState, NewsroomTranslationKey>;

/**
 * One of the newsroom's messages in the admin's language (the request's): Payload's `req.t` is typed
 * for its own keys only, so ours are checked here instead — a key missing from `translations` does
 * not compile.
 */
export function newsroomText(req: { t: unknown }, key: NewsroomTranslationKey, values?: Record<string, unknown>): string {
  return (req.t as (key: string, values?: Record<string, unknown>) => string)(`alwafd:${key}`, values);
}

export type AdminLanguage = keyof typeof translations;

/** The language Payload speaks to the editor of this request in (its `req.i18n`): ours, or Arabic. */
export const editorsLanguage = (req: { i18n?: { language?: string } }): AdminLanguage => (req.i18n?.language === 'en' ? 'en' : 'ar');

/**
 * The admin's language for a request, by Payload's own rule (payload's getRequestLanguage, with its
 * own reader of Accept-Language): the cookie the admin keeps if it names one of ours, else the first
 * language the request asks for that Payload has words for (Accept-Language, which the admin's forms
 * send) if it is one of ours, else Arabic, the admin's default.
 */
export function adminLanguage(headers: Headers): AdminLanguage {
  const chosen = new RegExp(`(?:^|;\\s*)${ADMIN_LANGUAGE_COOKIE}=([a-z]+)`).exec(headers.get('cookie') ?? '')?.[1];
  if (chosen === 'ar' || chosen === 'en') return chosen;
  const asked = extractHeaderLanguage(headers.get('accept-language') ?? '');
  return asked === 'en' ? 'en' : 'ar';
}

/** The message's {{placeholders}} filled in, as Payload's `t` fills them. */
function filled(text: string, values?: Record<string, unknown>): string {
  return values ? text.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole)) : text;
}

/**
 * A message for a route outside Payload's own (no `req.t` there), in the admin's language for the
 * request (adminLanguage).
 */
export function newsroomTextFor(headers: Headers, key: NewsroomTranslationKey, values?: Record<string, unknown>): string {
  return filled(translations[adminLanguage(headers)].alwafd[key], values);
}
