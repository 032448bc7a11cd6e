import { IMPORTED_KIND, mapClaimReview } from "./claimreview";
import { mapExportLine } from "./export-line";
import type { Entry } from "./find";
import type { Mapped, Refused, StatusScale } from "./types";

/** Any record found by `entriesOf` as what to send, or why it is skipped. */
export function mapEntry(entry: Entry, scales: readonly StatusScale[]): Mapped | Refused {
  switch (entry.kind) {
    case "claimreview": {
      const scale = scales.find((s) => s.kinds.some((k) => k === IMPORTED_KIND));
      if (!scale) throw new Error(`the server lists no status scale for ${IMPORTED_KIND} claims`);
      return mapClaimReview(entry, scale);
    }
    case "export":
      return mapExportLine(entry, scales);
    case "unusable":
      return { ok: false, sourceUrl: null, problems: [{ code: "not_a_record", message: entry.reason }] };
  }
}
