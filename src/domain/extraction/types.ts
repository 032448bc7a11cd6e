/** The shapes the extractor hands out; `Quantity` matches the create-claim API so it can be posted unchanged. */

import type { Quantity } from "../../schemas/claims";
import type { Qualifier } from "../quantity";
import type { ClaimKind as Kind } from "../statuses";

export type { Kind, Qualifier, Quantity };

export interface Speaker {
  name: string;
  title?: string;
}

export interface Candidate {
  /** The quoted statement (or the reported clause), exactly as it occurs in the input. */
  text: string;
  speaker: Speaker | null;
  quantity?: Quantity;
  kind: Kind;
  /** The sentence or sentences around the quote, exactly as they occur in the input. */
  context: string;
  /** Check-worthiness in 0..1, see score.ts. */
  score: number;
  /** False for reported speech without quote marks ("the minister said that …"). */
  quoted: boolean;
}

/** Half-open range of UTF-16 offsets into the input. */
export interface Span {
  start: number;
  end: number;
}
