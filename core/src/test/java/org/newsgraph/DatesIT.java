package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.RelationType;

/**
 * Dates and datelines on texts written for this test: relative dates read against the publication
 * date or the dateline by tense, every mention of one day one entity named by its ISO value, and
 * the dateline's city a city in the country after it. {@code \n} in a text is a line break.
 */
class DatesIT {

  private static String text(String escaped) {
    return escaped.replace("\\n", "\n");
  }

  private static Document extract(String text, String published) {
    return published.equals("-")
        ? SharedExtractor.get().extract("t", text)
        : SharedExtractor.get().extract("t", text, LocalDate.parse(published));
  }

  private static Entity dateMentioned(Document doc, String surface) {
    List<Entity> found =
        doc.entities(EntityType.DATE).stream()
            .filter(e -> e.mentions().stream().map(Mention::text).anyMatch(surface::equals))
            .toList();
    assertThat(found)
        .as("DATE entities mentioned as '%s' in %s", surface, doc.entities())
        .hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # text                                                                   | published  | mention         | value
      # a weekday in the past tense: the nearest one before the document date (SUTime: this week's)
      The minister arrived in Oslo late Friday for talks.                        | 2024-03-09 | late Friday     | 2024-03-08
      Rebels attacked the border town on Tuesday, the army said.                 | 2024-03-07 | Tuesday         | 2024-03-05
      Leaders met in Geneva on Friday.                                           | 2024-03-06 | Friday          | 2024-03-01
      # a weekday in the future or present tense: the nearest one after it
      The envoys will meet in Doha on Monday.                                    | 2024-03-09 | Monday          | 2024-03-11
      Ministers are due to sign the accord on Thursday.                          | 2024-03-05 | Thursday        | 2024-03-07
      The president leaves Nairobi on Sunday.                                    | 2024-03-08 | Sunday          | 2024-03-10
      # the weekday of the document date is that day
      The ministry said on Saturday that the border was closed.                  | 2024-03-09 | Saturday        | 2024-03-09
      # a month or a day of "that year": the year named before it
      He fled in 1994 and returned in April of that year.                        | 1996-08-30 | April of that year | 1994-04
      The war began in 1861; the first battle came on July 21 that year.         | 1996-08-30 | July 21 that year  | 1861-07-21
      # last and next: the nearest such day before and after
      The treaty was initialled last Friday in Jakarta.                          | 2024-03-09 | last Friday     | 2024-03-08
      The court heard the witness last Monday.                                   | 2024-03-06 | last Monday     | 2024-03-04
      The general will testify next Thursday.                                    | 2024-03-09 | next Thursday   | 2024-03-14
      The committee meets next Tuesday.                                          | 2024-03-08 | next Tuesday    | 2024-03-12
      # a range of days is one interval
      The foreign minister will visit Hanoi on March 12 and 13.                  | 2024-03-06 | March 12 and 13 | 2024-03-12/2024-03-13
      The trade fair will be held from June 3 to 5 in Lagos.                     | 2024-03-06 | June 3 to 5     | 2024-06-03/2024-06-05
      The film festival runs March 13-15 in Tunis.                               | 2024-03-06 | March 13-15     | 2024-03-13/2024-03-15
      The championships were held on April 17–23, 2013 in Dubai.                  | -          | April 17–23, 2013 | 2013-04-17/2013-04-23
      The festival ran from May 2 to 5, 2019, in Krakow.                          | 2024-03-06 | May 2 to 5, 2019  | 2019-05-02/2019-05-05
      # "and" between days that are not next to each other joins two dates
      Voters go to the polls on March 22 and 29.                                 | 2024-03-06 | March 22        | 2024-03-22
      # a month or a day without a year: on the side the tense says
      The vote was held in November.                                             | 2024-01-10 | November        | 2023-11
      The summit will be held in November.                                       | 2024-01-10 | November        | 2024-11
      Police said the bomb exploded on December 28.                              | 2024-01-10 | December 28     | 2023-12-28
      The talks will resume on January 5.                                        | 2024-11-20 | January 5       | 2025-01-05
      # what SUTime reads well against the document date
      Prices fell sharply last week.                                             | 2024-03-08 | last week       | 2024-W09
      Armenian and Azeri envoys held talks earlier this week.                    | 2024-03-08 | earlier this week | 2024-W10
      He phoned the prime minister yesterday.                                    | 2024-03-08 | yesterday       | 2024-03-07
      The referendum takes place next month.                                     | 2024-03-08 | next month      | 2024-04
      # the dateline gives the day when the caller does not
      Minister visits.\\nOSLO 2024-03-09\\nThe minister arrived late Friday.        | -          | late Friday     | 2024-03-08
      GENEVA, March 6 (Reuters) - Envoys will meet again on Friday, officials said. | 2024-03-07 | Friday          | 2024-03-08
      Talks end.\\nKHASAVYURT, Russia 1996-08-31\\nThe two sides signed a deal on Friday. | -     | Friday          | 1996-08-30
      # with no date at all, relative dates stay relative
      Leaders met in Geneva on Friday.                                           | -          | Friday          | XXXX-WXX-5
      """)
  void date_readAgainstDocumentDate(
      String escaped, String published, String mention, String value) {
    Document doc = extract(text(escaped), published);
    Entity date = dateMentioned(doc, mention);
    assertThat(date.value()).as("value of %s", date).hasValue(value);
    if (!value.contains("X")) {
      assertThat(date.name()).as("a resolved date is named by its value").isEqualTo(value);
    }
    DocumentInvariants.check(doc);
  }

  @Test
  void dates_sameDay_oneEntity() {
    Document doc =
        extract(
            "Talks resume.\nBONN 2024-03-08\nThe ministers met on Thursday. On Friday the"
                + " chancellor said the talks of Thursday had gone well. They will meet again on"
                + " Friday, March 15.",
            "-");
    Entity thursday = dateMentioned(doc, "Thursday");
    assertThat(thursday.mentions())
        .extracting(Mention::text)
        .containsExactly("Thursday", "Thursday");
    assertThat(dateMentioned(doc, "2024-03-08")).isEqualTo(dateMentioned(doc, "Friday"));
    assertThat(doc.entities(EntityType.DATE))
        .extracting(e -> e.value().orElse(""))
        .containsExactlyInAnyOrder("2024-03-08", "2024-03-07", "2024-03-15");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # text                                                                        | city        | in
      Deal signed.\\nKHASAVYURT, Russia 1996-08-31\\nThe two sides signed a deal.     | KHASAVYURT  | Russia
      Farmers march.\\nGDANSK, Poland 2024-05-02\\nThousands of farmers marched.      | GDANSK      | Poland
      Court rules.\\nSANTIAGO 2024-05-02\\nThe court ruled on Thursday.              | SANTIAGO    | -
      Coup feared.\\nMONROVIA, Liberia 2024-05-02\\nSoldiers took to the streets.    | MONROVIA    | Liberia
      QUETTA, Pakistan, May 2 (Reuters) - Gunmen attacked a bus on Thursday.        | QUETTA      | Pakistan
      """)
  void datelineCity_isCityInItsCountry(String escaped, String city, String country) {
    Document doc = extract(text(escaped), "-");
    List<Entity> cities =
        doc.entities().stream()
            .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(city)))
            .toList();
    assertThat(cities).as("entities named %s in %s", city, doc.entities()).hasSize(1);
    assertThat(cities.get(0).type()).isEqualTo(EntityType.CITY);
    if (country != null) {
      assertThat(doc.relations())
          .as("relations of %s", doc)
          .anyMatch(
              r ->
                  r.type().equals(RelationType.LOCATED_IN)
                      && r.subject().equals(cities.get(0))
                      && r.object()
                          .name()
                          .toLowerCase(Locale.ROOT)
                          .equals(country.toLowerCase(Locale.ROOT)));
    }
    DocumentInvariants.check(doc);
  }

  @Test
  void datelineCity_otherMentionsOfTheNameFollow() {
    Document doc =
        extract(
            "Libya marks anniversary.\nTRIPOLI 2024-08-30\nLibyans are decorating their capital"
                + " Tripoli for celebrations on Sunday. Tripoli has seen little fighting this year.",
            "-");
    List<Entity> tripoli =
        doc.entities().stream()
            .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase("tripoli")))
            .toList();
    assertThat(tripoli).as("entities of %s", doc.entities()).hasSize(1);
    assertThat(tripoli.get(0).type()).isEqualTo(EntityType.CITY);
    assertThat(tripoli.get(0).mentions()).hasSizeGreaterThanOrEqualTo(2);
  }

  /** The example in {@link Extractor#extract(String, String, LocalDate)}'s Javadoc. */
  @Test
  void extract_withPublicationDate_javadocExample() {
    Document doc =
        SharedExtractor.get()
            .extract("a1", "Envoys met in Geneva on Friday.", LocalDate.of(2024, 3, 4));
    assertThat(dateMentioned(doc, "Friday").value()).hasValue("2024-03-01");
  }
}
