import { describe, expect, it } from "vitest";
import { SCALE_NAMES, SCALES, STATUS_CODES } from "../../src/domain/statuses";
import {
  formatDate,
  formatDateTime,
  LOCALES,
  type Locale,
  MESSAGES,
  type Messages,
  messagesFor,
  resolveLocale,
  statusLabel,
} from "../../src/embeds/i18n";

const locales: Locale[] = [...LOCALES];

describe("i18n tables", () => {
  it("covers en, es, fr, de, pt and ar, English first", () => {
    expect(locales).toEqual(["en", "es", "fr", "de", "pt", "ar"]);
    for (const locale of locales) expect(messagesFor(locale)).toBe(MESSAGES[locale]);
  });

  it("knows every status code the scales use, and no other", () => {
    const used = new Set(SCALE_NAMES.flatMap((name) => SCALES[name].statuses.map((s) => s.code)));
    expect([...used].sort()).toEqual([...STATUS_CODES].sort());
  });

  it.each(locales)("%s labels every status, non-empty and distinct within each scale", (locale) => {
    const { status } = messagesFor(locale);
    expect(Object.keys(status).sort()).toEqual([...STATUS_CODES].sort());
    for (const scale of SCALE_NAMES) {
      const labels = SCALES[scale].statuses.map((s) => statusLabel(messagesFor(locale), s.code));
      for (const label of labels) expect(label.trim()).not.toBe("");
      expect(new Set(labels.map((l) => l.toLocaleLowerCase(locale))).size).toBe(labels.length);
    }
  });

  it.each(locales)("%s names every kind of claim and has no empty string", (locale) => {
    const m = messagesFor(locale);
    expect(Object.keys(m.claimKind).sort()).toEqual(["prediction", "promise", "statement", "statistic"]);
    for (const value of [...Object.values(m.claimKind), ...Object.values(m)]) {
      if (typeof value === "string") expect(value.trim()).not.toBe("");
    }
  });

  it("English labels equal the labels in statuses.ts", () => {
    for (const scale of SCALE_NAMES) {
      for (const s of SCALES[scale].statuses)
        expect(messagesFor("en").status[s.code as keyof Messages["status"]]).toBe(s.label);
    }
  });

  it("writes Arabic right to left and the others left to right", () => {
    for (const locale of locales) {
      const m = messagesFor(locale);
      expect(m.dir).toBe(locale === "ar" ? "rtl" : "ltr");
      expect(m.lang.toLowerCase().split("-")[0]).toBe(locale);
      expect(() => new Intl.DateTimeFormat(m.intlLocale)).not.toThrow();
    }
  });

  it.each(locales)("%s puts every argument of every function message into its result", (locale) => {
    const m = messagesFor(locale);
    const functions: string[] = [];
    for (const [key, value] of Object.entries(m)) {
      if (typeof value !== "function") continue;
      functions.push(key);
      const args = Array.from({ length: value.length }, (_, i) => `«ARG${i}»`);
      const text: unknown = value(...args);
      expect(typeof text, key).toBe("string");
      for (const arg of args) expect(text, key).toContain(arg);
    }
    expect(functions.sort()).toEqual(
      [
        "claimed",
        "feedEntryTitle",
        "feedTitleAll",
        "feedTitleClaim",
        "lastUpdated",
        "previousStatus",
        "quote",
        "saidBy",
        "speakerWithTitle",
        "tooManySearchesDetail",
        "trackedBy",
      ].sort(),
    );
  });

  it("falls back to the code for a status it does not know", () => {
    expect(statusLabel(messagesFor("fr"), "mostly_true")).toBe("Plutôt vrai");
    expect(statusLabel(messagesFor("fr"), "made_up")).toBe("made_up");
    expect(statusLabel(messagesFor("fr"), "toString")).toBe("toString");
  });
});

describe("resolveLocale", () => {
  it("lets a supported override win", () => {
    expect(resolveLocale("en", "ar")).toBe("ar");
    expect(resolveLocale("pt-BR", "FR")).toBe("fr");
    expect(resolveLocale("de", "es-419")).toBe("es");
  });

  it("ignores an unsupported or empty override", () => {
    expect(resolveLocale("de", "zz")).toBe("de");
    expect(resolveLocale("de", "")).toBe("de");
    expect(resolveLocale("de", null)).toBe("de");
    expect(resolveLocale("de", undefined)).toBe("de");
    expect(resolveLocale("de", "__proto__")).toBe("de");
  });

  it("reads the claim's language by its primary subtag, in any case", () => {
    expect(resolveLocale("pt-BR")).toBe("pt");
    expect(resolveLocale("EN-gb")).toBe("en");
    expect(resolveLocale("es-419")).toBe("es");
    expect(resolveLocale("AR")).toBe("ar");
    expect(resolveLocale("fr_CA")).toBe("fr");
    expect(resolveLocale(" de ")).toBe("de");
  });

  it("falls back to English", () => {
    expect(resolveLocale("zz")).toBe("en");
    expect(resolveLocale("")).toBe("en");
    expect(resolveLocale("constructor")).toBe("en");
    expect(resolveLocale("zz", "yy")).toBe("en");
  });
});

describe("formatDate and formatDateTime", () => {
  const iso = "2024-08-21T14:03:00.000Z";

  it("writes the date differently in each language", () => {
    const dates = locales.map((locale) => formatDate(iso, locale));
    for (const date of dates) expect(date.trim()).not.toBe("");
    expect(new Set(dates).size).toBe(locales.length);
    expect(formatDate(iso, "en")).toContain("2024");
    expect(formatDate(iso, "en")).toContain("21");
    expect(formatDate(iso, "de")).toContain("2024");
    expect(formatDate(iso, "ar")).not.toBe(formatDate(iso, "en"));
  });

  it("takes the date in UTC", () => {
    expect(formatDate("2024-08-21T23:59:59Z", "en")).toBe(formatDate("2024-08-21", "en"));
    expect(formatDate("2024-08-21T00:30:00+02:00", "en")).toBe(formatDate("2024-08-20", "en"));
  });

  it("adds the time in UTC, and says so", () => {
    for (const locale of locales) {
      const text = formatDateTime(iso, locale);
      expect(text.endsWith(" UTC")).toBe(true);
      expect(text.startsWith(formatDate(iso, locale)) || locale === "ar").toBe(true);
      expect(text.length).toBeGreaterThan(formatDate(iso, locale).length + 4);
    }
    expect(formatDateTime(iso, "de")).toContain("14:03");
  });

  it("gives back input it cannot read", () => {
    expect(formatDate("not a date", "en")).toBe("not a date");
    expect(formatDateTime("", "fr")).toBe("");
  });
});
