package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;

/**
 * Whether a sentence may hold something that SUTime or CoreNLP's numeric classifiers tag (a date,
 * time, duration, number, ordinal, amount of money or percentage), so that they must run on it.
 *
 * <p>Why: SUTime tries hundreds of TokensRegex rules at every token of every sentence, and was the
 * largest cost left once the gazetteer and the parser were cut (docs/performance.md), while most
 * sentences of news hold no date. The test is deliberately wide: a digit or currency sign, or any
 * word that starts or heads such an expression in SUTime's and the number normalizer's rules. A
 * sentence it passes over gets the same tags it would have had from the CRFs alone.
 */
final class DateCues {

  private DateCues() {}

  /**
   * Months and their abbreviations in lower case, "may" left out (only "May" is one: callers check
   * the capitalized word themselves).
   */
  static final ImmutableSet<String> MONTHS =
      ImmutableSet.of(
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  private static final ImmutableSet<String> WORDS =
      ImmutableSet.<String>builder()
          .addAll(MONTHS) // "may" only capitalized: see hasCue
          .add(
              // days of the week
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday",
              "sunday",
              "mon",
              "tue",
              "tues",
              "wed",
              "thu",
              "thur",
              "thurs",
              "fri",
              "sat",
              "sun",
              "weekday",
              "weekdays",
              "weekend",
              "weekends",
              // deictic and relative times
              "today",
              "tonight",
              "yesterday",
              "tomorrow",
              "now",
              "currently",
              "recently",
              "recent",
              "lately",
              "nowadays",
              "ago",
              "soon",
              "later",
              "earlier",
              "past",
              "present",
              "future",
              "once",
              "twice",
              "previously",
              "eve",
              "current",
              "time",
              "centennial",
              "centenary",
              "bicentennial",
              // units of time and frequencies
              "second",
              "seconds",
              "minute",
              "minutes",
              "hour",
              "hours",
              "day",
              "days",
              "week",
              "weeks",
              "fortnight",
              "month",
              "months",
              "year",
              "years",
              "decade",
              "decades",
              "century",
              "centuries",
              "millennium",
              "millennia",
              "quarter",
              "quarters",
              "season",
              "seasons",
              "semester",
              "daily",
              "weekly",
              "monthly",
              "yearly",
              "annual",
              "annually",
              "quarterly",
              "hourly",
              "nightly",
              "biannual",
              "biennial",
              "anniversary",
              "fiscal",
              // parts of the day
              "morning",
              "mornings",
              "afternoon",
              "afternoons",
              "evening",
              "evenings",
              "night",
              "nights",
              "overnight",
              "noon",
              "midday",
              "midnight",
              "dawn",
              "dusk",
              "daybreak",
              "sunrise",
              "sunset",
              // seasons and holidays
              "spring",
              "summer",
              "autumn",
              "fall",
              "winter",
              "christmas",
              "xmas",
              "easter",
              "thanksgiving",
              "halloween",
              "valentine",
              "ramadan",
              "eid",
              "hanukkah",
              "chanukah",
              "passover",
              "diwali",
              "lent",
              "advent",
              "kwanzaa",
              "yom",
              "rosh",
              // decades as words
              "twenties",
              "thirties",
              "forties",
              "fifties",
              "sixties",
              "seventies",
              "eighties",
              "nineties",
              "teens",
              // numbers, ordinals, amounts, percentages
              "zero",
              "one",
              "two",
              "three",
              "four",
              "five",
              "six",
              "seven",
              "eight",
              "nine",
              "ten",
              "eleven",
              "twelve",
              "thirteen",
              "fourteen",
              "fifteen",
              "sixteen",
              "seventeen",
              "eighteen",
              "nineteen",
              "twenty",
              "thirty",
              "forty",
              "fifty",
              "sixty",
              "seventy",
              "eighty",
              "ninety",
              "hundred",
              "hundreds",
              "thousand",
              "thousands",
              "million",
              "millions",
              "billion",
              "billions",
              "trillion",
              "trillions",
              "dozen",
              "dozens",
              "half",
              "halves",
              "first",
              "third",
              "thirds",
              "fourth",
              "fifth",
              "sixth",
              "seventh",
              "eighth",
              "ninth",
              "tenth",
              "eleventh",
              "twelfth",
              "thirteenth",
              "fourteenth",
              "fifteenth",
              "sixteenth",
              "seventeenth",
              "eighteenth",
              "nineteenth",
              "twentieth",
              "thirtieth",
              "fortieth",
              "fiftieth",
              "sixtieth",
              "seventieth",
              "eightieth",
              "ninetieth",
              "hundredth",
              "thousandth",
              "millionth",
              "percent",
              "percentage",
              "pct",
              "cent",
              "cents",
              "dollar",
              "dollars",
              "euro",
              "euros",
              "pound",
              "pounds",
              "yen",
              "yuan",
              "renminbi",
              "rupee",
              "rupees",
              "peso",
              "pesos",
              "franc",
              "francs",
              "ruble",
              "rubles",
              "rouble",
              "roubles",
              "lira",
              "bucks")
          .build();

  /**
   * Whether any of the words may start or head a date, time, duration, number, amount or
   * percentage.
   */
  static boolean hasCue(List<String> words) {
    for (String w : words) {
      if (isCue(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean isCue(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c)
          || c == '$'
          || c == '%'
          || Character.getType(c) == Character.CURRENCY_SYMBOL) {
        return true;
      }
    }
    if (word.equals("May")) {
      return true; // the month; the lower-case modal verb is no date
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (WORDS.contains(lower)) {
      return true;
    }
    // "mid-2010", "pre-war", "Sept." and hyphenated tokens of CoreNLP's NER tokenization
    int cut = lower.indexOf('-');
    if (cut > 0
        && (WORDS.contains(lower.substring(0, cut)) || WORDS.contains(lower.substring(cut + 1)))) {
      return true;
    }
    return lower.endsWith(".") && WORDS.contains(lower.substring(0, lower.length() - 1));
  }
}
