import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import { requestId } from "hono/request-id";
import type { AppEnv } from "./app-env";
import { ApiError } from "./domain/errors";
import { allowedMethods } from "./http/allowed-methods";
import { database } from "./http/d1-session";
import { fieldErrors, renderProblem } from "./http/problem";
import { requestLog } from "./http/request-log";
import { securityHeaders } from "./http/security-headers";
import { utf8Body } from "./middleware/utf8-body";
import { articleRoutes } from "./routes/articles";
import { auditRoutes } from "./routes/audit";
import { claimRoutes } from "./routes/claims";
import { deskRoutes } from "./routes/desk";
import { mountDocs } from "./routes/docs";
import { embedRoutes } from "./routes/embeds";
import { extractRoutes } from "./routes/extract";
import { feedRoutes } from "./routes/feeds";
import { healthRoutes } from "./routes/health";
import { keyRoutes } from "./routes/keys";
import { oembedRoutes } from "./routes/oembed";
import { pageRoutes } from "./routes/pages";
import { speakerRoutes } from "./routes/speakers";
import { statusRoutes } from "./routes/statuses";
import { updateRoutes } from "./routes/updates";
import { webhookRoutes } from "./routes/webhooks";

/** SPEC.md: request bodies over 64 KiB are 413. */
const MAX_BODY_BYTES = 64 * 1024;
/**
 * /v1/extract takes 100 KB of article text (checked in the route). On the wire JSON escaping can
 * make that six times larger (`\u0436` for each byte pair of Cyrillic), so the transport cap is wider.
 */
const MAX_EXTRACT_BODY_BYTES = 600 * 1024;

function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError("payload_too_large", `Request bodies are limited to ${maxSize} bytes.`);
    },
  });
}

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        // Only ids the API hands out are valid path parameters: one that could never exist names nothing.
        if (result.target === "param") throw new ApiError("not_found", "No resource has this id.");
        throw new ApiError("validation_failed", `The request ${result.target} has invalid fields.`, {
          errors: fieldErrors(result.error),
        });
      }
    },
  });

  app.use(requestId({ generator: (c) => c.req.header("cf-ray") ?? crypto.randomUUID() }));
  app.use(requestLog);
  app.use(securityHeaders);
  app.use(database);
  const defaultLimit = limitBody(MAX_BODY_BYTES);
  const extractLimit = limitBody(MAX_EXTRACT_BODY_BYTES);
  app.use((c, next) => (c.req.path === "/v1/extract" ? extractLimit(c, next) : defaultLimit(c, next)));
  app.use(utf8Body);
  // A 304 keeps what its handler set for browsers: CORS on feeds and embeds, the CSP a page names its
  // inline style by (a browser may merge a 304's headers into its copy), and the request id.
  // securityHeaders adds the rest around it.
  app.use(
    etag({
      retainedHeaders: [
        ...RETAINED_304_HEADERS,
        "access-control-allow-origin",
        "access-control-expose-headers",
        "content-security-policy",
        "x-request-id",
      ],
    }),
  );

  // Chained, so the app's type lists every API route for the typed client (client/index.ts).
  const api = app
    .route("/v1/claims", claimRoutes)
    .route("/v1/claims", updateRoutes)
    .route("/v1/statuses", statusRoutes)
    .route("/v1/articles", articleRoutes)
    .route("/v1/speakers", speakerRoutes)
    .route("/v1/keys", keyRoutes)
    .route("/v1/extract", extractRoutes)
    .route("/v1/webhooks", webhookRoutes)
    .route("/v1/audit", auditRoutes)
    .route("/healthz", healthRoutes);
  app.route("/", embedRoutes);
  app.route("/", oembedRoutes);
  app.route("/", feedRoutes);
  app.route("/", pageRoutes);
  app.route("/", deskRoutes);
  mountDocs(app);

  const allowed = allowedMethods(app);
  app.notFound((c) => {
    const methods = allowed(c.req.path);
    const problem =
      methods.length > 0
        ? new ApiError(
            "method_not_allowed",
            `${c.req.path} does not take ${c.req.method}.`,
            {},
            { Allow: methods.join(", ") },
          )
        : new ApiError("not_found", `Nothing at ${c.req.method} ${c.req.path}.`);
    return renderProblem(problem, c);
  });
  app.onError(renderProblem);
  return api;
}

/** The API's routes and their request and response types, for `hono/client` (see client/). */
export type AppType = ReturnType<typeof createApp>;
