package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;

/**
 * Names the tagger may type wrongly, on sentences written for this test: party and movement names
 * of other languages are organisations, not people, and people named beside them stay people; event
 * heads that need a capital or a year name events only with them.
 */
class EntityTypesIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The Partido Popular lost seats while Nueva Izquierda gained two. | Nueva Izquierda | ORGANIZATION
      Supporters of the Rashtriya Swayamsevak Sangh marched in Nagpur. | Rashtriya Swayamsevak Sangh | ORGANIZATION
      Supporters of the Kowalski party rallied in Warsaw. | Kowalski | ORGANIZATION
      General Michel Aoun, the Amal Movement and the Future Movement signed the pact. | Michel Aoun | PERSON
      Brazil hosted Euro 2016 qualifiers before the final in Paris. | Euro 2016 | EVENT
      The Burma Campaign cost many lives. | Burma Campaign | EVENT
      Her grandfather fought in World War I. | World War I | EVENT
      They met veterans of the Korean War in Seoul. | Korean War | EVENT
      She grew up in Vancouver, British Columbia. | British Columbia | LOCATION
      The Battle of Chiari was fought in 1701. | Battle of Chiari | EVENT
      The battle was fought in 1701 during the War of the Spanish Succession. | War of the Spanish Succession | EVENT
      She wants liberal Muslims invited to the German Islam Conference and to the board of the university. | German Islam Conference | EVENT
      Police said Joaquin "El Chapo" Guzman escaped from prison. | Joaquin "El Chapo" Guzman | PERSON
      Soldiers joined the Kronstadt Mutiny in March 1921. | Kronstadt Mutiny | EVENT
      She sang in the Eurovision Song Contest 1995 in Dublin. | Eurovision Song Contest 1995 | EVENT
      Joyce Lam hoped to do well in Miss Universe 1984 in Miami. | Miss Universe 1984 | EVENT
      """)
  void name_hasExpectedType(String sentence, String name, String type) {
    Document doc = SharedExtractor.get().extract(sentence);
    assertThat(doc.entities())
        .as("entities of %s", sentence)
        .filteredOn(e -> e.name().equals(name))
        .extracting(Entity::type)
        .containsExactly(EntityType.valueOf(type));
    DocumentInvariants.check(doc);
  }

  /** Heads that name an event only with a capital or a year: alone they are something else. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The Euro fell against the dollar on Monday.
      The Greek campaign against tax evasion continued.
      """)
  void sentence_hasNoEvent(String sentence) {
    Document doc = SharedExtractor.get().extract(sentence);
    assertThat(doc.entities())
        .as("entities of %s", sentence)
        .extracting(Entity::type)
        .doesNotContain(EntityType.EVENT);
    DocumentInvariants.check(doc);
  }
}
