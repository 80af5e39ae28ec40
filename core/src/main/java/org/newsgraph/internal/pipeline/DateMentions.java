package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * Date mentions from the time tagger's DATE spans, with the value news readers give them: ranges of
 * days are one interval ("September 3 and 4", "from September 2 to 4", "March 3-5", "12-13 March"),
 * and, when the document has a date, relative dates are read against it by tense ({@link
 * RelativeDates}). Mentions with one value are one entity ({@link CorefStage}).
 */
final class DateMentions {

  private DateMentions() {}

  /**
   * A TIMEX value that names a date or period: a year, decade, month or day, maybe unknown year.
   */
  private static final Pattern DATE_VALUE =
      Pattern.compile("([0-9]{2,4}X{0,2}|XXXX)(-[0-9A-Z]+)*(T.*)?");

  /** A day of the month written alone: "4" in "September 3 and 4". */
  private static final Pattern DAY = Pattern.compile("[0-3]?[0-9]");

  /** Two days in one token: "3-5", "13–15". */
  private static final Pattern DAYS = Pattern.compile("([0-3]?[0-9])[-\u2013]([0-3]?[0-9])");

  /** A SUTime value of a month ("1996-03", "XXXX-03"). */
  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");

  /** A SUTime value of a day ("1996-09-03", "XXXX-09-03"). */
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");

