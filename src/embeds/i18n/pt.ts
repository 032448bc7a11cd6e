import type { Messages } from "./messages";

// Wording that reads naturally in both Brazil and Portugal where it can; dates follow Intl "pt" (Brazil).

export const pt = {
  dir: "ltr",
  lang: "pt",
  intlLocale: "pt",

  status: {
    unverified: "Ainda não avaliado",
    under_review: "Em análise",
    true: "Verdadeiro",
    mostly_true: "Em grande parte verdadeiro",
    half_true: "Meia verdade",
    misleading: "Enganoso",
    mostly_false: "Em grande parte falso",
    false: "Falso",
    unsupported: "Insustentável",
    pending: "Pendente",
    in_progress: "Em curso",
    stalled: "Estagnado",
    fulfilled: "Cumprido",
    partially_fulfilled: "Parcialmente cumprido",
    not_fulfilled: "Não cumprido",
    not_borne_out: "Não se concretizou",
  },
  claimKind: {
    statement: "Declaração",
    statistic: "Estatística",
    prediction: "Previsão",
    promise: "Promessa",
  },

  quote: (text) => `“${text}”`,

  saidBy: (speaker) => `Dito por ${speaker}`,
  speakerWithTitle: (name, title) => `${name}, ${title}`,
  claimed: (date) => `Data da afirmação: ${date}`,
  statusHeading: "Situação",
  lastUpdated: (date) => `Atualizado em ${date}`,
  readFactCheck: "Ler a verificação",
  claimNotFound: "Afirmação não encontrada",
  claimNotFoundDetail: "Esta afirmação não é acompanhada aqui, ou o link está errado.",
  tooManySearches: "Demasiadas pesquisas",
  tooManySearchesDetail: (seconds) =>
    `As pesquisas a partir da sua rede estão em pausa. Tente novamente dentro de ${seconds} segundos.`,
  badgeLabel: "verificação",
  timeline: "Cronologia",
  evidence: "Provas",
  quotedIn: "Citada em",
  previousStatus: (label) => `antes: ${label}`,
  note: "Nota",
  trackedBy: (publisher) => `Acompanhamento de ${publisher}`,
  verifyHeading: "Verificar esta cronologia",
  verifyIntro:
    "O hash de cada entrada abrange a entrada anterior, por isso qualquer alteração posterior do histórico fica visível.",
  hash: "Hash",

  feedTitleAll: (publisher) => `Últimas mudanças de situação — ${publisher}`,
  feedTitleClaim: (summaryOrText) => `Mudanças de situação: ${summaryOrText}`,
  feedEntryTitle: (speaker, statusLabel) => `Afirmação de ${speaker} classificada como “${statusLabel}”`,

  latestChanges: "Últimas mudanças de situação",
  search: "Pesquisar afirmações",
  searchPlaceholder: "Palavras da afirmação ou quem a fez",
  noResults: "Nenhuma afirmação corresponde.",
  forDevelopers: "Para desenvolvedores: referência da API",
} satisfies Messages;
