package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A news dateline: the place, and often the day, a story was filed from, which wire copy writes at
 * the head of the story. The shapes read, at the start of one of the first lines:
 *
 * <ul>
 *   <li>a line of its own, place and ISO date: {@code BONN 1996-08-30}, {@code KHASAVYURT, Russia
 *       1996-08-31}, {@code NABLUS, West Bank 1996-08-30} (the date may be alone on the next line);
 *   <li>the head of the first paragraph, place, maybe a day, maybe an agency, and a dash: {@code
 *       GENEVA, March 3 (Reuters) -}, {@code KYIV, Ukraine, March 3, 2024 (AFP) -}, {@code
 *       WASHINGTON (AP) —}, {@code LONDON —}.
 * </ul>
 *
 * <p>The place is written in capitals; a place in ordinary case ({@code Geneva}) is read only
 * before an agency in brackets, and a place with neither a day nor an agency only before a long
 * dash and a sentence in ordinary case, so that a capitalised headline such as {@code SOCCER -
 * JAPAN GET LATE WIN} is no dateline. Offsets are character offsets into the text.
 *
 * @param cityBegin where the place (the city) begins
 * @param cityEnd where it ends
 * @param regionBegin where the region or country after the city begins ({@code Russia} in {@code
 *     KHASAVYURT, Russia}), or -1 if there is none
 * @param regionEnd where it ends, or -1
 * @param date the day, when the dateline gives a year ({@code 1996-08-30}, {@code March 3, 2024})
 * @param day the month and day, when the dateline gives them ({@code March 3}), with or without a
 *     year
 */
