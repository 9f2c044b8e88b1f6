/**
 * The tag pool: a tag in each edition ([Arabic, English]) and the section whose stories mostly
 * carry it ('' for any). Stories draw a section's tags far more often than the general ones, and
 * within each list by rank (Zipf), so a few tags fill thousands of pages and most fill a few.
 */
type Row = readonly [ar: string, en: string];

const list = (section: string, rows: readonly Row[]) => rows.map(([ar, en]) => ({ ar, en, section }));

const GOVERNORATES: readonly Row[] = [
  ['القاهرة', 'Cairo'], ['الجيزة', 'Giza'], ['الإسكندرية', 'Alexandria'], ['القليوبية', 'Qalyubia'],
  ['الشرقية', 'Sharqia'], ['الدقهلية', 'Dakahlia'], ['الغربية', 'Gharbia'], ['المنوفية', 'Menoufia'],
  ['البحيرة', 'Beheira'], ['كفر الشيخ', 'Kafr El Sheikh'], ['دمياط', 'Damietta'], ['بورسعيد', 'Port Said'],
  ['الإسماعيلية', 'Ismailia'], ['السويس', 'Suez'], ['شمال سيناء', 'North Sinai'], ['جنوب سيناء', 'South Sinai'],
  ['الفيوم', 'Faiyum'], ['بني سويف', 'Beni Suef'], ['المنيا', 'Minya'], ['أسيوط', 'Assiut'],
  ['سوهاج', 'Sohag'], ['قنا', 'Qena'], ['الأقصر', 'Luxor'], ['أسوان', 'Aswan'],
  ['البحر الأحمر', 'Red Sea'], ['الوادي الجديد', 'New Valley'], ['مطروح', 'Matrouh'],
];

const NEWS: readonly Row[] = [
  ['مجلس النواب', 'House of Representatives'], ['مجلس الشيوخ', 'Senate'], ['الانتخابات', 'Elections'],
  ['التعليم', 'Education'], ['الجامعات', 'Universities'], ['الثانوية العامة', 'Secondary school exams'],
  ['الصحة', 'Health'], ['التأمين الصحي', 'Health insurance'], ['الإسكان', 'Housing'],
  ['الطرق والكباري', 'Roads and bridges'], ['المرور', 'Traffic'], ['الطقس', 'Weather'],
  ['الأمطار', 'Rain'], ['الحج والعمرة', 'Hajj and Umrah'], ['شهر رمضان', 'Ramadan'],
  ['عيد الأضحى', 'Eid al-Adha'], ['حزب الوفد', 'Wafd Party'], ['الحوار الوطني', 'National dialogue'],
  ['حقوق الإنسان', 'Human rights'], ['المرأة', 'Women'], ['الشباب', 'Youth'], ['الأزهر الشريف', 'Al-Azhar'],
  ['البيئة', 'Environment'], ['المياه', 'Water'], ['سد النهضة', 'Grand Ethiopian Renaissance Dam'],
  ['نهر النيل', 'Nile'], ['الزراعة', 'Agriculture'], ['الدعم', 'Subsidies'], ['الخبز', 'Bread'],
  ['المحليات', 'Local government'], ['النقل العام', 'Public transport'], ['مترو الأنفاق', 'Cairo Metro'],
  ['القطارات', 'Railways'], ['الكهرباء', 'Electricity'], ['الصرف الصحي', 'Sanitation'],
  ['حياة كريمة', 'Decent Life initiative'], ['العاصمة الإدارية', 'New Administrative Capital'],
  ['العلمين الجديدة', 'New Alamein'], ['الأحوال الشخصية', 'Family law'], ['الإيجار القديم', 'Old rent law'],
  ['المعاشات', 'Pensions'], ['الأسعار', 'Prices'], ['الأمن العام', 'Public security'],
  ['القضاء', 'Judiciary'], ['الأوقاف', 'Endowments'], ['الثقافة', 'Culture'],
  ['معرض القاهرة الدولي للكتاب', 'Cairo International Book Fair'], ['مهرجان القاهرة السينمائي', 'Cairo Film Festival'],
  ['الآثار', 'Antiquities'], ['المتحف المصري الكبير', 'Grand Egyptian Museum'],
  ['الهلال الأحمر', 'Red Crescent'], ['التموين', 'Food supply'], ['ذوي الهمم', 'People with disabilities'],
];

