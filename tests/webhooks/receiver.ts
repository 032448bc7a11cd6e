import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

/** A request the receiver got: what a subscriber would see. */
export interface Received {
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** How the receiver answers the next request to a hook: status, optional body, optional delay. */
export interface Scripted {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/**
 * A real HTTP webhook receiver on 127.0.0.1 for the workers tests (vitest globalSetup, in Node).
 * `POST /<hook>` records the request and answers as scripted (204 by default);
 * `PUT /__script/<hook>` with a JSON array of Scripted sets the next answers;
 * `GET /__received/<hook>` lists what `/<hook>` received, oldest first.
 */
export default async function setup(project: TestProject) {
  const received = new Map<string, Received[]>();
  const scripts = new Map<string, Scripted[]>();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://receiver").pathname;
    const body = await read(req);
    if (path.startsWith("/__script/")) {
      scripts.set(path.slice("/__script/".length), JSON.parse(body) as Scripted[]);
      res.writeHead(204).end();
      return;
    }
    if (path.startsWith("/__received/")) {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(received.get(path.slice("/__received/".length)) ?? []));
      return;
    }
    const hook = path.slice(1);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    received.set(hook, [...(received.get(hook) ?? []), { headers, body, at: Date.now() }]);
    const next = scripts.get(hook)?.shift() ?? { status: 204 };
    if (next.delayMs) await new Promise((resolve) => setTimeout(resolve, next.delayMs));
    res.writeHead(next.status, next.headers).end(next.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("receiverUrl", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module "vitest" {
  export interface ProvidedContext {
    receiverUrl: string;
  }
}
