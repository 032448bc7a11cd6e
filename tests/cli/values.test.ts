import { describe, expect, it } from "vitest";
import { parsePublishedDate } from "../../cli/records/dates";
import { languageTag } from "../../cli/records/languages";
import { decodeHtmlEntities, plainText, textOf, truncate } from "../../cli/records/text";
import { checkUrl } from "../../cli/records/urls";

describe("text in publishers' markup", () => {
  it("decodes HTML entities once: numeric, hexadecimal, named and accented", () => {
    expect(decodeHtmlEntities("the mayor&#039;s &quot;plan&quot; &amp; 40&#x25; &eacute;t&eacute; &rsquo;")).toBe(
      'the mayor\'s "plan" & 40% été ’',
    );
    expect(decodeHtmlEntities("&amp;lt; stays escaped once; &bogus; stays")).toBe(
      "&lt; stays escaped once; &bogus; stays",
    );
  });

  it("removes tags, keeps escaped markup as text, and collapses whitespace", () => {
    expect(plainText("<p>Claim<br/>one</p>\r\n &lt;b&gt;  two")).toBe("Claim one <b> two");
    expect(textOf(["", "  ", "<b>first</b>", "second"])).toBe("first");
    expect(textOf({ "@value": "value" })).toBe("value");
  });

  it("cuts long text with an ellipsis, never between a surrogate pair", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("ab😀def", 4)).toBe("ab…");
    expect(truncate("short", 10)).toBe("short");
  });
});

describe("URLs", () => {
  it("accepts http(s) URLs as they are and gives a missing scheme https", () => {
    expect(checkUrl(" https://factcheck.example/a ")).toEqual({ url: "https://factcheck.example/a", repaired: false });
    expect(checkUrl("factcheck.example/a")).toEqual({ url: "https://factcheck.example/a", repaired: true });
    expect(checkUrl("//factcheck.example/a")).toEqual({ url: "https://factcheck.example/a", repaired: true });
  });

  it.each([
    ["/estadao/page", "relative URL"],
    ["page.html", "relative URL"],
    ["1", "relative URL"],
    ["https://factcheck.example/a b", "has spaces inside"],
    ["ftp://factcheck.example/a", "not an http(s) URL"],
    ["https://user:pw@factcheck.example/", "carries a user name or password"],
    [42, "not a string"],
  ])("refuses %j: %s", (raw, problem) => {
    expect(checkUrl(raw)).toEqual({ problem: expect.stringContaining(problem) });
  });
});

describe("dates", () => {
  it.each([
    ["2024-08-21", "2024-08-21", "2024-08-21T00:00:00.000Z"],
    ["2020-06-23 20:02", "2020-06-23", "2020-06-23T20:02:00.000Z"],
    ["2017-03-01 20:30:17 UTC", "2017-03-01", "2017-03-01T20:30:17.000Z"],
    ["2024-05-02T10:30:00-03:00", "2024-05-02", "2024-05-02T13:30:00.000Z"],
    ["2023-01-05T12:00:00.123456+0530", "2023-01-05", "2023-01-05T06:30:00.123Z"],
  ])("reads %j as %s", (raw, date, instant) => {
    expect(parsePublishedDate(raw)).toEqual({ date, instant });
  });

  it.each(["2020-06-22T12:26:08+5:30", "30/09/2022", "2023-02-30", "2024-13-01", "yesterday", "2024-01-01Z"])(
    "refuses %j rather than guess",
    (raw) => {
      expect(parsePublishedDate(raw)).toBeNull();
    },
  );
});

describe("languages", () => {
  it("canonicalises tags and reads language names", () => {
    expect(languageTag("pt_BR")).toBe("pt-BR");
    expect(languageTag("zh-hant")).toBe("zh-Hant");
    expect(languageTag("Español")).toBe("es");
    expect(languageTag({ "@type": "Language", name: "French", alternateName: "fr" })).toBe("fr");
    expect(languageTag("not a language")).toBeNull();
  });
});
