import { describe, expect, it } from "vitest";
import { canonicalBody, canonicalJson } from "../../src/domain/canonical-json";
import { canonicalUrl, webUrlProblem } from "../../src/domain/canonical-url";
import { claimEtag, versionsFromIfMatch } from "../../src/domain/etag";
import { comparisonKey, ftsQuery, hasVisibleText } from "../../src/domain/text";

describe("canonicalUrl", () => {
  it.each([
    ["HTTPS://News.Example/World/Story/", "https://news.example/World/Story"],
    ["https://news.example:443/a#comments", "https://news.example/a"],
    ["https://news.example/a?utm_source=x&id=7&fbclid=y", "https://news.example/a?id=7"],
    ["https://news.example/", "https://news.example/"],
    ["https://news.example/y?", "https://news.example/y"],
    ["https://news.example/y?b&a=1", "https://news.example/y?a=1&b="],
    ["https://news.example/y?b=&a=1&utm_source=x", "https://news.example/y?a=1&b="],
    ["https://news.example/y?q=a%20b", "https://news.example/y?q=a+b"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });
});

describe("comparisonKey", () => {
  it("ignores case, accents and spacing", () => {
    expect(comparisonKey("  Antony   Blinken ")).toBe(comparisonKey("antony blinken"));
    expect(comparisonKey("José Núñez")).toBe(comparisonKey("jose nunez"));
    expect(comparisonKey("Jean-Luc")).toBe("jean luc");
  });
});

describe("ftsQuery", () => {
  it("quotes every word so FTS5 syntax cannot leak in", () => {
    expect(ftsQuery('agreed" OR claims_fts:*')).toBe('"agreed" "OR" "claims" "fts"*');
    expect(ftsQuery("90 percent")).toBe('"90" "percent"*');
  });

  it("has nothing to search in punctuation alone", () => {
    expect(ftsQuery("?!*")).toBeNull();
  });
});

describe("ETags and If-Match", () => {
  it("tags a claim by version and representation", () => {
    expect(claimEtag(3)).toBe('"v3"');
    expect(claimEtag(3, "timeline")).toBe('"v3-timeline"');
  });

  it("reads the versions an If-Match accepts", () => {
    expect(versionsFromIfMatch(undefined)).toBeUndefined();
    expect(versionsFromIfMatch("*")).toBeUndefined();
    expect(versionsFromIfMatch('"v3"')).toEqual([3]);
    expect(versionsFromIfMatch('W/"v3", "v4-timeline"')).toEqual([3, 4]);
    expect(versionsFromIfMatch('"something-else"')).toEqual([-1]);
  });
});

describe("webUrlProblem", () => {
  it.each([
    ["https://news.example/a", null],
    ["HTTP://News.Example:8080/a?b=1#c", null],
    ["http:///path", "needs a host after the //"],
    ["https://user:pass@news.example/", "must not carry a user name or password"],
    ["https://user@news.example/", "must not carry a user name or password"],
    ["ftp://news.example/", "must be an absolute URL starting with http:// or https://"],
    ["//news.example/", "must be an absolute URL starting with http:// or https://"],
    ["https://news example/", "is not a valid URL"],
  ])("%s → %s", (raw, problem) => {
    expect(webUrlProblem(raw)).toBe(problem);
  });
});

describe("hasVisibleText", () => {
  it("sees through whitespace and invisible format characters", () => {
    for (const invisible of ["", " ", "\u200b", "\ufeff\u2060", "\u00ad\u200d", "\u3164", "\t\n\u00a0"]) {
      expect(hasVisibleText(invisible), JSON.stringify(invisible)).toBe(false);
    }
    for (const visible of ["a", "\u200ba", "٩", "😀", "\u00a0x"]) expect(hasVisibleText(visible)).toBe(true);
  });
});

describe("canonicalJson", () => {
  it("spells the same value the same way whatever the key order and whitespace", () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
    expect(canonicalBody('{ "b" : 1,\n "a": [ 2 , 3 ] }')).toBe(canonicalBody('{"a":[2,3],"b":1}'));
    expect(canonicalBody("{not json")).toBe("{not json");
  });
});