const COUNTRIES: readonly Row[] = [
  ['السعودية', 'Saudi Arabia'], ['الإمارات', 'UAE'], ['الولايات المتحدة', 'United States'], ['الصين', 'China'],
  ['روسيا', 'Russia'], ['فرنسا', 'France'], ['ألمانيا', 'Germany'], ['السودان', 'Sudan'], ['ليبيا', 'Libya'],
  ['فلسطين', 'Palestine'], ['غزة', 'Gaza'], ['الأردن', 'Jordan'], ['تركيا', 'Turkey'], ['اليابان', 'Japan'],
  ['الهند', 'India'], ['إيطاليا', 'Italy'], ['بريطانيا', 'Britain'], ['قطر', 'Qatar'], ['الكويت', 'Kuwait'],
  ['إثيوبيا', 'Ethiopia'], ['المغرب', 'Morocco'], ['الجزائر', 'Algeria'], ['تونس', 'Tunisia'], ['اليونان', 'Greece'],
  ['الاتحاد الأوروبي', 'European Union'], ['الأمم المتحدة', 'United Nations'], ['جامعة الدول العربية', 'Arab League'],
  ['الاتحاد الأفريقي', 'African Union'],
];

const ECONOMY: readonly Row[] = [
  ['التضخم', 'Inflation'], ['البورصة', 'Stock exchange'], ['البنك المركزي', 'Central bank'],
  ['الاستثمار الأجنبي', 'Foreign investment'], ['الصادرات', 'Exports'], ['الموازنة العامة', 'State budget'],
  ['الدين الخارجي', 'External debt'], ['سعر الفائدة', 'Interest rates'], ['القطاع الخاص', 'Private sector'],
  ['المشروعات الصغيرة', 'Small businesses'], ['السياحة', 'Tourism'], ['قناة السويس', 'Suez Canal'],
  ['الضرائب', 'Taxes'], ['الجمارك', 'Customs'], ['التمويل العقاري', 'Mortgages'],
  ['صندوق النقد الدولي', 'IMF'], ['البنك الدولي', 'World Bank'], ['الاقتصاد المصري', 'Egyptian economy'],
  ['الأسواق العالمية', 'Global markets'], ['الطاقة المتجددة', 'Renewable energy'], ['الغاز الطبيعي', 'Natural gas'],
  ['البترول', 'Oil'], ['الصناعة', 'Industry'], ['التجارة', 'Trade'], ['البنوك', 'Banks'],
  ['التأمين', 'Insurance'], ['العقارات', 'Real estate'], ['الشمول المالي', 'Financial inclusion'],
  ['الهيدروجين الأخضر', 'Green hydrogen'], ['المنطقة الاقتصادية', 'Economic zone'], ['الطروحات الحكومية', 'State listings'],
  ['تحويلات المصريين بالخارج', 'Remittances'], ['سوق العمل', 'Labour market'], ['الجنيه المصري', 'Egyptian pound'],
];

const PRICES: readonly Row[] = [
  ['الذهب', 'Gold'], ['الدولار', 'Dollar'], ['النفط', 'Crude oil'], ['القمح', 'Wheat'], ['السكر', 'Sugar'],
  ['الأرز', 'Rice'], ['الحديد', 'Steel'], ['الأسمنت', 'Cement'], ['الدواجن', 'Poultry'], ['اللحوم', 'Meat'],
  ['الخضروات', 'Vegetables'], ['الوقود', 'Fuel'], ['السيارات', 'Cars'], ['الأسمدة', 'Fertilisers'], ['الزيوت', 'Cooking oil'],
].map(([ar, en]) => [`أسعار ${ar}`, `${en} prices`] as const);

const MINISTRIES: readonly Row[] = [
  ['الصحة', 'Health'], ['التعليم العالي', 'Higher Education'], ['المالية', 'Finance'], ['النقل', 'Transport'],
  ['الزراعة', 'Agriculture'], ['الاتصالات', 'Communications'], ['الكهرباء', 'Electricity'], ['البترول', 'Petroleum'],
  ['السياحة والآثار', 'Tourism and Antiquities'], ['الإسكان', 'Housing'], ['التموين', 'Supply'],
  ['الشباب والرياضة', 'Youth and Sports'], ['الخارجية', 'Foreign Affairs'], ['الداخلية', 'Interior'],
  ['الثقافة', 'Culture'], ['البيئة', 'Environment'], ['العدل', 'Justice'], ['الري', 'Irrigation'],
  ['التضامن الاجتماعي', 'Social Solidarity'], ['التخطيط', 'Planning'], ['التربية والتعليم', 'Education'],
  ['التنمية المحلية', 'Local Development'], ['القوى العاملة', 'Manpower'], ['الأوقاف', 'Endowments'],
].map(([ar, en]) => [`وزارة ${ar}`, `Ministry of ${en}`] as const);

