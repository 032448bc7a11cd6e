import type { OpenAPIHono } from "@hono/zod-openapi";
import { html } from "hono/html";
import type { AppEnv } from "../app-env";

const SCALAR = "https://cdn.jsdelivr.net/npm/@scalar/api-reference@1.72.1/dist/browser/standalone.js";

const description = `Track claims quoted in news articles and how each one holds up.

Reads are public. Writes need \`Authorization: Bearer <api key>\`: role \`editor\` for claims, articles and status updates, \`admin\` for keys. Errors are RFC 9457 problem details. Lists take \`limit\` and an opaque \`cursor\`.`;

/** /openapi.json, generated from the routes' zod schemas, and /docs, an interactive reference on it. */
export function mountDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "An API key (`ctk_…`), or the ADMIN_TOKEN secret.",
  });
  app.doc31("/openapi.json", (c) => ({
    openapi: "3.1.0",
    info: { title: "Claimtrail API", version: "1.0.0", description },
    servers: [{ url: new URL(c.req.url).origin }],
  }));
  app.get("/docs", (c) => {
    c.header(
      "Content-Security-Policy",
      `default-src 'self'; script-src 'self' ${SCALAR}; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; font-src https://cdn.jsdelivr.net data:; img-src 'self' data:; connect-src 'self'`,
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