record Dateline(
    int cityBegin,
    int cityEnd,
    int regionBegin,
    int regionEnd,
    @Nullable LocalDate date,
    @Nullable MonthDay day) {

  /** How many lines from the top a dateline may start: headline, byline, dateline, lead. */
  private static final int MAX_LINE = 4;

  private static final String UPPER_WORD = "\\p{Lu}[\\p{Lu}'.\\-]*";
  private static final String TITLE_WORD = "\\p{Lu}[\\p{L}'.\\-]*";
  private static final String MONTH_NAMES =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June"
          + "|July|August|September|October|November|December)";

  /** A city in capitals: up to four words ("RIO DE JANEIRO", "ST. PETERSBURG"). */
  private static final String CITY_UPPER = UPPER_WORD + "(?: " + UPPER_WORD + "){0,3}";

  /** A city in ordinary case, read only before an agency: "Geneva", "New York". */
  private static final String CITY_TITLE = TITLE_WORD + "(?: " + TITLE_WORD + "){0,3}";

  /**
   * A region or country after the city: "Russia", "West Bank", "Calif.", "N.J.", "Costa Rica";
   * never a month followed by a day.
   */
  private static final String REGION =
      "(?!"
          + MONTH_NAMES
          + "\\.? \\d)"
          + TITLE_WORD
          + "(?: (?:of |de |del )?"
          + TITLE_WORD
          + "){0,3}";

  /** "March 3", "Aug. 10", "March 3, 2024". */
  private static final String DAY = "(" + MONTH_NAMES + ")\\.? (\\d{1,2})(?:, (\\d{4}))?";

  private static final String AGENCY = "\\(([\\p{L}][\\p{L}\\d .&/\\-]{0,30})\\)";
  private static final String ISO = "(\\d{4})-(\\d{2})-(\\d{2})";

  /** A line of place and ISO date: "BONN 1996-08-30", "KHASAVYURT, Russia 1996-08-31". */
  private static final Pattern PLACE_ISO =
      Pattern.compile("(" + CITY_UPPER + ")(?:, (" + REGION + "))?\\.? " + ISO + "\\s*");

  /** A line of the place alone, the date on the next line: "MONTGOMERY, Ala." */
  private static final Pattern PLACE_LINE =
      Pattern.compile("(" + CITY_UPPER + ")(?:, (" + REGION + "))?\\.?\\s*");

  private static final Pattern ISO_LINE = Pattern.compile(ISO + "\\s*");

  /** The head of a paragraph: place, maybe a region, maybe a day, maybe an agency, a dash. */
  private static final Pattern PLACE_DASH =
      Pattern.compile(
          "("
              + CITY_TITLE
              + ")(?:, ("
              + REGION
              + "))?(?:, "
              + DAY
              + ")?(?: ?"
              + AGENCY
              + ")?"
              + " ?(--|\u2014|\u2013|-) ?(\\S.*)",
          Pattern.DOTALL);

  /** The start of a sentence in ordinary case: a small letter within its first three words. */
  private static final Pattern ORDINARY_CASE = Pattern.compile("(?:\\S+\\s+){0,2}\\S*\\p{Ll}");

  private static final ImmutableMap<String, Integer> MONTHS = months();

  Dateline {
    if (day == null && date != null) {
      day = MonthDay.from(date);
    }
  }

  /** Whether the dateline names a region or country after its city. */
  boolean hasRegion() {
    return regionBegin >= 0;
  }

  /**
   * Finds the dateline of a text, if it has one: a line of place and date first, else the head of a
   * paragraph ("OPTIONS -- EOE options volumes" above "AMSTERDAM 1996-08-28" is a headline).
   */
  static Optional<Dateline> find(String text) {
    Dateline d = scan(text, true);
    return Optional.ofNullable(d != null ? d : scan(text, false));
  }

  private static @Nullable Dateline scan(String text, boolean ownLine) {
    int lineStart = 0;
    int line = 0;
    while (line < MAX_LINE && lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int next = Math.min(text.length(), lineEnd + 1);
      int start = lineStart;
      while (start < lineEnd && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < lineEnd) { // blank lines between headline and story do not count
        Dateline d =
            ownLine ? ownLine(text, start, lineEnd, next) : paragraphHead(text, start, lineEnd);
        if (d != null) {
          return d;
        }
        line++;
      }
      lineStart = next;
    }
    return null;
  }

  /** "BONN 1996-08-30", or "MONTGOMERY, Ala." with the date on the next line. */
  private static @Nullable Dateline ownLine(String text, int start, int end, int next) {
    String line = text.substring(start, end);
    Matcher m = PLACE_ISO.matcher(line);
    if (m.matches()) {
      LocalDate date = isoDate(m.group(3), m.group(4), m.group(5));
      return date == null ? null : of(start, m, date, null);
    }
    m = PLACE_LINE.matcher(line);
    if (m.matches() && next < text.length()) {
      int nextEnd = text.indexOf('\n', next);
      Matcher iso = ISO_LINE.matcher(text.substring(next, nextEnd < 0 ? text.length() : nextEnd));
      if (iso.matches()) {
        LocalDate date = isoDate(iso.group(1), iso.group(2), iso.group(3));
        return date == null ? null : of(start, m, date, null);
      }
    }
    return null;
  }

  /** "GENEVA, March 3 (Reuters) - ...", "WASHINGTON (AP) — ...", "LONDON — ...". */
  private static @Nullable Dateline paragraphHead(String text, int start, int end) {
    Matcher m = PLACE_DASH.matcher(text.substring(start, end));
    if (!m.lookingAt()) {
      return null;
    }
    String city = m.group(1);
    boolean upper =
        city.equals(city.toUpperCase(Locale.ROOT))
            && city.codePoints().filter(Character::isLetter).count() >= 2;
    boolean agency = m.group(6) != null;
    boolean dated = m.group(3) != null;
    boolean ordinary = ORDINARY_CASE.matcher(m.group(8)).lookingAt();
    if (!agency && !(upper && ordinary && (dated || !m.group(7).equals("-")))) {
      // "Geneva, March 3 - ..." needs its agency; "SOCCER - JAPAN GET LATE WIN" is a headline
      return null;
    }
    MonthDay day = null;
    LocalDate date = null;
    if (dated) {
      Integer month = MONTHS.get(m.group(3).toLowerCase(Locale.ROOT));
      int d = Integer.parseInt(m.group(4));
      if (month == null) {
        return null;
      }
      try {
        day = MonthDay.of(month, d);
        if (m.group(5) != null) {
          date = LocalDate.of(Integer.parseInt(m.group(5)), month, d);
        }
      } catch (DateTimeException e) {
        return null; // "February 30": no day, so no dateline
      }
    }
    return of(start, m, date, day);
  }

  /** The dateline a match gives: the city is its group 1, the region its group 2. */
  private static Dateline of(
      int offset, Matcher m, @Nullable LocalDate date, @Nullable MonthDay day) {
    int rb = m.start(2);
    int re = m.end(2);
    return new Dateline(
        offset + m.start(1),
        offset + m.end(1),
        rb < 0 ? -1 : offset + rb,
        rb < 0 ? -1 : offset + re,
        date,
        day);
  }

  private static @Nullable LocalDate isoDate(String y, String mo, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The day relative dates of the text are read from: the dateline's day, its year taken from the
   * publication date when the dateline gives none (the year that puts the day nearest to it), else
   * the publication date; null when neither is known.
   */
  static @Nullable LocalDate documentDate(
      @Nullable Dateline dateline, @Nullable LocalDate published) {
    if (dateline != null && dateline.date() != null) {
      return dateline.date();
    }
    if (dateline != null && dateline.day() != null && published != null) {
      MonthDay day = dateline.day();
      LocalDate best = null;
      for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
        if (!day.isValidYear(y)) {
          continue;
        }
        LocalDate d = day.atYear(y);
        if (best == null || distance(d, published) < distance(best, published)) {
          best = d;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return published;
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }

  private static ImmutableMap<String, Integer> months() {
    String[] names = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < names.length; i++) {
      b.put(names[i], i + 1);
      if (names[i].length() > 3) {
        b.put(names[i].substring(0, 3), i + 1);
      }
    }
    b.put("sept", 9);
    return b.buildOrThrow();
  }
}
