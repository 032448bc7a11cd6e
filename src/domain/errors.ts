/** Every problem the API can answer with: its HTTP status and a human title. */
export const PROBLEMS = {
  bad_request: { status: 400, title: "Bad request" },
  malformed_json: { status: 400, title: "Malformed JSON" },
  invalid_encoding: { status: 400, title: "Body is not valid UTF-8" },
  validation_failed: { status: 400, title: "Validation failed" },
  invalid_cursor: { status: 400, title: "Invalid cursor" },
  unauthenticated: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Forbidden" },
  not_found: { status: 404, title: "Not found" },
  claim_not_found: { status: 404, title: "Claim not found" },
  article_not_found: { status: 404, title: "Article not found" },
  speaker_not_found: { status: 404, title: "Speaker not found" },
  key_not_found: { status: 404, title: "API key not found" },
  webhook_not_found: { status: 404, title: "Webhook subscription not found" },
  delivery_not_found: { status: 404, title: "Delivery not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict", retryAfter: 1 },
  article_exists: { status: 409, title: "Article already exists", retryAfter: 1 },
  claim_exists: { status: 409, title: "Claim already imported from this review", retryAfter: 1 },
  webhook_inactive: { status: 409, title: "Webhook subscription is switched off", retryAfter: 1 },
  precondition_failed: { status: 412, title: "Precondition failed" },
  payload_too_large: { status: 413, title: "Payload too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  status_not_in_scale: { status: 422, title: "Status not in the claim's scale" },
  idempotency_key_reused: { status: 422, title: "Idempotency-Key reused with a different request" },
  url_not_allowed: { status: 422, title: "URL not allowed for webhooks" },
  rate_limited: { status: 429, title: "Too many requests", retryAfter: 60 },
  internal_error: { status: 500, title: "Internal server error" },
  unavailable: { status: 503, title: "Service unavailable", retryAfter: 1 },
} as const satisfies Record<string, { status: number; title: string; retryAfter?: number }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface FieldError {
  path: string;
  message: string;
}

/**
 * A failure the client can act on; `onError` renders it as RFC 9457 problem+json. `headers` go on
 * the response, not in the body (`Allow` on a 405, for instance).
 */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    detail?: string,
    readonly extensions: { errors?: FieldError[] } & Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? PROBLEMS[code].title);
    this.status = PROBLEMS[code].status;
  }
}

/** SPEC.md: 409, 429 and 503 tell the client when to try again (seconds). */
export function retryAfterOf(code: ProblemCode): number | undefined {
  const problem = PROBLEMS[code];
  return "retryAfter" in problem ? problem.retryAfter : undefined;
}
