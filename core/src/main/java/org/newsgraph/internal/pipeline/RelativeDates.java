package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a news story's relative dates against its document date (the dateline's day or the
 * publication date) the way news is written: a weekday, a month or a day without a year points back
 * from the dateline when the verb is in the past tense and forward when it is in the present or
 * future tense ("arrived late Friday" in a Saturday story is the day before, "will meet on Monday"
 * the coming Monday), and "last Friday" and "next Thursday" are the nearest such day before and
 * after it.
 *
 * <p>Why: given the document date, SUTime resolves "this week", "last month", "yesterday" and "a
 * month ago" well, but reads a bare weekday against the calendar week whatever the tense ("met on
 * Friday" in a Wednesday story is two days later), "last Friday" as the Friday of the week before,
 * and a month or a day without a year by tense only at times. What it resolves well is kept.
 */
final class RelativeDates {

  private RelativeDates() {}

  /** The time of a clause relative to the moment of writing, as its verb group says. */
  enum Tense {
    PAST,
    PRESENT,
    FUTURE,
    UNKNOWN
  }

  /** How far, in tokens, the verb that a date modifies is looked for before and after it. */
  private static final int LEFT_WINDOW = 20;

  private static final int RIGHT_WINDOW = 12;

  /**
   * How many days a date may lie on the wrong side of the document date for its tense before its
   * year changes: "the incident on August 29" in a "will meet" sentence of August 31 is still
   * 1996's.
   */
  private static final int GRACE_DAYS = 7;

  private static final ImmutableMap<String, DayOfWeek> WEEKDAYS =
      ImmutableMap.<String, DayOfWeek>builder()
          .put("monday", DayOfWeek.MONDAY)
          .put("tuesday", DayOfWeek.TUESDAY)
          .put("wednesday", DayOfWeek.WEDNESDAY)
          .put("thursday", DayOfWeek.THURSDAY)
          .put("friday", DayOfWeek.FRIDAY)
          .put("saturday", DayOfWeek.SATURDAY)
          .put("sunday", DayOfWeek.SUNDAY)
          .buildOrThrow();

  /** Words that may stand beside a weekday without changing which day it is. */
  private static final ImmutableSet<String> WEEKDAY_COMPANIONS =
      ImmutableSet.of(
          "on",
          "late",
          "early",
          "earlier",
          "later",
          "this",
          "last",
          "next",
          "coming",
          "past",
          "previous",
          "the",
          "by",
          "until",
          "till",
          "from",
          "since",
          "before",
          "after",
          "of",
          ",",
          "morning",
          "afternoon",
          "evening",
          "night",
          "midday",
          "noon");

  private static final ImmutableSet<String> LAST = ImmutableSet.of("last", "past", "previous");
  private static final ImmutableSet<String> NEXT = ImmutableSet.of("next", "coming", "following");

  /** Words that make a date relative to something other than the document date, or name it. */
  private static final ImmutableSet<String> ANCHORED =
      ImmutableSet.of(
          "last", "next", "this", "that", "past", "previous", "coming", "following", "ago", "same");

  /** Words in a verb group that put its event ahead: "is due to", "is expected on". */
  private static final ImmutableSet<String> AHEAD =
      ImmutableSet.of("due", "scheduled", "expected", "slated", "planned", "set");

  /** "Set" puts an event ahead only before these: "is set to resume", "is set for Monday". */
  private static final ImmutableSet<String> SET_BEFORE = ImmutableSet.of("to", "for");

  /**
   * Adverbs and particles that may stand inside a verb group: "had now flown", "did not attend".
   */
  private static final ImmutableSet<String> GROUP_WORDS =
      ImmutableSet.of(
          "not",
          "n't",
          "never",
          "also",
          "now",
          "already",
          "still",
          "just",
          "yet",
          "again",
          "to",
          "due",
          "scheduled",
          "expected",
          "slated",
          "planned",
          "set",
          "going",
          "about",
          "likely",
          "supposed",
          "be",
          "been",
          "being");

  private static final ImmutableSet<String> FUTURE_MODALS =
      ImmutableSet.of("will", "'ll", "shall", "wo", "would", "'d");

  /**
   * Verbs whose infinitive complement lies ahead of them: "agreed to meet on Monday", "plans to
   * visit on Friday".
   */
  private static final ImmutableSet<String> INTENT =
      ImmutableSet.of(
          "agree",
          "plan",
          "decide",
          "promise",
          "vow",
          "pledge",
          "hope",
          "expect",
          "intend",
          "want",
          "aim",
          "prepare",
          "threaten",
          "offer",
          "seek",
          "schedule",
          "arrange",
          "propose",
          "wish");

  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEKEND_VALUE = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
  private static final Pattern YEAR_WORD = Pattern.compile("'?\\d{2}|\\d{3,4}s?");

  // ------------------------------------------------------------------------------------ values

