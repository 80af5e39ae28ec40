package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Relation;
import org.newsgraph.rules.Gazetteer;

/**
 * People and their titles on wire-style sentences written for this test (issue 18): lists that are
 * no appositions, capitals that act for their countries, tenure, one person as one entity, titles
 * that refer back to a named monarch or premier, names that hold a country's name, possessive
 * pronouns, and dates a user's gazetteer must not create; also roles in a national body and roles
 * that are about a country ("Syria expert"). Each construction has sentences of at least two shapes
 * or with other names.
 *
 * <p>Triples are {@code subject>TYPE>object} as in {@link ConstructionsIT}; {@code
 * TYPE[tenure=FORMER]} also requires {@link Relation#tenure()}, {@code TYPE[title=King]} {@link
 * Relation#title()}.
 */
class PeopleConstructionsIT {

  private static Extractor withEvents;

  @BeforeAll
  static void build() {
    // CoreNLP caches its annotators by their settings: this loads no model the shared extractor has
    // loaded
    withEvents =
        Extractor.builder()
            .gazetteer(
                Gazetteer.of(EntityType.EVENT, List.of("October 15 vote", "May 2 referendum")))
            .build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Lula, German Chancellor Olaf Scholz and Canadian Prime Minister Justin Trudeau attended the summit. | Olaf Scholz>LEADER_OF>Germany; Justin Trudeau>LEADER_OF>Canada | Lula>LEADER_OF>Germany; Lula>CITIZEN_OF>Germany
      Ramaphosa, French President Emmanuel Macron and Japanese Prime Minister Fumio Kishida arrived in Delhi. | Emmanuel Macron>LEADER_OF>France; Fumio Kishida>LEADER_OF>Japan | Ramaphosa>LEADER_OF>France; Ramaphosa>CITIZEN_OF>France
      The talks brought together Modi, Brazilian President Luiz Inacio Lula da Silva and Chinese Premier Li Qiang. | Luiz Inacio Lula da Silva>LEADER_OF>Brazil | Modi>LEADER_OF>Brazil; Modi>CITIZEN_OF>Brazil
      Anna Berg, Swedish Foreign Minister Karl Lind and Otto Klein signed the letter. | Karl Lind>CITIZEN_OF>Sweden | Anna Berg>CITIZEN_OF>Sweden
      Olaf Scholz, the German chancellor, arrived in Paris. | Olaf Scholz>LEADER_OF>Germany |
      The Afghan Taliban spokesman Ahmad Noor told reporters the talks would go on. | Ahmad Noor>CITIZEN_OF>Afghanistan | Ahmad Noor>LEADER_OF>Afghanistan
      The Nigerian Senate spokesman Yemi Adaramodu said the bill had passed. | Yemi Adaramodu>CITIZEN_OF>Nigeria | Yemi Adaramodu>LEADER_OF>Nigeria
      Syria expert Petra Lang said the talks had stalled. | | Petra Lang>CITIZEN_OF>Syria
      The deal was struck with German media conglomerate Axel Springer. | | Axel Springer>CITIZEN_OF>Germany
      Russia skipped the summit in Brazil. Brazil hosted leaders in Rio. Brazil welcomed them. Moscow sent Prime Minister Mikhail Mishustin in his place. | Mikhail Mishustin>LEADER_OF>Russia | Mikhail Mishustin>LEADER_OF>Brazil; Mikhail Mishustin>CITIZEN_OF>Brazil
      Japan and Peru signed a deal in Lima. Peru hailed the deal. Peru expects jobs. Tokyo sent Prime Minister Shigeru Ishiba to the signing. | Shigeru Ishiba>LEADER_OF>Japan | Shigeru Ishiba>LEADER_OF>Peru; Shigeru Ishiba>CITIZEN_OF>Peru
      Kenya held talks with China. Kenya hailed them. Kenya expects loans. Beijing said Prime Minister Li Qiang would visit. | Li Qiang>LEADER_OF>China | Li Qiang>LEADER_OF>Kenya
      Outgoing Dutch Prime Minister Mark Rutte attended the summit. | Mark Rutte>LEADER_OF[tenure=OUTGOING]>Netherlands; Mark Rutte>LEADER_OF[title=Prime Minister]>Netherlands | Mark Rutte>LEADER_OF[tenure=CURRENT]>Netherlands
      Portugal's outgoing prime minister, Antonio Costa, met reporters. | Antonio Costa>LEADER_OF[tenure=OUTGOING]>Portugal |
      Former Brazilian President Jair Bolsonaro was questioned by police. | Jair Bolsonaro>LEADER_OF[tenure=FORMER]>Brazil; Jair Bolsonaro>CITIZEN_OF>Brazil |
      The late Japanese Prime Minister Shinzo Abe was honoured in Tokyo. | Shinzo Abe>LEADER_OF[tenure=FORMER]>Japan |
      Ex-Pakistani Prime Minister Imran Khan was jailed. | Imran Khan>LEADER_OF[tenure=FORMER]>Pakistan; Imran Khan>CITIZEN_OF>Pakistan |
      The Peruvian ex-president Pedro Castillo was sentenced. | Pedro Castillo>LEADER_OF[tenure=FORMER]>Peru; Pedro Castillo>LEADER_OF[title=President]>Peru |
      Incoming Polish Prime Minister Donald Tusk spoke in Warsaw. | Donald Tusk>LEADER_OF[tenure=FUTURE]>Poland |
      US President-elect Donald Trump met Joe Biden. | Donald Trump>LEADER_OF[tenure=FUTURE]>United States; Donald Trump>LEADER_OF[title=President]>United States |
      Interim Bangladeshi leader Muhammad Yunus spoke in Dhaka. | Muhammad Yunus>LEADER_OF[tenure=ACTING]>Bangladesh |
      Acting South Korean President Choi Sang-mok met the envoy. | Choi Sang-mok>LEADER_OF[tenure=ACTING]>South Korea |
      Haiti's caretaker Prime Minister Garry Conille resigned. | Garry Conille>LEADER_OF[tenure=ACTING]>Haiti |
      Kenyan President William Ruto opened the summit. | William Ruto>LEADER_OF[tenure=CURRENT]>Kenya; William Ruto>LEADER_OF[title=President]>Kenya |
      King Harald V arrived in Brasilia. The Norwegian monarch praised the Amazon fund. | Harald V>LEADER_OF[title=King]>Norway |
      King Willem-Alexander visited Jakarta on Monday. The Dutch monarch laid a wreath. | Willem-Alexander>LEADER_OF[title=King]>Netherlands |
      Queen Margrethe II opened the session. Denmark's monarch spoke briefly. | Margrethe II>LEADER_OF[title=Queen]>Denmark |
      Prime Minister Jonas Gahr Store met investors. The Norwegian premier praised the deal. | Jonas Gahr Store>LEADER_OF[title=Prime Minister]>Norway |
      King Harald V of Norway visited Brasilia. Harald met Lula on Monday. | Harald V>LEADER_OF[title=King]>Norway |
      Norway has a new fisheries minister. Norway's cabinet confirmed it. The minister was appointed by King Harald V. | Harald V>LEADER_OF>Norway |
      Norway named a new envoy. Norway's cabinet confirmed it. The envoy was appointed by King Harald V. | Harald V>LEADER_OF[title=King]>Norway |
      """)
  void sentence_givesExpectedRelations(String sentence, String expected, String forbidden) {
    check(SharedExtractor.get().extract(sentence), expected, forbidden);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The prime minister called the October 15 vote in June. | | October 15 vote>ON_DATE>June
      Voters backed the May 2 referendum on Sunday. | | May 2 referendum>ON_DATE>Sunday
      """)
  void gazetteerEvent_withItsDayInItsName_takesNoOtherDay(
      String sentence, String expected, String forbidden) {
    check(withEvents.extract(sentence), expected, forbidden);
  }

