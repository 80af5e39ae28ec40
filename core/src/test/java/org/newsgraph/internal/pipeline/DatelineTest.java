package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dateline parser on wire-copy heads, written for this test ("\n" separates lines). */
class DatelineTest {

  private static String text(String escaped) {
    return escaped.replace("\\n", "\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # text                                                                         | city        | region        | date       | day
      Talks resume in Kenya.\\nNAIROBI 1996-08-22\\nThe ministers met on Friday.       | NAIROBI     | -             | 1996-08-22 | --08-22
      Coalition wobbles.\\nBONN 1996-08-30\\nThe Chancellor said so.                 | BONN        | -             | 1996-08-30 | --08-30
      Deal signed.\\nKHASAVYURT, Russia 1996-08-31\\nThe two sides signed.           | KHASAVYURT  | Russia        | 1996-08-31 | --08-31
      Arafat goes home.\\nNABLUS, West Bank 1996-08-30\\nHe arrived on Friday.       | NABLUS      | West Bank     | 1996-08-30 | --08-30
      Farmers protest.\\nSAN JOSE, Costa Rica 2003-05-14\\nHundreds marched.        | SAN JOSE    | Costa Rica    | 2003-05-14 | --05-14
      Afrikaners seek land.\\nCAPE TOWN 1996-08-31\\nThey met on Saturday.          | CAPE TOWN   | -             | 1996-08-31 | --08-31
      Top politician quits.\\nJane Doe\\nMINSK 2001-03-02\\nHe quit on Friday.      | MINSK       | -             | 2001-03-02 | --03-02
      Firm sees loss.\\nMONTGOMERY, Ala.\\n1996-08-22\\nThe company said.           | MONTGOMERY  | Ala.          | 1996-08-22 | --08-22
      GENEVA, March 3 (Reuters) - Envoys met on Friday to discuss the truce.          | GENEVA      | -             | -          | --03-03
      Envoys meet.\\nGENEVA, March 3 (Reuters) - Envoys met on Friday.               | GENEVA      | -             | -          | --03-03
      KYIV, Ukraine, March 3, 2024 (AFP) - Drones struck the city overnight.          | KYIV        | Ukraine       | 2024-03-03 | --03-03
      WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.            | WASHINGTON  | -             | -          | -
      LONDON — The prime minister will travel to Brussels next week.                  | LONDON      | -             | -          | -
      Geneva, March 3 (Reuters) - Envoys met on Friday.                               | Geneva      | -             | -          | --03-03
      ST. PETERSBURG, Russia, June 5 (Reuters) - The forum opened on Wednesday.       | ST. PETERSBURG | Russia     | -          | --06-05
      SOCCER - JAPAN GET LATE WIN\\nLONDON 1996-08-30\\nJapan won.            | LONDON      | -             | 1996-08-30 | --08-30
      FUTURES -- Grain prices close mixed.\\nCHICAGO 2002-04-11\\nWheat rose.      | CHICAGO     | -             | 2002-04-11 | --04-11
      RIO DE JANEIRO, Aug. 10 - Police said on Sunday that the march was peaceful.    | RIO DE JANEIRO | -          | -          | --08-10
      """)
  void find_wireHead_readsPlaceAndDay(
      String escaped, String city, String region, String date, String day) {
    String text = text(escaped);
    Optional<Dateline> found = Dateline.find(text);
    assertThat(found).as("dateline of %s", text).isPresent();
    Dateline d = found.orElseThrow();
    assertThat(text.substring(d.cityBegin(), d.cityEnd())).isEqualTo(city);
    assertThat(d.hasRegion() ? text.substring(d.regionBegin(), d.regionEnd()) : null)
        .isEqualTo(region);
    assertThat(d.date() == null ? null : d.date().toString()).isEqualTo(date);
    assertThat(d.day() == null ? null : d.day().toString()).isEqualTo(day);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        // capitalised headlines and headings are no datelines
        "SOCCER - JAPAN GET LATE WIN IN ASIAN CUP",
        "A Strong Show of Support for Russia\\nKazakhstan\\nKazakh President Tokayev will attend.",
        "NATO - the alliance - met in Brussels on Friday.",
        "RESEARCH ALERT-Lehman starts coverage.\\n-- The analyst set a target.",
        "The summit opened in Geneva on March 3 (Reuters) - officials said.",
        "Geneva, March 3 - Envoys met on Friday.",
        "Friday, March 3 - Envoys met.",
        "Talks resume.\\nNAIROBI 1996-02-30\\nThe ministers met.",
        "One\\nTwo\\nThree\\nFour\\nFive\\nBONN 1996-08-30",
        "The Afrikaners met in CAPE TOWN 1996-08-31 to talk.",
        ""
      })
  void find_noDateline_empty(String escaped) {
    String text = text(escaped);
    assertThat(Dateline.find(text)).as("dateline of %s", text).isEmpty();
  }

  @ParameterizedTest(name = "{0} published {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      BONN 1996-08-30\\nThe minister spoke.                          | -          | 1996-08-30
      BONN 1996-08-30\\nThe minister spoke.                          | 1996-08-31 | 1996-08-30
      GENEVA, March 3 (Reuters) - Envoys met on Friday.            | 2024-03-04 | 2024-03-03
      GENEVA, December 31 (Reuters) - Envoys met on Friday.        | 2025-01-01 | 2024-12-31
      GENEVA, January 2 (Reuters) - Envoys met on Friday.          | 2024-12-31 | 2025-01-02
      GENEVA, March 3 (Reuters) - Envoys met on Friday.            | -          | -
      WASHINGTON (AP) — The Senate voted on Tuesday.               | 2024-05-07 | 2024-05-07
      The Senate voted on Tuesday.                                 | 2024-05-07 | 2024-05-07
      The Senate voted on Tuesday.                                 | -          | -
      """)
  void documentDate_datelineThenPublication(String escaped, String published, String expected) {
    String text = text(escaped);
    LocalDate date =
        Dateline.documentDate(
            Dateline.find(text).orElse(null),
            published == null ? null : LocalDate.parse(published));
    assertThat(date == null ? null : date.toString()).isEqualTo(expected);
  }
}
