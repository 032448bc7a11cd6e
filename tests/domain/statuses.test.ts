import { describe, expect, it } from "vitest";
import { findStatus, SCALES, STATUS_CODES, scaleOf } from "../../src/domain/statuses";

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("status scales", () => {
  it("lists the veracity scale exactly as SPEC.md does", () => {
    expect(SCALES.veracity.statuses.map((s) => s.code)).toEqual([
      "unverified",
      "under_review",
      "true",
      "mostly_true",
      "half_true",
      "misleading",
      "mostly_false",
      "false",
      "unsupported",
    ]);
    expect(SCALES.veracity.kinds).toEqual(["statement", "statistic"]);
  });

  it("lists the progress scale exactly as SPEC.md does", () => {
    expect(SCALES.progress.statuses.map((s) => s.code)).toEqual([
      "unverified",
      "pending",
      "in_progress",
      "stalled",
      "fulfilled",
      "partially_fulfilled",
      "not_fulfilled",
      "not_borne_out",
    ]);
    expect(SCALES.progress.kinds).toEqual(["prediction", "promise"]);
  });

  it("labels unverified 'Not yet rated' and leaves it unrated and not final", () => {
    expect(findStatus("statement", "unverified")).toMatchObject({
      label: "Not yet rated",
      rating_value: null,
      final: false,
    });
    expect(findStatus("promise", "unverified")).toMatchObject({
      label: "Not yet rated",
      rating_value: null,
      final: false,
    });
  });

  it("marks verdicts final and work in progress not final", () => {
    for (const code of ["true", "false", "misleading", "unsupported"])
      expect(findStatus("statistic", code)?.final).toBe(true);
    for (const code of ["fulfilled", "not_fulfilled", "not_borne_out"])
      expect(findStatus("promise", code)?.final).toBe(true);
    for (const code of ["under_review"]) expect(findStatus("statement", code)?.final).toBe(false);
    for (const code of ["pending", "in_progress", "stalled"]) expect(findStatus("prediction", code)?.final).toBe(false);
  });

  it("orders rating values from true (best) down to false (worst)", () => {
    const value = (code: string) => findStatus("statement", code)?.rating_value;
    expect(value("true")).toBe(5);
    expect(value("false")).toBe(1);
    expect(value("mostly_true")).toBeGreaterThan(value("half_true") ?? 0);
    expect(value("half_true")).toBeGreaterThan(value("mostly_false") ?? 0);
  });

  it("picks the scale from the claim's kind", () => {
    expect(scaleOf("statement")).toBe("veracity");
    expect(scaleOf("statistic")).toBe("veracity");
    expect(scaleOf("prediction")).toBe("progress");
    expect(scaleOf("promise")).toBe("progress");
  });

  it("does not find a status of the other scale", () => {
    expect(findStatus("statistic", "fulfilled")).toBeUndefined();
    expect(findStatus("promise", "true")).toBeUndefined();
    expect(findStatus("statement", "nonsense")).toBeUndefined();
  });

  it("gives every status a colour readable as text on white (WCAG AA, 4.5:1)", () => {
    for (const status of [...SCALES.veracity.statuses, ...SCALES.progress.statuses]) {
      expect(status.color).toMatch(/^#[0-9a-f]{6}$/);
      const ratio = (1 + 0.05) / (luminance(status.color) + 0.05);
      expect(ratio, status.code).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("knows every code once across both scales", () => {
    expect(STATUS_CODES).toHaveLength(16);
  });
});
