import type { Qualifier } from "./types";

/**
 * Words before a number and the qualifier they give it. "nearly", "almost", "close to" and
 * "barely" map to less_than: "nearly 90 percent" says the true figure is below 90, and the schema
 * has no "just under". "up to", "at most" and "as many as" (an upper bound) map to less_than, and
 * "at least" and "as few as" to more_than, since the schema has no inclusive bounds. A hedge
 * ("perhaps", "maybe") is an approximation. No qualifier word means exactly.
 */
export const QUALIFIER_PHRASES = new Map<string, Qualifier>([
  ["more than", "more_than"],
  ["over", "more_than"],
  ["at least", "more_than"],
  ["above", "more_than"],
  ["exceeding", "more_than"],
  ["in excess of", "more_than"],
  ["upwards of", "more_than"],
  ["well over", "more_than"],
  ["well above", "more_than"],
  ["just over", "more_than"],
  ["greater than", "more_than"],
  ["higher than", "more_than"],
  ["no fewer than", "more_than"],
  ["no less than", "more_than"],
  ["less than", "less_than"],
  ["fewer than", "less_than"],
  ["under", "less_than"],
  ["below", "less_than"],
  ["up to", "less_than"],
  ["at most", "less_than"],
  ["no more than", "less_than"],
  ["nearly", "less_than"],
  ["almost", "less_than"],
  ["just under", "less_than"],
  ["close to", "less_than"],
  ["lower than", "less_than"],
  ["within", "less_than"],
  ["barely", "less_than"],
  ["as many as", "less_than"],
  ["as much as", "less_than"],
  ["as high as", "less_than"],
  ["as large as", "less_than"],
  ["as big as", "less_than"],
  ["as few as", "more_than"],
  ["as little as", "more_than"],
  ["as low as", "more_than"],
  ["upward of", "more_than"],
  ["about", "about"],
  ["around", "about"],
  ["roughly", "about"],
  ["some", "about"],
  ["approximately", "about"],
  ["an estimated", "about"],
  ["estimated", "about"],
  ["circa", "about"],
  ["more or less", "about"],
  ["in the region of", "about"],
  ["on the order of", "about"],
  ["perhaps", "about"],
  ["possibly", "about"],
  ["maybe", "about"],
  ["probably", "about"],
  ["potentially", "about"],
  ["something like", "about"],
  ["somewhere around", "about"],
  ["exactly", "exactly"],
  ["precisely", "exactly"],
  ["just", "exactly"],
  ["only", "exactly"],
]);

export const LONGEST_QUALIFIER = 4;

export const CURRENCY_SYMBOLS = new Map([
  ["$", "USD"],
  ["\u00a3", "GBP"],
  ["\u20ac", "EUR"],
  ["\u00a5", "JPY"],
  ["\u20b9", "INR"],
  ["\u20a9", "KRW"],
]);

/** Letters glued before "$": "US$", "A$", "C$". */
export const DOLLAR_PREFIXES = new Map([
  ["us", "USD"],
  ["a", "AUD"],
  ["au", "AUD"],
  ["c", "CAD"],
  ["ca", "CAD"],
  ["s", "SGD"],
  ["nz", "NZD"],
  ["hk", "HKD"],
]);

/** Currency names and ISO codes, before or after the amount. */
export const CURRENCY_WORDS = new Map([
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["usd", "USD"],
  ["euro", "EUR"],
  ["euros", "EUR"],
  ["eur", "EUR"],
  ["pound", "GBP"],
  ["pounds", "GBP"],
  ["sterling", "GBP"],
  ["gbp", "GBP"],
  ["yen", "JPY"],
  ["jpy", "JPY"],
  ["yuan", "CNY"],
  ["renminbi", "CNY"],
  ["cny", "CNY"],
  ["rupees", "INR"],
  ["inr", "INR"],
  ["francs", "CHF"],
  ["chf", "CHF"],
]);

/** "Canadian dollars" is not USD. */
export const DOLLAR_NATIONS = new Map([
  ["us", "USD"],
  ["american", "USD"],
  ["canadian", "CAD"],
  ["australian", "AUD"],
  ["singapore", "SGD"],
]);

/** Letters glued to an amount of money: "$50k", "£300m", "€2bn". */
export const MONEY_SUFFIXES = new Map([
  ["k", 3],
  ["m", 6],
  ["mn", 6],
  ["b", 9],
  ["bn", 9],
  ["tn", 12],
]);

/** Letters glued to any number that scale it unambiguously ("8bn" is read by SCALE_WORDS already). */
export const SCALE_SUFFIXES = new Map([["mn", 6]]);

/** Letters glued to a number that make it a date, time or rank rather than a quantity. */
export const NOT_QUANTITY_SUFFIXES = new Set(["st", "nd", "rd", "th", "s", "am", "pm"]);

export const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);

/** Words after which a four-digit number is a year: "in 2024", "since 1990". */
export const YEAR_PREPOSITIONS = new Set("in since by until till from before after during of to through".split(" "));

/** Adjectives skipped when guessing the counted noun: "500 new jobs" counts jobs. */
export const UNIT_ADJECTIVES = new Set(
  "new more fewer less additional extra other young old local foreign small large major key total registered confirmed active full-time part-time".split(
    " ",
  ),
);

/** Words that follow a number without being what it counts. */
export const NOT_UNITS = new Set(
  "of and or the a an to in on at for by from with than is are was were be been will would have has had per as that this these those it we they he she i you or but so if which who percent since last next ago over under after before during until till into across among each every already now today yesterday alone just only not up down left remaining".split(
    " ",
  ),
);
