import type { Messages } from "./messages";

// French typography: a no-break space (\u00a0) goes before ":" and inside « ».

export const fr = {
  dir: "ltr",
  lang: "fr",
  intlLocale: "fr",

  status: {
    unverified: "Pas encore évalué",
    under_review: "En cours de vérification",
    true: "Vrai",
    mostly_true: "Plutôt vrai",
    half_true: "À moitié vrai",
    misleading: "Trompeur",
    mostly_false: "Plutôt faux",
    false: "Faux",
    unsupported: "Non étayé",
    pending: "En attente",
    in_progress: "En cours",
    stalled: "Au point mort",
    fulfilled: "Réalisé",
    partially_fulfilled: "Partiellement réalisé",
    not_fulfilled: "Non tenu",
    not_borne_out: "Démenti par les faits",
  },
  claimKind: {
    statement: "Déclaration",
    statistic: "Statistique",
    prediction: "Prédiction",
    promise: "Promesse",
  },

  // Phrased so that no "de" comes right before a name (which would need "d’" before a vowel).
  quote: (text) => `«\u00a0${text}\u00a0»`,
  saidBy: (speaker) => `Propos tenus par ${speaker}`,
  speakerWithTitle: (name, title) => `${name}, ${title}`,
  claimed: (date) => `Date de l’affirmation\u00a0: ${date}`,
  statusHeading: "Statut",
  lastUpdated: (date) => `Mis à jour le ${date}`,
  readFactCheck: "Lire la vérification",
  claimNotFound: "Affirmation introuvable",
  claimNotFoundDetail: "Cette affirmation n’est pas suivie, ou son lien est erroné.",
  tooManySearches: "Trop de recherches",
  tooManySearchesDetail: (seconds) =>
    `Les recherches depuis votre réseau sont suspendues. Réessayez dans ${seconds} secondes.`,
  badgeLabel: "vérification",
  timeline: "Chronologie",
  evidence: "Éléments de preuve",
  quotedIn: "Citée dans",
  previousStatus: (label) => `auparavant\u00a0: ${label}`,
  note: "Note",
  trackedBy: (publisher) => `Suivi par ${publisher}`,
  verifyHeading: "Vérifier cette chronologie",
  verifyIntro:
    "L’empreinte de chaque entrée couvre l’entrée précédente\u00a0: toute réécriture ultérieure de l’historique se voit donc.",
  hash: "Empreinte",

  feedTitleAll: (publisher) => `Derniers changements de statut — ${publisher}`,
  feedTitleClaim: (summaryOrText) => `Changements de statut\u00a0: ${summaryOrText}`,
  feedEntryTitle: (speaker, statusLabel) => `${speaker}\u00a0: affirmation jugée «\u00a0${statusLabel}\u00a0»`,

  latestChanges: "Derniers changements de statut",
  search: "Rechercher des affirmations",
  searchPlaceholder: "Mots de l’affirmation, ou son auteur",
  noResults: "Aucune affirmation ne correspond.",
  forDevelopers: "Pour les développeurs\u00a0: documentation de l’API",
} satisfies Messages;
