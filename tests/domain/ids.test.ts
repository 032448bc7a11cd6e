import { describe, expect, it } from "vitest";
import { newId } from "../../src/domain/ids";

describe("ids", () => {
  it("are prefixed ULIDs", () => {
    const id = newId("clm");
    expect(id).toMatch(/^clm_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(id).toHaveLength(30);
  });

  it("sort by creation time, also within one millisecond", () => {
    const now = Date.UTC(2024, 7, 20, 14, 3);
    const ids = [newId("upd", now), newId("upd", now), newId("upd", now), newId("upd", now + 1)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
  });

  it("sort across years", () => {
    expect(newId("clm", Date.UTC(2023, 0, 1)) < newId("clm", Date.UTC(2031, 0, 1))).toBe(true);
  });
});
