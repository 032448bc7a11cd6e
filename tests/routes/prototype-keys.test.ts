import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, blinkenClaim, call, expectProblem } from "../helpers";

const cases: [string, string, (key: string) => string][] = [
  ["POST", "/v1/webhooks", (key) => `{"${key}":{"polluted":"yes"},"url":"http://127.0.0.1:9/hook"}`],
  ["POST", "/v1/keys", (key) => `{"${key}":{"polluted":"yes"},"role":"editor","name":"n"}`],
  ["POST", "/v1/claims", (key) => `{"${key}":{"polluted":"yes"},${JSON.stringify(blinkenClaim()).slice(1)}`],
  ["POST", "/v1/articles", (key) => `{"${key}":{"polluted":"yes"},"url":"https://news.example/a"}`],
];

describe("prototype keys in request bodies", () => {
  for (const [method, path, body] of cases) {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      it(`${method} ${path} with a "${key}" key is 400 validation_failed`, async () => {
        const res = await call(path, {
          method,
          token: ADMIN_TOKEN,
          rawBody: body(key),
          headers: { "Content-Type": "application/json" },
        });
        await expectProblem(res, 400, "validation_failed");
        expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
      });
    }
  }
});
