import { PatternRouter } from "hono/router/pattern-router";
import type { RouterRoute } from "hono/types";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * The methods an app serves at a path, for a 405's `Allow` header (RFC 9110). Built on first use,
 * when every route is registered; middleware (method ALL) does not count as serving a path.
 */
export function allowedMethods(app: { routes: RouterRoute[] }): (path: string) => string[] {
  let router: PatternRouter<string> | undefined;
  return (path) => {
    if (!router) {
      router = new PatternRouter<string>();
      for (const route of app.routes) if (route.method !== "ALL") router.add(route.method, route.path, route.method);
    }
    const served = router;
    const allowed = METHODS.filter((method) => served.match(method === "HEAD" ? "GET" : method, path)[0].length > 0);
    return allowed.length > 0 ? [...allowed, "OPTIONS"] : [];
  };
}
