package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;

/**
 * Places that connect (issue 17), on sentences written for this test in the shapes of wire copy
 * (the CoNLL-2003 Reuters articles of news-graphs and DW's articles in DWIE) and of modern summit
 * reports: an event in a city the gazetteer knows is in the city's country when the document names
 * that country; the gazetteer gives way to the text ("Moscow, Idaho", a host country), to an
 * ambiguous name ("Victoria") and to a country the document does not name (no entity is invented
 * for it); a city's country from the gazetteer alone is not stated. Triples are {@code
 * subject>TYPE>object}, matched on an entity's name or any of its mentions, ignoring case.
 */
class PlacesIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Japanese Prime Minister Fumio Kishida attended the G7 summit in Hiroshima. | G7 summit>LOCATED_IN>Hiroshima; G7 summit>LOCATED_IN>Japan | Hiroshima>LOCATED_IN>Japan
      Polish President Andrzej Duda attended the NATO summit in Warsaw. | NATO summit>LOCATED_IN>Poland | Warsaw>LOCATED_IN>Poland
      Spanish Prime Minister Pedro Sanchez attended the NATO summit in Madrid. | NATO summit>LOCATED_IN>Spain |
      South African President Cyril Ramaphosa attended the BRICS summit in Johannesburg. | BRICS summit>LOCATED_IN>South Africa |
      Chinese officials attended the Shanghai Cooperation Organisation summit in Bishkek. Kyrgyzstan welcomed the delegates. | Shanghai Cooperation Organisation summit>LOCATED_IN>Kyrgyzstan | Shanghai Cooperation Organisation summit>LOCATED_IN>China
      Greek Prime Minister Kyriakos Mitsotakis attended the EU summit in Brussels, where Belgium's King Philippe greeted him. | EU summit>LOCATED_IN>Belgium | EU summit>LOCATED_IN>Greece
      The 2008 Summer Olympics opened in Beijing. China won 48 gold medals. | 2008 Summer Olympics>LOCATED_IN>Beijing; 2008 Summer Olympics>LOCATED_IN>China |
      Indian Prime Minister Narendra Modi attended the SCO summit in Tashkent, Uzbekistan. | SCO summit>LOCATED_IN>Uzbekistan | SCO summit>LOCATED_IN>India
      The Moscow Mountain Music Festival in Moscow, Idaho, drew Russian visitors. | Moscow Mountain Music Festival>LOCATED_IN>Moscow | Moscow Mountain Music Festival>LOCATED_IN>Russia; Moscow>LOCATED_IN>Russia
      The Texas Rodeo Festival in Paris, Texas, drew visitors from France. | Texas Rodeo Festival>LOCATED_IN>Paris | Texas Rodeo Festival>LOCATED_IN>France; Paris>LOCATED_IN>France
      The Canadian Prime Minister attended the G7 summit in Victoria. | G7 summit>LOCATED_IN>Victoria | G7 summit>LOCATED_IN>Canada
      Brazilian President Luiz Inacio Lula da Silva attended the G20 summit in New Delhi. | G20 summit>LOCATED_IN>New Delhi | G20 summit>LOCATED_IN>Brazil; G20 summit>LOCATED_IN>India
      Dutch Prime Minister Mark Rutte attended the European Council summit in Brussels on Thursday. | European Council summit>LOCATED_IN>Brussels | European Council summit>LOCATED_IN>Netherlands; European Council summit>LOCATED_IN>Belgium
      China's annual National Day parade took place on October 1 in Beijing. | National Day parade>HOSTED_BY>China; National Day parade>LOCATED_IN>Beijing | National Day parade>LOCATED_IN>China
      """)
  void sentence_givesExpectedPlaces(String sentence, String expected, String forbidden) {
    Document doc = SharedExtractor.get().extract(sentence);
    List<String> missing = new ArrayList<>();
    for (String triple : ConstructionsIT.split(expected)) {
      if (!ConstructionsIT.has(doc, triple)) {
        missing.add(triple);
      }
    }
    List<String> wrong = new ArrayList<>();
    for (String triple : ConstructionsIT.split(forbidden)) {
      if (ConstructionsIT.has(doc, triple)) {
        wrong.add(triple);
      }
    }
    assertThat(missing).as("missing in %s", doc.relations()).isEmpty();
    assertThat(wrong).as("wrongly found in %s", doc.relations()).isEmpty();
    DocumentInvariants.check(doc);
  }

  /**
   * Cities that CoreNLP's own fine-grained gazetteer leaves as LOCATION, and places that stay so.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Iranian officials in Tehran rejected the offer on Sunday. | Tehran | CITY
      Crowds gathered in Tripoli on Sunday to mark the anniversary. | Tripoli | CITY
      Palestinian leader Yasser Arafat arrived in Nablus on Friday. | Nablus | CITY
      Russian envoy Alexander Lebed flew to Khasavyurt for talks with Chechen leaders. | Khasavyurt | CITY
      Fighting in Chechnya resumed on Tuesday. | Chechnya | LOCATION
      She grew up in Vancouver, British Columbia. | British Columbia | LOCATION
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
}