  /**
   * The value of a date mention, read against the document date.
   *
   * @param reference the document date
   * @param words the mention's words, as written ("late", "on", "Friday")
   * @param value SUTime's value, resolved against the same document date
   * @param tense the tense of the clause the mention is in
   * @return the value news readers would give it: an ISO day, month, week or interval; SUTime's own
   *     when it is not one of the cases above
   */
  static String resolve(LocalDate reference, List<String> words, String value, Tense tense) {
    DayOfWeek weekday = null;
    boolean month = false;
    boolean year = false;
    boolean number = false;
    boolean anchored = false;
    boolean onlyCompanions = true;
    String modifier = null;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      String bare =
          lower.endsWith(".") && lower.length() > 1
              ? lower.substring(0, lower.length() - 1)
              : lower;
      DayOfWeek d = WEEKDAYS.get(bare);
      if (d != null) {
        if (weekday != null && weekday != d) {
          return value; // "Monday and Tuesday": leave it to SUTime
        }
        weekday = d;
        continue;
      }
      if (isMonth(w)) {
        month = true;
      } else if (YEAR_WORD.matcher(lower).matches() && !lower.matches("\\d{1,2}")) {
        year = true;
      }
      if (lower.chars().anyMatch(Character::isDigit)) {
        number = true;
      }
      if (ANCHORED.contains(bare)) {
        anchored = true;
      }
      if (LAST.contains(bare) || NEXT.contains(bare)) {
        modifier = bare;
      }
      if (!WEEKDAY_COMPANIONS.contains(bare)) {
        onlyCompanions = false;
      }
    }
    if (weekday != null && !month && !number && onlyCompanions) {
      return weekday(reference, weekday, modifier, tense).toString();
    }
    Matcher m = WEEKEND_VALUE.matcher(value);
    if (m.matches() && !anchored) {
      return weekend(reference, tense);
    }
    if (!month || year || anchored) {
      return value;
    }
    m = DAY_VALUE.matcher(value);
    if (m.matches()) {
      LocalDate sutime = LocalDate.parse(value);
      return dayOfYear(reference, sutime.getMonthValue(), sutime.getDayOfMonth(), tense).toString();
    }
    m = MONTH_VALUE.matcher(value);
    if (m.matches() && !number) {
      return month(reference, Integer.parseInt(m.group(2)), tense).toString();
    }
    return value;
  }

  /** A weekday: the reference day itself, or the nearest such day before or after it. */
  static LocalDate weekday(
      LocalDate reference, DayOfWeek day, @Nullable String modifier, Tense tense) {
    int back = (reference.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
    int ahead = (day.getValue() - reference.getDayOfWeek().getValue() + 7) % 7;
    if (modifier != null && LAST.contains(modifier)) {
      return reference.minusDays(back == 0 ? 7 : back);
    }
    if (modifier != null && NEXT.contains(modifier)) {
      return reference.plusDays(ahead == 0 ? 7 : ahead);
    }
    if (back == 0) {
      return reference;
    }
    return tense == Tense.PRESENT || tense == Tense.FUTURE
        ? reference.plusDays(ahead)
        : reference.minusDays(back);
  }

  /**
   * "The weekend": the one of the reference day's week, or the one before it when the verb is past
   * and the reference day is a weekday; an interval of the Saturday and the Sunday.
   */
  static String weekend(LocalDate reference, Tense tense) {
    LocalDate saturday = reference.with(DayOfWeek.SATURDAY);
    if (tense == Tense.PAST
        && reference.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
      saturday = saturday.minusWeeks(1);
    } else if (tense == Tense.FUTURE && reference.getDayOfWeek() == DayOfWeek.SUNDAY) {
      saturday = saturday.plusWeeks(1);
    }
    return saturday + "/" + saturday.plusDays(1);
  }

  /**
   * A day without a year: the year that puts it on the side of the reference day its tense says.
   */
  static LocalDate dayOfYear(LocalDate reference, int month, int day, Tense tense) {
    LocalDate best = null;
    for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
      if (day > YearMonth.of(y, month).lengthOfMonth()) {
        continue; // February 29 in a common year
      }
      LocalDate d = LocalDate.of(y, month, day);
      long delta = d.toEpochDay() - reference.toEpochDay();
      boolean better;
      switch (tense) {
        case PAST:
          better = delta <= GRACE_DAYS && (best == null || d.isAfter(best));
          break;
        case PRESENT:
        case FUTURE:
          better = delta >= -GRACE_DAYS && (best == null || d.isBefore(best));
          break;
        default:
          better =
              best == null
                  || Math.abs(delta) < Math.abs(best.toEpochDay() - reference.toEpochDay());
      }
      if (better) {
        best = d;
      }
    }
    return best != null ? best : LocalDate.of(reference.getYear(), month, Math.min(day, 28));
  }

  /** A month without a year: the reference month, or the nearest one on the side its tense says. */
  static YearMonth month(LocalDate reference, int month, Tense tense) {
    YearMonth now = YearMonth.from(reference);
    YearMonth same = YearMonth.of(reference.getYear(), month);
    switch (tense) {
      case PAST:
        return same.isAfter(now) ? same.minusYears(1) : same;
      case PRESENT:
      case FUTURE:
        return same.isBefore(now) ? same.plusYears(1) : same;
      default:
        long gap = same.getMonthValue() - now.getMonthValue();
        return gap > 6 ? same.minusYears(1) : gap < -6 ? same.plusYears(1) : same;
    }
  }

  /** "1996-09-03" and 4: the interval "1996-09-03/1996-09-04"; null if the end is no later day. */
  static @Nullable String interval(String start, int endDay) {
    Matcher m = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})").matcher(start);
    if (!m.matches()) {
      return null;
    }
    int begin = Integer.parseInt(m.group(3));
    if (endDay <= begin || endDay > 31) {
      return null;
    }
    return String.format(Locale.ROOT, "%s/%s-%s-%02d", start, m.group(1), m.group(2), endDay);
  }

  /** Whether a value is fully resolved: a year, month, ISO week or day, or an interval of days. */
  static boolean isResolved(String value) {
    return value.matches("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?(/\\d{4}-\\d{2}-\\d{2})?");
  }

  /** A month's name or abbreviation; "May" only capitalised, as the modal verb is not. */
  private static boolean isMonth(String word) {
    String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return bare.equals("May") || DateCues.MONTHS.contains(bare.toLowerCase(Locale.ROOT));
  }

  // ------------------------------------------------------------------------------------- tense

  /**
   * The tense of the clause a date mention in tokens {@code [b, e)} belongs to: that of the nearest
   * verb group before it (after it when there is none, as in "Dini on Saturday met X").
   */
  static Tense tense(Sent s, int b, int e) {
    for (int i = b - 1; i >= Math.max(0, b - LEFT_WINDOW); i--) {
      if (isVerb(s.tok(i))) {
        Tense t = groupTense(s, i, 1);
        if (t != null) {
          return t;
        }
        i = groupStart(s, i);
      }
    }
    for (int i = e; i < Math.min(s.size(), e + RIGHT_WINDOW); i++) {
      if (isVerb(s.tok(i))) {
        Tense t = groupTense(s, i, 1);
        if (t != null) {
          return t;
        }
        i = groupEnd(s, i) - 1;
      }
    }
    return Tense.UNKNOWN;
  }

  private static boolean isVerb(Tok t) {
    return t.pos().startsWith("VB") || t.pos().equals("MD");
  }

  private static boolean inGroup(Tok t) {
    return isVerb(t) || t.pos().equals("TO") || GROUP_WORDS.contains(t.lower());
  }

  private static int groupStart(Sent s, int i) {
    int b = i;
    while (b > 0 && inGroup(s.tok(b - 1))) {
      b--;
    }
    return b;
  }

  private static int groupEnd(Sent s, int i) {
    int e = i + 1;
    while (e < s.size() && inGroup(s.tok(e))) {
      e++;
    }
    return e;
  }

  /**
   * The tense of the verb group around token {@code i}, or null if the group does not say (a
   * participle alone, "speaking on Friday").
   */
  private static @Nullable Tense groupTense(Sent s, int i, int depth) {
    int b = groupStart(s, i);
    int e = groupEnd(s, i);
    boolean finite = false;
    boolean perfect = false;
    Tense first = null;
    for (int k = b; k < e; k++) {
      Tok t = s.tok(k);
      String w = t.lower();
      if (t.pos().equals("MD")) {
        return FUTURE_MODALS.contains(w) ? Tense.FUTURE : Tense.PRESENT;
      }
      if (AHEAD.contains(w)
          && (!w.equals("set") || k + 1 < s.size() && SET_BEFORE.contains(s.tok(k + 1).lower()))) {
        return Tense.FUTURE; // "is due to be presented", "was expected on Monday"; not "was set up"
      }
      if ((w.equals("going") || w.equals("about"))
          && k + 1 < e
          && s.tok(k + 1).pos().equals("TO")) {
        return Tense.FUTURE;
      }
      if (t.pos().equals("TO") && k > b && INTENT.contains(s.tok(k - 1).lemmaLower())) {
        return Tense.FUTURE; // "agreed to meet on Monday"
      }
      if (t.pos().equals("VBN")
          && s.tokens.subList(b, k).stream().anyMatch(x -> x.lemmaLower().equals("have"))) {
        perfect = true; // "has met", "had backed", "had now flown"
      }
      if (first == null
          && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
        first = t.pos().equals("VBD") ? Tense.PAST : Tense.PRESENT;
        finite = true;
      }
    }
    if (perfect) {
      return Tense.PAST; // "has met", "had backed"
    }
    if (finite) {
      return first;
    }
    if (s.tok(b).pos().equals("TO")) {
      // a bare infinitive: ahead of an intention ("agreed to meet"), else the tense of its verb
      for (int k = b - 1; k >= Math.max(0, b - 4); k--) {
        if (isVerb(s.tok(k))) {
          if (INTENT.contains(s.tok(k).lemmaLower())) {
            return Tense.FUTURE;
          }
          return depth > 0 ? groupTense(s, k, depth - 1) : null;
        }
      }
      return Tense.FUTURE; // a headline's "to meet": "Ceasefire monitors to meet in south Lebanon"
    }
    if (s.tok(i).pos().equals("VBN") && b == i && e == i + 1) {
      return Tense.PAST; // "the agreement initialled last Friday"
    }
    return null;
  }
}
