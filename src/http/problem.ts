import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import type { AppEnv } from "../app-env";
import { ApiError, type FieldError, PROBLEMS, type ProblemCode, retryAfterOf } from "../domain/errors";

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, "");
}

/** zod issues as SPEC.md's `errors[]`: one `{path, message}` per bad field. */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message }));
}

function fromHttpException(error: HTTPException): ApiError {
  const byStatus: Partial<Record<number, ProblemCode>> = {
    401: "unauthenticated",
    404: "not_found",
    413: "payload_too_large",
    415: "unsupported_media_type",
  };
  if (error.status === 400) {
    return /json/i.test(error.message)
      ? new ApiError("malformed_json", "The request body is not valid JSON, or is not sent as application/json.")
      : new ApiError("bad_request", error.message);
  }
  const code = byStatus[error.status];
  return code ? new ApiError(code, error.message || undefined) : new ApiError("bad_request", error.message);
}

/** The one error path: every thrown error becomes an RFC 9457 problem; unknown ones a bare 500. */
export function renderProblem(error: Error, c: Context<AppEnv>): Response {
  let problem: ApiError;
  if (error instanceof ApiError) problem = error;
  else if (error instanceof HTTPException) problem = fromHttpException(error);
  else {
    console.error(JSON.stringify({ request_id: c.var.requestId, error: error.stack ?? String(error) }));
    problem = new ApiError(
      "internal_error",
      "Something went wrong on our side. Quote the request_id if you report it.",
    );
  }
  const headers: Record<string, string> = { ...problem.headers, "Content-Type": "application/problem+json" };
  if (problem.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="claimtrail"';
  const retryAfter = retryAfterOf(problem.code);
  if (retryAfter !== undefined) headers["Retry-After"] = headers["Retry-After"] ?? String(retryAfter);
  const body = {
    type: `urn:claimtrail:problem:${problem.code}`,
    title: PROBLEMS[problem.code].title,
    status: problem.status,
    detail: problem.message,
    instance: c.req.path,
    code: problem.code,
    request_id: c.var.requestId,
    ...problem.extensions,
  };
  return c.body(JSON.stringify(body), problem.status as ContentfulStatusCode, headers);
}
