import type { z } from "@hono/zod-openapi";
import type { Claim } from "../schemas/claims";
import { formatDate, type Locale, messagesFor, statusLabel } from "./i18n";
import type { Messages } from "./i18n/messages";

export type ClaimResource = z.infer<typeof Claim>;

/** What every public rendering of a claim shows, in the reader's language. */
export interface ClaimView {
  claim: ClaimResource;
  locale: Locale;
  m: Messages;
  statusLabel: string;
  /** CSS class carrying the status colour (styles.ts). */
  statusClass: string;
  speakerLine: string;
  updated: string;
}

export function claimView(claim: ClaimResource, locale: Locale): ClaimView {
  const m = messagesFor(locale);
  const { speaker, status } = claim;
  return {
    claim,
    locale,
    m,
    statusLabel: statusLabel(m, status.code),
    statusClass: `status s-${status.code}`,
    speakerLine: speaker.title ? m.speakerWithTitle(speaker.name, speaker.title) : speaker.name,
    updated: formatDate(status.updated_at, locale),
  };
}
