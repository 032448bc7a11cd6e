import type { OpenAPIHono } from "@hono/zod-openapi";
import { html } from "hono/html";
import type { AppEnv } from "../app-env";

const SCALAR = "https://cdn.jsdelivr.net/npm/@scalar/api-reference@1.72.1/dist/browser/standalone.js";

const description = `Track claims quoted in news articles and how each one holds up.

Reads are public. Writes need \`Authorization: Bearer <api key>\`: role \`editor\` for claims, articles and status updates, \`admin\` for keys. Errors are RFC 9457 problem details. Lists take \`limit\` and an opaque \`cursor\`.`;

/** Every operation carries one of these, in this order in generated clients and the reference. */
const TAGS = [
  { name: "Claims", description: "Claims quoted in articles: record, find, match, correct." },
  { name: "Timeline", description: "Status updates, the append-only timeline, and its hash chain." },
  { name: "Statuses", description: "The two rating scales and their statuses." },
  { name: "Articles", description: "Articles claims were quoted in." },
  { name: "Speakers", description: "People claims are attributed to." },
  { name: "Extraction", description: "Candidate claims found in an article's text." },
  { name: "Webhooks", description: "Subscriptions, signed deliveries and their log." },
  { name: "API keys", description: "Keys for editors and admins." },
  { name: "Audit", description: "Who changed which key or webhook subscription, and when." },
  { name: "Service", description: "Liveness." },
];

/** /openapi.json, generated from the routes' zod schemas, and /docs, an interactive reference on it. */
export function mountDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An API key (`ctk_…`), or the ADMIN_TOKEN secret.",
  });
  // Generating the document walks every schema (about 18 ms of CPU): once per isolate, on first use,
  // when every route is registered. Only `servers` depends on the request.
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get("/openapi.json", (c) => {
    document ??= app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "Claimtrail API",
        version: "1.0.0",
        description,
        license: { name: "MIT", url: "https://spdx.org/licenses/MIT.html" },
        contact: { name: c.env.PUBLISHER_NAME, url: c.env.PUBLISHER_URL },
      },
      servers: [],
      tags: TAGS,
    });
    // Where this document was fetched from is where the API answers: local, workers.dev or a domain.
    return c.json({ ...document, servers: [{ url: new URL(c.req.url).origin, description: "This deployment" }] });
  });
  app.get("/docs", (c) => {
    c.header(
      "Content-Security-Policy",
      `default-src 'self'; script-src 'self' ${SCALAR}; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; font-src https://cdn.jsdelivr.net data:; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'`,
    );
    return c.html(html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Claimtrail API reference</title>
        </head>
        <body>
          <noscript>The interactive reference needs JavaScript. The raw document is at <a href="/openapi.json">/openapi.json</a>.</noscript>
          <script id="api-reference" data-url="/openapi.json"></script>
          <script src="${SCALAR}"></script>
        </body>
      </html>`);
  });
}
