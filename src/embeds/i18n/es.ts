import type { Messages } from "./messages";

export const es = {
  dir: "ltr",
  lang: "es",
  intlLocale: "es",

  status: {
    unverified: "Aún sin calificar",
    under_review: "En revisión",
    true: "Verdadero",
    mostly_true: "Mayormente verdadero",
    half_true: "Verdad a medias",
    misleading: "Engañoso",
    mostly_false: "Mayormente falso",
    false: "Falso",
    unsupported: "Sin sustento",
    pending: "Pendiente",
    in_progress: "En curso",
    stalled: "Estancado",
    fulfilled: "Cumplido",
    partially_fulfilled: "Cumplido en parte",
    not_fulfilled: "Incumplido",
    not_borne_out: "No se cumplió",
  },
  claimKind: {
    statement: "Declaración",
    statistic: "Dato estadístico",
    prediction: "Predicción",
    promise: "Promesa",
  },

  quote: (text) => `«${text}»`,

  saidBy: (speaker) => `Lo dijo ${speaker}`,
  speakerWithTitle: (name, title) => `${name}, ${title}`,
  claimed: (date) => `Fecha de la afirmación: ${date}`,
  statusHeading: "Estado",
  lastUpdated: (date) => `Última actualización: ${date}`,
  readFactCheck: "Leer la verificación",
  claimNotFound: "Afirmación no encontrada",
  claimNotFoundDetail: "No seguimos esta afirmación o el enlace es incorrecto.",
  tooManySearches: "Demasiadas búsquedas",
  tooManySearchesDetail: (seconds) =>
    `Las búsquedas desde su red están en pausa. Inténtelo de nuevo dentro de ${seconds} segundos.`,
  badgeLabel: "verificación",
  timeline: "Cronología",
  evidence: "Pruebas",
  quotedIn: "Citada en",
  previousStatus: (label) => `antes: ${label}`,
  note: "Nota",
  trackedBy: (publisher) => `Seguimiento de ${publisher}`,
  verifyHeading: "Verificar esta cronología",
  verifyIntro:
    "El hash de cada entrada abarca la entrada anterior, así que cualquier reescritura posterior del historial queda a la vista.",
  hash: "Hash",

  feedTitleAll: (publisher) => `Últimos cambios de estado — ${publisher}`,
  feedTitleClaim: (summaryOrText) => `Cambios de estado: ${summaryOrText}`,
  feedEntryTitle: (speaker, statusLabel) => `Afirmación de ${speaker} calificada como «${statusLabel}»`,

  latestChanges: "Últimos cambios de estado",
  search: "Buscar afirmaciones",
  searchPlaceholder: "Palabras de la afirmación o quién la dijo",
  noResults: "Ninguna afirmación coincide.",
  forDevelopers: "Para desarrolladores: referencia de la API",
} satisfies Messages;
