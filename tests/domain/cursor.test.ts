import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, page } from "../../src/domain/cursor";
import { ApiError } from "../../src/domain/errors";

describe("cursors", () => {
  it("round-trips both kinds of cursor as URL-safe text", () => {
    for (const cursor of [{ after: "clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" }, { offset: 40 }]) {
      const encoded = encodeCursor(cursor);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(encoded)).toEqual(cursor);
    }
  });

  it.each([
    ["not base64", "%%%"],
    ["base64 of non-JSON", btoa("hello")],
    ["JSON of the wrong shape", btoa(JSON.stringify({ page: 2 }))],
    ["a negative offset", btoa(JSON.stringify({ offset: -1 }))],
    ["a fractional offset", btoa(JSON.stringify({ offset: 1.5 }))],
    ["JSON null", btoa("null")],
  ])("turns %s into a 400 invalid_cursor", (_name, raw) => {
    try {
      decodeCursor(raw);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(400);
      expect((error as ApiError).code).toBe("invalid_cursor");
    }
  });

  it("pages from limit + 1 rows: the extra row only says there is more", () => {
    const rows = [{ id: "c" }, { id: "b" }, { id: "a" }];
    const full = page(rows, 2, (last) => ({ after: last.id }));
    expect(full.data).toEqual([{ id: "c" }, { id: "b" }]);
    expect(decodeCursor(full.next_cursor ?? "")).toEqual({ after: "b" });
    expect(page(rows, 3, (last) => ({ after: last.id })).next_cursor).toBeNull();
  });
});