  /** Two names of one person are one entity; {@code false} rows are two people. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      King Harald V of Norway visited Brasilia. Harald met Lula on Monday. | Harald V | Harald | true
      Queen Margrethe II opened the session. Margrethe thanked the guests. | Margrethe II | Margrethe | true
      Mexican President Andres Manuel Lopez Obrador spoke on Monday. Lopez Obrador said the plan would work. | Andres Manuel Lopez Obrador | Lopez Obrador | true
      Chinese President Xi Jinping arrived in Rio. Xi said China would help. | Xi Jinping | Xi | true
      North Korean leader Kim Jong Un visited Moscow. Kim met Putin on Tuesday. | Kim Jong Un | Kim | true
      The decree was signed by King Harald V on Friday. Harald later left for Bergen. | Harald V | Harald | true
      Anna Berg met Karl Lind in Oslo. Lind thanked Berg. | Anna Berg | Lind | false
      Louis XIII was the son of Henry IV. Louis XIV was the son of Louis XIII. | Louis XIII | Louis XIV | false
      James IV married Margaret Tudor. James Hamilton attended the wedding. | James IV | James Hamilton | false
      """)
  void names_ofOnePerson_areOneEntity(String text, String first, String second, boolean same) {
    Document doc = SharedExtractor.get().extract(text);
    Entity a =
        person(doc, first)
            .orElseThrow(() -> new AssertionError("no person " + first + " in " + doc.entities()));
    Entity b =
        person(doc, second)
            .orElseThrow(() -> new AssertionError("no person " + second + " in " + doc.entities()));
    assertThat(a.equals(b)).as("%s and %s in %s", first, second, doc.entities()).isEqualTo(same);
    DocumentInvariants.check(doc);
  }

  /** The person a possessive pronoun (its first occurrence after {@code after}) resolves to. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The king was welcomed by Lula and his wife Janja. | his | Lula
      Harald V was welcomed by Lula and his wife Janja. | his | Lula
      Anna Berg met Karl Lind and his daughter in Oslo. | his | Karl Lind
      Vladimir Putin will not attend the summit. Moscow sent Prime Minister Mikhail Mishustin in his place. | his | Vladimir Putin
      Joe Biden stayed in Washington. The White House sent Secretary of State Antony Blinken in his place. | his | Joe Biden
      Kishida spoke first. Later Anna Holm thanked her staff. | her | Anna Holm
      """)
  void possessivePronoun_resolvesToItsPerson(String text, String pronoun, String person) {
    Document doc = SharedExtractor.get().extract(text);
    int at = text.lastIndexOf(" " + pronoun + " ") + 1;
    Entity owner = null;
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        if (m.begin() == at) {
          owner = e;
        }
      }
    }
    assertThat(owner).as("the entity of '%s' at %s in %s", pronoun, at, doc.entities()).isNotNull();
    assertThat(owner.name()).isEqualTo(person);
  }

  /**
   * Names that hold a country's or town's name: {@code -TYPE} the word is no mention of that type,
   * {@code +TYPE} it is.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Alternative for Germany won seats in Saxony. | Germany | -COUNTRY
      Support for Germany grew in the poll. | Germany | +COUNTRY
      Reform UK gained votes in Essex. | UK | -COUNTRY
      The final was played at the Stade de France in Paris. | France | -COUNTRY
      Kenya Airways cancelled flights to Lagos. | Kenya | -COUNTRY
      Air India cancelled flights to Toronto. | India | -COUNTRY
      The Bank of England raised rates. | England | -COUNTRY
      Kenya cancelled flights to Lagos. | Kenya | +COUNTRY
      The African Union met in Addis Ababa. | Union | -CITY
      The Union called for calm after the vote. | Union | -CITY
      The leaders met in Addis Ababa. | Addis Ababa | +CITY
      """)
  void nameHoldingAPlaceName_isOneName(String sentence, String word, String expectation) {
    Document doc = SharedExtractor.get().extract(sentence);
    EntityType type = EntityType.valueOf(expectation.substring(1));
    boolean found =
        doc.entities().stream()
            .filter(e -> e.type().equals(type))
            .flatMap(e -> e.mentions().stream())
            .anyMatch(m -> m.text().equals(word));
    assertThat(found)
        .as("%s as %s in %s", word, type, doc.entities())
        .isEqualTo(expectation.startsWith("+"));
  }

  private static Optional<Entity> person(Document doc, String name) {
    return doc.entities().stream()
        .filter(e -> e.type().equals(EntityType.PERSON))
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(name)))
        .findFirst();
  }

  private static void check(Document doc, String expected, String forbidden) {
    List<String> missing = new ArrayList<>();
    for (String triple : ConstructionsIT.split(expected)) {
      if (!has(doc, triple)) {
        missing.add(triple);
      }
    }
    List<String> wrong = new ArrayList<>();
    for (String triple : ConstructionsIT.split(forbidden)) {
      if (has(doc, triple)) {
        wrong.add(triple);
      }
    }
    assertThat(missing).as("missing in %s", describe(doc)).isEmpty();
    assertThat(wrong).as("wrongly found in %s", describe(doc)).isEmpty();
    DocumentInvariants.check(doc);
  }

  private static List<String> describe(Document doc) {
    return doc.relations().stream()
        .map(r -> r + " " + r.title().orElse("") + " " + r.tenure())
        .toList();
  }

  /**
   * Whether the document has the relation a triple names, with its title or tenure if one is given.
   */
  private static boolean has(Document doc, String triple) {
    String[] p = triple.split(">");
    String type = p[1];
    String key = null;
    String value = null;
    if (type.contains("[")) {
      String[] kv = type.substring(type.indexOf('[') + 1, type.length() - 1).split("=", -1);
      key = kv[0];
      value = kv[1];
      type = type.substring(0, type.indexOf('['));
    }
    for (Relation r : doc.relations()) {
      if (!r.type().name().equals(type) || !names(r.subject(), p[0]) || !names(r.object(), p[2])) {
        continue;
      }
      if (key == null
          || key.equals("tenure") && r.tenure().name().equals(value)
          || key.equals("title") && r.title().orElse("").equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean names(Entity e, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return e.name().toLowerCase(Locale.ROOT).equals(n)
        || e.mentions().stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).equals(n));
  }
}
