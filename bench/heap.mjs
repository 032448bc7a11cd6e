/**
 * The Worker isolate's live JavaScript heap, read through workerd's inspector (the DevTools
 * protocol). A heap snapshot makes V8 collect garbage first, so the heap's used size right after
 * one is what the Worker still holds, not garbage waiting to be collected. This is the memory
 * Cloudflare limits a Worker by (128 MB an isolate); the process's RSS also holds the local
 * runtime's own state (SQLite, the dev proxy), see BENCHMARKS.md "Soak".
 */
import { createServer } from "node:net";
import WebSocket from "ws";

/** A free loopback port for the inspector. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Connects to the inspector on `port`, to the isolate of the Worker named `name`, and `live()`
 * answers its live heap in MiB. wrangler's inspector proxy lists that Worker alone; workerd's own
 * inspector (BENCH_DIRECT=1) also lists Miniflare's entry, D1, Queue and cache Workers.
 */
export async function isolateHeap(port, name) {
  const targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json();
  const target = targets.length === 1 ? targets[0] : targets.find((t) => t.id === `core:user:${name}`);
  if (!target) throw new Error(`inspector: no Worker named ${name} among ${targets.map((t) => t.id).join(", ")}`);
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  const waiting = new Map();
  let next = 0;
  socket.on("message", (data) => {
    const message = JSON.parse(String(data));
    // Snapshot chunks stream as events (no id). The message with the call's id ends it: workerd
    // answers with a `result`, wrangler's inspector proxy echoes the call back.
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  const call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => reject(new Error(`inspector: no answer to ${method}`)), 60_000);
      waiting.set(id, (message) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (message.error) reject(new Error(`inspector: ${method}: ${message.error.message}`));
        else resolve(message.result);
      });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await call("HeapProfiler.enable");
  return {
    async live() {
      await call("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
      const { usedSize } = await call("Runtime.getHeapUsage");
      return usedSize / 2 ** 20;
    },
    close: () => socket.close(),
  };
}