  /** A year written out: "2013". */
  private static final Pattern YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}");

  /** Words between the two ends of a range of days. */
  private static final ImmutableSet<String> RANGE_WORDS =
      ImmutableSet.of("and", "to", "through", "until", "till", "-", "\u2013", "\u2014", "--");

  private static final ImmutableSet<String> LEADING_TAGS = ImmutableSet.of("IN", "TO");

  /** A range of days a DATE span starts or ends: the tokens it adds and the days it spans. */
  private record Range(int begin, int end, int firstDay, int lastDay) {}

  /**
   * The mention of a DATE span that names a point or period in time, or null for vague references
   * ("previously") and spans of function words only.
   */
  static @Nullable Cand cand(WorkingDocument doc, Sent s, NerSpan span) {
    String value = span.normalized();
    if (value == null || !DATE_VALUE.matcher(value).matches()) {
      return null;
    }
    int b = span.begin();
    int e = span.end();
    Range range = range(s, b, e, value);
    if (range != null && !DAY_VALUE.matcher(value).matches()) {
      Matcher m = MONTH_VALUE.matcher(value);
      if (!m.matches()) {
        range = null;
      } else {
        value =
            String.format(
                Locale.ROOT, "%s-%02d", value, range.firstDay()); // "March" of "March 3-5"
      }
    }
    int from = range != null ? Math.min(b, range.begin()) : b;
    int to = range != null ? Math.max(e, range.end()) : e;
    if (range != null
        && to + 1 < s.size()
        && s.tok(to).word().equals(",")
        && YEAR.matcher(s.tok(to + 1).word()).matches()
        && value.length() >= 4) {
      // "April 17–23, 2013": the year after the range is the range's, not a date of its own
      value = s.tok(to + 1).word() + value.substring(4);
      to += 2;
    }
    int thatYear = thatYear(s, to);
    String year =
        thatYear > to && value.length() >= 4 && MONTH_OR_DAY.matcher(value.substring(4)).matches()
            ? yearBefore(s, from)
            : null;
    if (year != null) {
      // "in April of that year", "later that year": the year named before, not the document's
      value = year + value.substring(4);
      e = thatYear;
      to = thatYear;
    } else if (doc.date != null) {
      List<String> words = new ArrayList<>();
      for (int i = from; i < to; i++) {
        words.add(s.tok(i).word());
      }
      value = RelativeDates.resolve(doc.date, words, value, RelativeDates.tense(s, b, e));
    }
    if (range != null) {
      String interval = RelativeDates.interval(value, range.lastDay());
      if (interval != null) {
        value = interval;
        b = from;
        e = to;
      }
    }
    // "on Friday" and "the weekend" are mentions of "Friday" and "weekend"; "this week", "a month
    // ago" and "last year" keep their first word, which says which week, month or year
    while (b < e && (LEADING_TAGS.contains(s.tok(b).pos()) || s.tok(b).lower().equals("the"))) {
      b++;
    }
    if (b >= e) {
      return null;
    }
    Cand c = new Cand(s, b, e, EntityType.DATE, Cand.Kind.NAME);
    c.value = value;
    if (RelativeDates.isResolved(value)) {
      c.canonical = value;
    }
    return c;
  }

  /** "-04" or "-04-25": what follows the year of a month's or a day's value. */
  private static final Pattern MONTH_OR_DAY = Pattern.compile("-\\d{2}(-\\d{2})?");

  /** The end of "of that year", "of the same year" or "that year" at token {@code i}, or -1. */
  private static int thatYear(Sent s, int i) {
    int j = i < s.size() && s.tok(i).lower().equals("of") ? i + 1 : i;
    if (j + 1 < s.size()
        && s.tok(j).lower().equals("that")
        && s.tok(j + 1).lower().equals("year")) {
      return j + 2;
    }
    if (j + 2 < s.size()
        && s.tok(j).lower().equals("the")
        && s.tok(j + 1).lower().equals("same")
        && s.tok(j + 2).lower().equals("year")) {
      return j + 3;
    }
    return -1;
  }

  /**
   * The last year written out before token {@code i} in the sentence ("in 1994 ... that year"), or
   * null.
   */
  private static @Nullable String yearBefore(Sent s, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String w = s.tok(j).word();
      if (w.length() == 4 && YEAR.matcher(w).matches()) {
        return w;
      }
    }
    return null;
  }

  /**
   * The range of days around a DATE span: "September 3" followed by "and 4", "to 4" or "- 4"; a
   * month followed by "3-5" or "3 - 5"; or a month after "12-13" or "12 and 13". Null if none.
   */
  private static @Nullable Range range(Sent s, int b, int e, String value) {
    boolean day = DAY_VALUE.matcher(value).matches() && DAY.matcher(s.tok(e - 1).word()).matches();
    boolean month = MONTH_VALUE.matcher(value).matches();
    if (day
        && e + 1 < s.size()
        && RANGE_WORDS.contains(s.tok(e).lower())
        && DAY.matcher(s.tok(e + 1).word()).matches()
        && !countsSomething(s, e + 2)) {
      return range(e, e + 2, s.tok(e).lower(), number(s, e - 1), number(s, e + 1));
    }
    if (!month) {
      return null;
    }
    // "March 3-5", "March 3 - 5", "March 3 and 5"
    Range after = days(s, e);
    if (after != null && !countsSomething(s, after.end())) {
      return after;
    }
    // "3-5 March", "12 and 13 March"
    for (int start = Math.max(0, b - 3); start < b; start++) {
      Range before = days(s, start);
      if (before != null && before.end() == b) {
        return before;
      }
    }
    return null;
  }

  /** Two days from token {@code i}: "3-5" or "3", a range word, "5". */
  private static @Nullable Range days(Sent s, int i) {
    if (i >= s.size()) {
      return null;
    }
    Matcher m = DAYS.matcher(s.tok(i).word());
    if (m.matches()) {
      return new Range(i, i + 1, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if (i + 2 < s.size()
        && DAY.matcher(s.tok(i).word()).matches()
        && RANGE_WORDS.contains(s.tok(i + 1).lower())
        && DAY.matcher(s.tok(i + 2).word()).matches()) {
      return range(i, i + 3, s.tok(i + 1).lower(), number(s, i), number(s, i + 2));
    }
    return null;
  }

  /**
   * A range of days, or null when "and" joins two days that are not next to each other: "March 22
   * and 29" are two dates (two rounds of a vote), "September 3 and 4" one visit.
   */
  private static @Nullable Range range(int begin, int end, String word, int first, int last) {
    if (word.equals("and") && last != first + 1) {
      return null;
    }
    return new Range(begin, end, first, last);
  }

  private static int number(Sent s, int i) {
    return Integer.parseInt(s.tok(i).word());
  }

  /** Whether the number before token {@code i} counts something: "March 3 and 4 people". */
  private static boolean countsSomething(Sent s, int i) {
    return i < s.size() && (s.tok(i).pos().startsWith("NN") || s.tok(i).pos().equals("CD"));
  }
}
