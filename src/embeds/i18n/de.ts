import type { Messages } from "./messages";

export const de = {
  dir: "ltr",
  lang: "de",
  intlLocale: "de",

  status: {
    unverified: "Noch nicht bewertet",
    under_review: "Wird geprüft",
    true: "Richtig",
    mostly_true: "Größtenteils richtig",
    half_true: "Halb richtig",
    misleading: "Irreführend",
    mostly_false: "Größtenteils falsch",
    false: "Falsch",
    unsupported: "Unbelegt",
    pending: "Ausstehend",
    in_progress: "In Arbeit",
    stalled: "Ins Stocken geraten",
    fulfilled: "Erfüllt",
    partially_fulfilled: "Teilweise erfüllt",
    not_fulfilled: "Nicht eingehalten",
    not_borne_out: "Nicht eingetreten",
  },
  claimKind: {
    statement: "Aussage",
    statistic: "Statistik",
    prediction: "Prognose",
    promise: "Versprechen",
  },

  quote: (text) => `„${text}“`,

  saidBy: (speaker) => `Geäußert von ${speaker}`,
  speakerWithTitle: (name, title) => `${name}, ${title}`,
  claimed: (date) => `Geäußert am ${date}`,
  statusHeading: "Status",
  lastUpdated: (date) => `Zuletzt aktualisiert am ${date}`,
  readFactCheck: "Zum Faktencheck",
  claimNotFound: "Behauptung nicht gefunden",
  claimNotFoundDetail: "Diese Behauptung wird nicht verfolgt oder der Link ist falsch.",
  tooManySearches: "Zu viele Suchanfragen",
  tooManySearchesDetail: (seconds) =>
    `Suchanfragen aus Ihrem Netz sind kurz pausiert. Versuchen Sie es in ${seconds} Sekunden erneut.`,
  badgeLabel: "Faktencheck",
  timeline: "Verlauf",
  evidence: "Belege",
  quotedIn: "Zitiert in",
  previousStatus: (label) => `vorher: ${label}`,
  note: "Anmerkung",
  trackedBy: (publisher) => `Verfolgt von ${publisher}`,
  verifyHeading: "Verlauf überprüfen",
  verifyIntro:
    "Der Hash jedes Eintrags schließt den vorherigen Eintrag ein, sodass jede nachträgliche Änderung des Verlaufs auffällt.",
  hash: "Hash",

  feedTitleAll: (publisher) => `Neueste Statusänderungen – ${publisher}`,
  feedTitleClaim: (summaryOrText) => `Statusänderungen: ${summaryOrText}`,
  feedEntryTitle: (speaker, statusLabel) => `Behauptung von ${speaker} als „${statusLabel}“ bewertet`,

  latestChanges: "Neueste Statusänderungen",
  search: "Behauptungen durchsuchen",
  searchPlaceholder: "Wörter aus der Behauptung oder wer sie aufgestellt hat",
  noResults: "Keine passenden Behauptungen.",
  forDevelopers: "Für Entwickler: API-Referenz",
} satisfies Messages;
