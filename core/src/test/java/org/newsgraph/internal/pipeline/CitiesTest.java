package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The city gazetteer (issue 17): the list NewsGraph ships and the format it is read from. */
class CitiesTest {

  private static Cities cities;

  @BeforeAll
  static void load() {
    cities = Cities.load();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Paris, FR, true",
    "PARIS, FR, true", // a dateline
    "Bonn, DE, false",
    "Nairobi, KE, true",
    "Tripoli, LY, true", // not Tripoli, Lebanon
    "Kiev, UA, true", // an English name GeoNames gives as an alternate
    "Kyiv, UA, true",
    "Cologne, DE, false",
    "Bombay, IN, false",
    "Washington, US, true", // "Washington, D.C." before the comma
    "Hague, NL, false", // "the Hague", with the article taken off the mention
    "Khasavyurt, RU, false",
    "Nablus, PS, false",
    "Sao Paulo, BR, false", // the ASCII form of São Paulo
    "New York, US, false"
  })
  void city_knownName_givesCountryAndCapital(String name, String country, boolean capital) {
    Cities.City city = cities.city(name);
    assertThat(city).as(name).isNotNull();
    assertThat(city.countryCode()).isEqualTo(country);
    assertThat(city.capital()).isEqualTo(capital);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Victoria", // British Columbia's and the Seychelles' capitals, towns in Texas and Malta
        "Hanover", // Hannover's English name, and towns of 38,000 in Maryland and 15,000 in
        // Pennsylvania
        "Canton", // Guangzhou's old name, and Canton, Ohio
        "Mexico",
        "Singapore",
        "Kuwait",
        "Armenia",
        "Panama",
        "Georgia", // countries first
        "Lockerbie", // a town of 4,000: not a major city
        "Atlantis"
      })
  void city_ambiguousCountryOrUnknownName_isNull(String name) {
    assertThat(cities.city(name)).as(name).isNull();
  }

  @Test
  void load_bundledList_holdsEveryCapitalAndTheMajorCities() {
    assertThat(cities.size()).isBetween(4000, 5000);
    for (String capital :
        new String[] {
          "London",
          "Moscow",
          "Beijing",
          "Abuja",
          "Canberra",
          "Ottawa",
          "Brasília",
          "Kinshasa",
          "Tehran",
          "Jakarta",
          "Ankara",
          "Pretoria",
          "Tokyo",
          "Buenos Aires",
          "Canberra"
        }) {
      assertThat(cities.city(capital)).as(capital).isNotNull();
      assertThat(cities.city(capital).capital()).as(capital).isTrue();
    }
  }

  @Test
  void parse_commentsBlankLinesAndOtherNames_areRead() throws IOException {
    Cities c =
        Cities.parse(
            new StringReader(
                """
        # name	country	capital	thousands	other names

        Gdańsk	PL	-	462	Gdansk|Danzig
        Warsaw	PL	C	1702\t
        """),
            "test");
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.city("danzig")).isEqualTo(new Cities.City("Gdańsk", "PL", false));
    assertThat(c.city("GDANSK")).isEqualTo(new Cities.City("Gdańsk", "PL", false));
    assertThat(c.city("Warsaw")).isEqualTo(new Cities.City("Warsaw", "PL", true));
    assertThat(c.city("Krakow")).isNull();
  }

  @Test
  void parse_malformedLine_throwsNamingTheLine() {
    assertThatThrownBy(
            () ->
                Cities.parse(new StringReader("# header\nWarsaw\tPoland\tC\t1702\t\n"), "test.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "test.tsv line 2: expected name, country code, C or -, population, other names separated by"
                + " tabs, but got 'Warsaw\tPoland\tC\t1702\t'");
  }

  @Test
  void parse_nameOfTwoCities_throws() {
    assertThatThrownBy(
            () ->
                Cities.parse(
                    new StringReader("Paris\tFR\tC\t2139\t\nParis\tUS\t-\t25\t\n"), "test.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "test.tsv line 2: the name 'Paris' already belongs to City[name=Paris, countryCode=FR,"
                + " capital=true]; give each name to one city");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"  Dar es  Salaam ", "Dar\tes\nSalaam", "DAR ES SALAAM", "dar es salaam"})
  void key_foldsLikeTheLexicon(String name) {
    assertThat(Cities.key(name))
        .isEqualTo(Lexicon.normalize(name).toLowerCase(java.util.Locale.ROOT));
    assertThat(cities.city(name)).isEqualTo(cities.city("Dar es Salaam"));
  }

  @Test
  void key_curlyApostrophe_isStraight() {
    assertThat(Cities.key("N\u2019Djamena")).isEqualTo("n'djamena");
    assertThat(cities.city("N\u2019Djamena")).isNotNull();
  }
}
