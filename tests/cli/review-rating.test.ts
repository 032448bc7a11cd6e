import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../cli/records/json";
import { rateReview, ratingNumbers, ratingPosition } from "../../cli/records/review-rating";
import { veracityScale } from "./support";

const rating = (fields: JsonObject): JsonObject => ({ "@type": "Rating", ...fields });

describe("a reviewRating as a status", () => {
  it.each([
    [{ ratingValue: 1, worstRating: 1, bestRating: 5 }, "false"],
    [{ ratingValue: 2, worstRating: 1, bestRating: 5 }, "mostly_false"],
    [{ ratingValue: 3, worstRating: 1, bestRating: 5 }, "half_true"],
    [{ ratingValue: 4, worstRating: 1, bestRating: 5 }, "mostly_true"],
    [{ ratingValue: 5, worstRating: 1, bestRating: 5 }, "true"],
    [{ ratingValue: "1", worstRating: "1", bestRating: "6" }, "false"],
    [{ ratingValue: 0, worstRating: 0, bestRating: 2 }, "false"],
    [{ ratingValue: 1, worstRating: 0, bestRating: 2 }, "half_true"],
    [{ ratingValue: 7, worstRating: 1, bestRating: 7 }, "true"],
  ])("places numbers %j on the scale: %s", async (numbers, status) => {
    expect(rateReview(rating(numbers), await veracityScale())).toEqual({ status, name: "" });
  });

  it("reads inverted scales, where worstRating is greater than bestRating", async () => {
    const scale = await veracityScale();
    expect(rateReview(rating({ ratingValue: "5", bestRating: "1", worstRating: "5" }), scale)).toMatchObject({
      status: "false",
    });
    expect(rateReview(rating({ ratingValue: 1, bestRating: 1, worstRating: 5 }), scale)).toMatchObject({
      status: "true",
    });
  });

  it("lets a name within one step of the numbers pick the status (misleading shares 2 with mostly_false)", async () => {
    const scale = await veracityScale();
    const misleading = rating({ ratingValue: 3, worstRating: 1, bestRating: 5, alternateName: "Misleading" });
    expect(rateReview(misleading, scale)).toEqual({ status: "misleading", name: "Misleading" });
    const falso = rating({ ratingValue: "2", worstRating: "1", bestRating: "7", alternateName: "Falso" });
    expect(rateReview(falso, scale)).toEqual({ status: "false", name: "Falso" });
  });

  it("keeps the numbers, with a warning, when the name says something far from them", async () => {
    const rated = rateReview(
      rating({ ratingValue: 5, worstRating: 1, bestRating: 5, alternateName: "Pants on Fire" }),
      await veracityScale(),
    );
    expect(rated).toMatchObject({ status: "true", name: "Pants on Fire" });
    expect(rated).toHaveProperty("warning", expect.stringContaining("the numbers were used"));
  });

  it.each([
    [{ alternateName: "Falso" }, "false"],
    [{ ratingValue: "", bestRating: "", worstRating: "", alternateName: "Missing context" }, "misleading"],
    [{ ratingValue: 4, bestRating: 6, alternateName: "Falso" }, "false"],
    [{ ratingValue: "-1", bestRating: "-1", worstRating: "-1", alternateName: "really_false" }, "false"],
    [{ ratingValue: 9, bestRating: 5, worstRating: 1, alternateName: "Mostly True" }, "mostly_true"],
    [{ bestRating: "5", worstRating: "1", alternateName: "證據不足" }, "unsupported"],
  ])("falls back to the name when the numbers make no scale: %j", async (fields, status) => {
    expect(rateReview(rating(fields), await veracityScale())).toMatchObject({ status });
  });

  it("gives a reason when neither numbers nor name say anything", async () => {
    const scale = await veracityScale();
    expect(rateReview(rating({ alternateName: "Buzzword salad" }), scale)).toEqual({
      code: "unknown_rating",
      message:
        'rating "Buzzword salad" is not in the rating table (cli/ratings.ts), and no numeric ratingValue, worstRating, bestRating',
    });
    expect(rateReview(rating({ ratingValue: 2 }), scale)).toEqual({
      code: "unknown_rating",
      message: "reviewRating has no alternateName and no numeric worstRating, bestRating",
    });
  });

  it("refuses positions outside the scale and scales of one point", () => {
    expect(ratingPosition(rating({ ratingValue: 6, worstRating: 1, bestRating: 5 }))).toEqual({
      problem: "ratingValue 6 is outside 1…5",
    });
    expect(ratingPosition(rating({ ratingValue: 1, worstRating: 1, bestRating: 1 }))).toEqual({
      problem: "bestRating and worstRating are both 1",
    });
    expect(ratingPosition(rating({ ratingValue: "4", worstRating: "1", bestRating: "7" }))).toEqual({ position: 0.5 });
  });

  it("keeps the numbers as the publisher wrote them, for the note", () => {
    expect(ratingNumbers(rating({ ratingValue: "1 ", bestRating: 5, worstRating: "" }))).toBe(
      "ratingValue 1, bestRating 5",
    );
  });
});
