package org.newsgraph.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.entity.EntityType;

class GazetteerTest {

  private static final EntityType WEAPON = EntityType.custom("WEAPON_SYSTEM");

  @Test
  void find_aliasAndCanonical_giveTheEntry() {
    Gazetteer g =
        Gazetteer.builder(WEAPON).entry("Patriot", "Patriot missile system", "MIM-104").build();
    assertThat(g.find("MIM-104").orElseThrow().entry().canonical()).isEqualTo("Patriot");
    assertThat(g.find("Patriot  missile\nsystem")).isPresent();
    assertThat(g.find("patriot")).isEmpty();
  }

  @Test
  void find_ignoreCase_matchesAnyCase() {
    Gazetteer g =
        Gazetteer.builder(WEAPON).caseRule(Gazetteer.CaseRule.IGNORE).entry("HIMARS").build();
    assertThat(g.find("Himars")).isPresent();
  }

  @Test
  void of_collection_makesOneEntryPerPhrase() {
    Gazetteer g =
        Gazetteer.of(EntityType.EVENT, List.of("Shangri-La Dialogue", "Raisina Dialogue"));
    assertThat(g.entries()).hasSize(2);
    assertThat(g.type()).isEqualTo(EntityType.EVENT);
  }

  @Test
  void build_countryWithoutCode_throws() {
    assertThatThrownBy(() -> Gazetteer.builder(EntityType.COUNTRY).entry("Ruritania").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "gazetteer of COUNTRY: COUNTRY entry 'Ruritania' has no country code; give one with"
                + " Entry.country(code, name, ...), or 'XK = Ruritania' in a file");
  }

  @Test
  void build_countryWithCodeAndDemonyms_findsDemonyms() {
    Gazetteer g =
        Gazetteer.builder(EntityType.COUNTRY)
            .entry(
                Gazetteer.Entry.country("XK", "Kosovo", "Republic of Kosovo")
                    .withDemonyms("Kosovar"))
            .build();
    Gazetteer.Hit hit = g.find("Kosovar").orElseThrow();
    assertThat(hit.demonym()).isTrue();
    assertThat(hit.entry().code()).contains("XK");
  }

  @Test
  void build_phraseNamingTwoEntries_throws() {
    assertThatThrownBy(
            () -> Gazetteer.builder(WEAPON).entry("Patriot").entry("PAC-3", "Patriot").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "gazetteer of WEAPON_SYSTEM: phrase 'Patriot' names both 'Patriot' and 'PAC-3'; keep"
                + " it in one entry");
  }

  @Test
  void fromFile_readsTypeCaseAndEntries(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("weapons.txt");
    Files.writeString(
        f,
        "# weapons\ntype: WEAPON_SYSTEM\ncase: ignore\n\nPatriot | Patriot missile system\nHIMARS | M142 HIMARS\n");
    Gazetteer g = Gazetteer.fromFile(f);
    assertThat(g.type()).isEqualTo(WEAPON);
    assertThat(g.caseRule()).isEqualTo(Gazetteer.CaseRule.IGNORE);
    assertThat(g.find("m142 himars").orElseThrow().entry().canonical()).isEqualTo("HIMARS");
  }

  @Test
  void parse_countryLines_needCodes() {
    Gazetteer g =
        Gazetteer.parse("extra.txt", "type: COUNTRY\nXK = Kosovo | Republic of Kosovo ; Kosovar\n");
    assertThat(g.find("Republic of Kosovo").orElseThrow().entry().code()).contains("XK");
    assertThatThrownBy(() -> Gazetteer.parse("extra.txt", "type: COUNTRY\n  Kosovo\n"))
        .hasMessage(
            "gazetteer extra.txt line 2 column 3: a COUNTRY entry starts with its ISO code and '=',"
                + " e.g. 'XK = Kosovo | Republic of Kosovo ; Kosovar', but was 'Kosovo'");
  }

  @Test
  void parse_missingType_throwsWithPosition() {
    assertThatThrownBy(() -> Gazetteer.parse("w.txt", "# list\nPatriot\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "gazetteer w.txt line 2 column 1: expected 'type: NAME' before the first entry, e.g."
                + " 'type: WEAPON_SYSTEM'");
  }

  @Test
  void parse_badCase_throwsWithPosition() {
    assertThatThrownBy(
            () -> Gazetteer.parse("w.txt", "type: WEAPON_SYSTEM\ncase: loose\nPatriot\n"))
        .hasMessage(
            "gazetteer w.txt line 2 column 7: case must be 'exact' or 'ignore', but was 'loose'");
  }

  @Test
  void fromResource_missing_throws() {
    assertThatThrownBy(() -> Gazetteer.fromResource("no/such/list.txt"))
        .hasMessage(
            "no classpath resource 'no/such/list.txt'; check its path inside the jar or folder");
  }

  @Test
  void build_date_throws() {
    assertThatThrownBy(() -> Gazetteer.of(EntityType.DATE, List.of("Ramadan")))
        .hasMessageStartingWith("gazetteer of DATE: DATE mentions come from the time tagger");
  }
}