const TECHNOLOGY: readonly Row[] = [
  ['الأمن السيبراني', 'Cybersecurity'], ['الهواتف الذكية', 'Smartphones'], ['التحول الرقمي', 'Digital transformation'],
  ['الحوسبة السحابية', 'Cloud computing'], ['شبكات الجيل الخامس', '5G'], ['الشركات الناشئة', 'Start-ups'],
  ['العملات المشفرة', 'Cryptocurrencies'], ['البلوك تشين', 'Blockchain'], ['التجارة الإلكترونية', 'E-commerce'],
  ['الروبوتات', 'Robotics'], ['السيارات الكهربائية', 'Electric cars'], ['الطاقة الشمسية', 'Solar power'],
  ['الفضاء', 'Space'], ['الأقمار الصناعية', 'Satellites'], ['ألعاب الفيديو', 'Video games'],
  ['وسائل التواصل الاجتماعي', 'Social media'], ['البرمجيات', 'Software'], ['أشباه الموصلات', 'Semiconductors'],
  ['الإنترنت', 'Internet'], ['الذكاء الاصطناعي', 'Artificial intelligence'], ['الدفع الإلكتروني', 'Digital payments'],
  ['البيانات الضخمة', 'Big data'], ['إنترنت الأشياء', 'Internet of things'], ['الواقع الافتراضي', 'Virtual reality'],
  ['الحكومة الرقمية', 'Digital government'], ['التعهيد', 'Outsourcing'], ['الاتصالات', 'Telecoms'],
  ['مراكز البيانات', 'Data centres'], ['الحوسبة الكمية', 'Quantum computing'], ['الخصوصية', 'Privacy'],
  ['التعليم الإلكتروني', 'E-learning'], ['الطباعة ثلاثية الأبعاد', '3D printing'], ['الطائرات المسيرة', 'Drones'],
];

const SPORTS: readonly Row[] = [
  ['الأهلي', 'Al Ahly'], ['الزمالك', 'Zamalek'], ['بيراميدز', 'Pyramids FC'], ['المصري البورسعيدي', 'Al Masry'],
  ['الإسماعيلي', 'Ismaily'], ['سموحة', 'Smouha'], ['الاتحاد السكندري', 'Al Ittihad Alexandria'],
  ['المقاولون العرب', 'Arab Contractors'], ['إنبي', 'ENPPI'], ['الدوري المصري', 'Egyptian Premier League'],
  ['كأس مصر', 'Egypt Cup'], ['دوري أبطال أفريقيا', 'CAF Champions League'], ['كأس الأمم الأفريقية', 'Africa Cup of Nations'],
  ['كأس العالم', 'World Cup'], ['الكونفدرالية الأفريقية', 'CAF Confederation Cup'], ['الألعاب الأولمبية', 'Olympic Games'],
  ['كرة القدم', 'Football'], ['كرة السلة', 'Basketball'], ['كرة اليد', 'Handball'], ['التنس', 'Tennis'],
  ['السباحة', 'Swimming'], ['ألعاب القوى', 'Athletics'], ['الاسكواش', 'Squash'], ['منتخب مصر', 'Egypt national team'],
  ['المنتخب الأولمبي', 'Olympic team'], ['انتقالات اللاعبين', 'Transfers'], ['التحكيم', 'Refereeing'],
  ['الكرة النسائية', "Women's football"], ['الملاكمة', 'Boxing'], ['المصارعة', 'Wrestling'],
  ['رفع الأثقال', 'Weightlifting'], ['الكرة الطائرة', 'Volleyball'], ['الدراجات', 'Cycling'],
  ['الرماية', 'Shooting'], ['الجودو', 'Judo'], ['الخماسي الحديث', 'Modern pentathlon'],
];

const OPINION: readonly Row[] = [
  ['الإصلاح', 'Reform'], ['الديمقراطية', 'Democracy'], ['الحريات', 'Freedoms'], ['الإعلام', 'Media'],
  ['الصحافة', 'Journalism'], ['الهوية', 'Identity'], ['المجتمع المدني', 'Civil society'],
  ['العدالة الاجتماعية', 'Social justice'], ['الوعي', 'Public awareness'], ['الأحزاب', 'Political parties'],
  ['الدستور', 'Constitution'], ['المواطنة', 'Citizenship'], ['الأخلاق', 'Ethics'], ['الأسرة', 'Family'],
];

export interface PoolTag {
  ar: string;
  en: string;
  section: string;
}

export const TAGS: readonly PoolTag[] = [
  ...list('news', NEWS),
  ...list('news', GOVERNORATES),
  ...list('economy', ECONOMY),
  ...list('economy', PRICES),
  ...list('technology', TECHNOLOGY),
  ...list('sports', SPORTS),
  ...list('opinion', OPINION),
  ...list('', COUNTRIES),
  ...list('', MINISTRIES),
];
