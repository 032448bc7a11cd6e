import type { Messages } from "./messages";

// Right to left. Names, titles and publishers come in as given (often Latin script), so each value
// is isolated (U+2068 … U+2069, the plain-text <bdi>): otherwise a Latin name and title run
// together left to right and read in the wrong order.
const isolate = (value: string) => `\u2068${value}\u2069`;

export const ar = {
  dir: "rtl",
  lang: "ar",
  intlLocale: "ar",

  status: {
    unverified: "لم يُقيَّم بعد",
    under_review: "قيد المراجعة",
    true: "صحيح",
    mostly_true: "صحيح في معظمه",
    half_true: "نصف صحيح",
    misleading: "مضلل",
    mostly_false: "خاطئ في معظمه",
    false: "خاطئ",
    unsupported: "بلا أدلة",
    pending: "قيد الانتظار",
    in_progress: "قيد التنفيذ",
    stalled: "متعثر",
    fulfilled: "تحقق",
    partially_fulfilled: "تحقق جزئيًا",
    not_fulfilled: "لم يُنفَّذ",
    not_borne_out: "لم يتحقق",
  },
  claimKind: {
    statement: "تصريح",
    statistic: "إحصاء",
    prediction: "توقع",
    promise: "وعد",
  },

  quote: (text) => `«${text}»`,

  saidBy: (speaker) => `على لسان ${isolate(speaker)}`,
  speakerWithTitle: (name, title) => `${isolate(name)}، ${isolate(title)}`,
  claimed: (date) => `تاريخ الادعاء: ${date}`,
  statusHeading: "الحالة",
  lastUpdated: (date) => `آخر تحديث: ${date}`,
  readFactCheck: "اقرأ تقرير التحقق",
  claimNotFound: "الادعاء غير موجود",
  claimNotFoundDetail: "هذا الادعاء غير متابَع، أو أن رابطه خاطئ.",
  tooManySearches: "عمليات بحث كثيرة جدًا",
  tooManySearchesDetail: (seconds) => `أُوقفت عمليات البحث من شبكتك مؤقتًا. حاول مرة أخرى بعد ${seconds} ثانية.`,
  badgeLabel: "تدقيق",
  timeline: "التسلسل الزمني",
  evidence: "الأدلة",
  quotedIn: "ورد في",
  previousStatus: (label) => `سابقًا: ${label}`,
  note: "ملاحظة",
  trackedBy: (publisher) => `بمتابعة ${isolate(publisher)}`,
  verifyHeading: "تحقق من هذا التسلسل الزمني",
  verifyIntro: "تشمل بصمة كل مُدخَل المُدخَلَ الذي يسبقه، لذا يظهر أي تعديل لاحق على السجل.",
  hash: "البصمة",

  feedTitleAll: (publisher) => `آخر تغييرات الحالة — ${isolate(publisher)}`,
  feedTitleClaim: (summaryOrText) => `تغييرات الحالة: ${isolate(summaryOrText)}`,
  feedEntryTitle: (speaker, statusLabel) => `تقييم ادعاء ${isolate(speaker)}: ${statusLabel}`,

  latestChanges: "آخر تغييرات الحالة",
  search: "ابحث في الادعاءات",
  searchPlaceholder: "كلمات من الادعاء أو اسم قائله",
  noResults: "لا توجد ادعاءات مطابقة.",
  forDevelopers: "للمطورين: مرجع واجهة البرمجة (API)",
} satisfies Messages;
