import { describe, it } from "vitest";
import { ADMIN_TOKEN, call, expectProblem } from "../helpers";

// Found by tests/property: a path id over 64 characters was a 400 the OpenAPI document did not list
// for these operations. No such id can exist, so it is the same 404 as any unknown id.
const tooLong = "x".repeat(65);

describe("path ids no resource could have", () => {
  for (const path of [
    `/v1/claims/${tooLong}/chain`,
    `/v1/claims/${tooLong}/claimreview`,
    `/v1/articles/${tooLong}`,
    `/v1/speakers/${tooLong}`,
    `/v1/claims/${tooLong}/updates/upd_${tooLong}`,
  ]) {
    it(`GET ${path.replace(tooLong, "<65 chars>")} is 404`, async () => {
      await expectProblem(await call(path), 404, "not_found");
    });
  }

  it("admin routes answer 404 too", async () => {
    await expectProblem(await call(`/v1/webhooks/${tooLong}`, { token: ADMIN_TOKEN }), 404, "not_found");
    await expectProblem(await call(`/v1/keys/${tooLong}`, { method: "DELETE", token: ADMIN_TOKEN }), 404, "not_found");
  });
});
