/**
 * Bench-only Worker entry for bench/scale.mjs: Claimtrail itself, plus `GET /__scale?path=…&runs=N`,
 * which sends `path` through the app N times, one after the other, inside this Worker and answers
 * how long each took (performance.now() from handing the request to the app to its body read; it
 * counts whole milliseconds in local workerd). No HTTP hop, so the figures are the app and D1.
 */
import worker from "../src/index.ts";

export { ClaimWriter } from "../src/index.ts";

export default {
  ...worker,
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname !== "/__scale") return worker.fetch(request, env, ctx);
    const path = url.searchParams.get("path") ?? "/";
    const runs = Number(url.searchParams.get("runs") ?? 1);
    const samples = [];
    let items = null;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const res = await worker.fetch(new Request(new URL(path, url.origin)), env, ctx);
      const body = await res.text();
      samples.push(performance.now() - started);
      if (res.status !== 200) return Response.json({ error: `${res.status} ${body.slice(0, 300)}` }, { status: 500 });
      if (i === 0) items = Array.isArray(JSON.parse(body).data) ? JSON.parse(body).data.length : null;
    }
    return Response.json({ samples, items });
  },
};
