package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.internal.pipeline.RelativeDates.Tense;

/**
 * Relative dates read against a document date by tense, with no models: the values on the left are
 * SUTime's for the same document date (what it gives by itself), those on the right what a news
 * reader gives.
 */
class RelativeDatesTest {

  @ParameterizedTest(name = "{1} ({3}) in a story of {0}: {2} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # document date | words             | SUTime's value | tense   | expected
      # a bare weekday: back in the past tense, forward in the present and future, the day itself
      1996-08-31 | late Friday            | 1996-09-06 | PAST    | 1996-08-30
      2024-03-06 | on Friday              | 2024-03-08 | PAST    | 2024-03-01
      2024-03-06 | on Monday              | 2024-03-11 | PAST    | 2024-03-04
      1996-08-31 | on Monday              | 1996-09-02 | FUTURE  | 1996-09-02
      2024-03-06 | Monday                 | 2024-03-11 | FUTURE  | 2024-03-11
      2024-03-04 | on Friday              | 2024-03-01 | PRESENT | 2024-03-08
      1996-08-30 | on Saturday            | 1996-08-31 | FUTURE  | 1996-08-31
      1996-08-30 | on Friday              | 1996-08-30 | PAST    | 1996-08-30
      2024-03-09 | on Saturday            | 2024-03-09 | FUTURE  | 2024-03-09
      1996-08-30 | late on Thursday       | 1996-08-29 | PAST    | 1996-08-29
      2024-03-06 | Friday                 | 2024-03-08 | UNKNOWN | 2024-03-01
      # last and next: the nearest such day before or after the document date
      1996-08-31 | last Friday            | 1996-08-23 | PAST    | 1996-08-30
      2024-03-06 | last Monday            | 2024-02-26 | PAST    | 2024-03-04
      2024-03-08 | last Friday            | 2024-03-01 | PAST    | 2024-03-01
      1996-08-31 | next Thursday          | 1996-09-05 | FUTURE  | 1996-09-05
      2024-03-04 | next Wednesday         | 2024-03-13 | FUTURE  | 2024-03-06
      # a month without a year: the side of the document date the tense says
      2024-01-10 | in March               | 2023-03    | PAST    | 2023-03
      2024-01-10 | in November            | 2023-11    | FUTURE  | 2024-11
      2024-11-20 | in January             | 2025-01    | FUTURE  | 2025-01
      1996-08-30 | in April               | 1996-04    | PAST    | 1996-04
      1996-08-30 | early July             | 1996-07    | PAST    | 1996-07
      2024-08-15 | in August              | 2024-08    | FUTURE  | 2024-08
      # a day without a year, with a week's grace for a tense read wrongly
      2024-11-20 | on January 5           | 2025-01-05 | PAST    | 2024-01-05
      2024-01-10 | on December 28         | 2023-12-28 | FUTURE  | 2024-12-28
      2024-01-10 | on December 28         | 2023-12-28 | PAST    | 2023-12-28
      1996-08-31 | on August 29           | 1996-08-29 | FUTURE  | 1996-08-29
      1996-08-30 | November 7             | 1996-11-07 | FUTURE  | 1996-11-07
      1996-08-30 | "Wednesday, August 28" | 1996-08-28 | PAST    | 1996-08-28
      2024-03-06 | March 3                | 2025-03-03 | FUTURE  | 2024-03-03
      # the weekend: the one before a weekday story when past
      1996-08-31 | the weekend            | 1996-W35-WE | PAST   | 1996-08-31/1996-09-01
      2024-03-06 | the weekend            | 2024-W10-WE | PAST   | 2024-03-02/2024-03-03
      2024-03-06 | the weekend            | 2024-W10-WE | FUTURE | 2024-03-09/2024-03-10
      # SUTime's own value where it is right: anchored, with a year, or no calendar name
      1996-08-30 | last week              | 1996-W34   | PAST    | 1996-W34
      1996-08-30 | this week              | 1996-W35   | PRESENT | 1996-W35
      1996-08-30 | next month             | 1996-09    | FUTURE  | 1996-09
      1996-08-30 | last December          | 1995-12    | PAST    | 1995-12
      1996-08-30 | yesterday              | 1996-08-29 | PAST    | 1996-08-29
      1996-08-31 | a month ago            | 1996-07-31 | PAST    | 1996-07-31
      1996-08-30 | December 1994          | 1994-12    | PAST    | 1994-12
      1996-08-30 | "September 1, 1969"    | 1969-09-01 | FUTURE  | 1969-09-01
      1996-08-30 | Friday next week       | 1996-09-06 | FUTURE  | 1996-09-06
      """)
  void resolve_newsReading(String date, String words, String sutime, Tense tense, String expected) {
    List<String> tokens = new ArrayList<>();
    for (String w : words.replace(",", " ,").split(" ")) {
      tokens.add(w);
    }
    assertThat(RelativeDates.resolve(LocalDate.parse(date), tokens, sutime, tense))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # tagged sentence (word/TAG or word/TAG/lemma); the date is the token in capitals | tense
      He/PRP arrived/VBD/arrive in/IN Chile/NNP late/RB FRIDAY/NNP ./.                       | PAST
      They/PRP will/MD meet/VB on/IN MONDAY/NNP ./.                                           | FUTURE
      He/PRP said/VBD/say Arafat/NNP would/MD hold/VB the/DT meeting/NN in/IN Nablus/NNP on/IN SATURDAY/NNP ./. | FUTURE
      The/DT prize/NN was/VBD/be due/JJ to/TO be/VB presented/VBN/present on/IN SUNDAY/NNP ./. | FUTURE
      He/PRP leaves/VBZ/leave Rome/NNP on/IN MONDAY/NNP ./.                                  | PRESENT
      Libyans/NNPS are/VBP/be dressing/VBG/dress up/RP the/DT city/NN for/IN celebrations/NNS on/IN SUNDAY/NNP ./. | PRESENT
      Dini/NNP on/IN SATURDAY/NNP met/VBD/meet Nyerere/NNP ./.                                | PAST
      They/PRP met/VBD/meet on/IN WEDNESDAY/NNP and/CC had/VBD/have now/RB flown/VBN/fly home/RB ./. | PAST
      He/PRP had/VBD/have backed/VBN/back the/DT plan/NN on/IN THURSDAY/NNP ./.               | PAST
      The/DT signing/NN is/VBZ/be scheduled/VBN/schedule on/IN MONDAY/NNP ./.                 | FUTURE
      The/DT sides/NNS agreed/VBD/agree to/TO meet/VB on/IN MONDAY/NNP ./.                    | FUTURE
      He/PRP flew/VBD/fly to/TO Rome/NNP to/TO meet/VB Dini/NNP on/IN FRIDAY/NNP ./.          | PAST
      Monitors/NNS to/TO meet/VB on/IN SUNDAY/NNP                                             | FUTURE
      The/DT committee/NN was/VBD/be set/VBN/set up/RP to/TO deal/VB with/IN an/DT APRIL/NNP 25/CD ceasefire/NN ./. | PAST
      The/DT talks/NNS are/VBP/be set/VBN/set to/TO resume/VB on/IN TUESDAY/NNP ./.           | FUTURE
      The/DT agreement/NN initialled/VBN/initial last/JJ FRIDAY/NNP ended/VBD/end the/DT war/NN ./. | PAST
      The/DT FRIDAY/NNP prayers/NNS                                                          | UNKNOWN
      """)
  void tense_ofTheNearestVerbGroup(String tagged, Tense expected) {
    List<Tok> toks = new ArrayList<>();
    int b = -1;
    int e = -1;
    int offset = 0;
    for (String item : tagged.trim().split("\\s+")) {
      List<String> parts = Arrays.asList(item.split("/"));
      String word = parts.get(0);
      String lemma = parts.size() > 2 ? parts.get(2) : word.toLowerCase(Locale.ROOT);
      boolean date =
          word.length() > 1
              && word.equals(word.toUpperCase(Locale.ROOT))
              && Character.isLetter(word.charAt(0));
      if (date) {
        word = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        b = b < 0 ? toks.size() : b;
        e = toks.size() + 1;
      }
      toks.add(
          new Tok(toks.size(), word, lemma, parts.get(1), "O", offset, offset + word.length()));
      offset += word.length() + 1;
    }
    Sent s = new Sent(0, 0, offset, toks, List.of(), List.of());
    assertThat(RelativeDates.tense(s, b, e)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      1996-09-03 | 4  | 1996-09-03/1996-09-04
      1996-09-02 | 4  | 1996-09-02/1996-09-04
      XXXX-03-03 | 5  | XXXX-03-03/XXXX-03-05
      1996-09-03 | 3  | -
      1996-09-03 | 32 | -
      1996-09    | 4  | -
      """)
  void interval_ofDays(String start, int endDay, String expected) {
    assertThat(RelativeDates.interval(start, endDay)).isEqualTo(expected);
  }
}
