package org.newsgraph.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.entity.EntityType.CITY;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.EVENT;
import static org.newsgraph.entity.EntityType.PERSON;
import static org.newsgraph.query.Patterns.country;
import static org.newsgraph.query.Patterns.entity;
import static org.newsgraph.query.Patterns.event;
import static org.newsgraph.query.Patterns.person;
import static org.newsgraph.relation.Modality.PLANNED;
import static org.newsgraph.relation.Modality.UNCERTAIN;
import static org.newsgraph.relation.RelationType.ATTENDS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Extractor;
import org.newsgraph.Fixtures;
import org.newsgraph.entity.EntityType;
import org.newsgraph.graph.RelationGraph;
import org.newsgraph.relation.RelationType;

/**
 * The examples of docs/rules.md, copied here so that they compile and hold (issue 7). Nothing here
 * loads the models: configurations stop short of build(), or fail in it before loading.
 */
class RulesGuideTest {

  @Test
  void gazetteers() {
    EntityType weapon = EntityType.custom("WEAPON_SYSTEM");
    Gazetteer weapons =
        Gazetteer.builder(weapon)
            .caseRule(Gazetteer.CaseRule.IGNORE) // default EXACT
            .entry(
                "Patriot", "Patriot missile system", "MIM-104 Patriot") // canonical name, aliases
            .entry("HIMARS", "M142 HIMARS")
            .build();
    Extractor.Builder builder = Extractor.builder().gazetteer(weapons);
    // the builder holds the gazetteer: leaving its type out fails in build(), before any model
    // loads
    assertThatThrownBy(() -> builder.entities(PERSON).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(
            "finds WEAPON_SYSTEM, but entities(...) is [PERSON]; add WEAPON_SYSTEM");
    assertThat(weapons.find("m142 himars").orElseThrow().entry().canonical()).isEqualTo("HIMARS");

    Gazetteer events =
        Gazetteer.of(EntityType.EVENT, List.of("Shangri-La Dialogue", "Raisina Dialogue"));
    assertThat(events.entries()).hasSize(2);

    Gazetteer extra =
        Gazetteer.builder(EntityType.COUNTRY)
            .entry(
                Gazetteer.Entry.country("XK", "Kosovo", "Republic of Kosovo")
                    .withDemonyms("Kosovar"))
            .build();
    assertThat(extra.find("Kosovar").orElseThrow().demonym()).isTrue();
  }

  @Test
  void customTypeWithoutGazetteer_failsAtBuild() {
    assertThatThrownBy(() -> Extractor.builder().entities(EntityType.custom("WEAPON")).build())
        .hasMessage(
            "entity type WEAPON is not built in and no gazetteer finds it; add one with"
                + " Extractor.builder().gazetteer(Gazetteer.builder(WEAPON)...)");
  }

  @Test
  void gazetteerFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("weapons.txt");
    Files.writeString(
        file,
        "# weapons.txt: a 'type:' line, an optional 'case:' line, then one entry per line\n"
            + "type: WEAPON_SYSTEM\n"
            + "case: ignore\n"
            + "Patriot | Patriot missile system | MIM-104 Patriot\n"
            + "HIMARS | M142 HIMARS\n");
    Gazetteer g = Gazetteer.fromFile(file);
    assertThat(g.entries())
        .extracting(Gazetteer.Entry::canonical)
        .containsExactly("Patriot", "HIMARS");
    assertThat(
            Gazetteer.parse("c.txt", "type: COUNTRY\nXK = Kosovo | Republic of Kosovo ; Kosovar\n")
                .find("Kosovar"))
        .isPresent();
    assertThatThrownBy(
            () -> Gazetteer.parse("w.txt", "type: WEAPON_SYSTEM\ncase: loose\nPatriot\n"))
        .hasMessage(
            "gazetteer w.txt line 2 column 7: case must be 'exact' or 'ignore', but was 'loose'");
  }

  @Test
  void relationRules() {
    RelationType meets = RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));
    RelationType mayorOf = RelationType.custom("MAYOR_OF", Set.of(PERSON), Set.of(CITY));
    Extractor.Builder builder =
        Extractor.builder()
            .rule(RelationRule.verb("meet").subject(PERSON).object(PERSON).gives(meets))
            .rule(RelationRule.noun("meeting", "talk").objectVia("nmod:with").gives(meets))
            .rule(RelationRule.title("mayor", "lord mayor").gives(mayorOf));
    // the builder holds the rules: leaving their types out fails in build(), before any model loads
    assertThatThrownBy(() -> builder.relations(RelationType.LEADER_OF).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule gives MEETS, but relations(...) is [LEADER_OF]; add MEETS");
    assertThat(
            RelationRule.verb("take part").objectVia("obl:in").gives(RelationType.ATTENDS).words())
        .containsExactly("take part");
    assertThat(
            RelationRule.verb("attend")
                .impliedObject()
                .confidence(0.8)
                .gives(RelationType.ATTENDS)
                .impliedObject())
        .isTrue();
    assertThat(RelationRule.verb("join").gives(RelationType.ATTENDS).subjectTypes())
        .isEqualTo(RelationType.ATTENDS.subjectTypes());
  }

  @Test
  void rulesFiles(@TempDir Path dir) throws Exception {
    String rules =
        "# NAME(SUBJECT_TYPES, OBJECT_TYPES): TRIGGER WORD[, WORD...] [via RELATION[, ...]] [implied]"
            + " [confidence C]\n"
            + "MEETS(PERSON, PERSON): verb meet\n"
            + "MEETS(PERSON, PERSON): noun meeting, talk via nmod:with\n"
            + "SANCTIONS(COUNTRY|ORGANIZATION, COUNTRY): verb sanction, blacklist\n"
            + "VISITS(PERSON, COUNTRY|CITY): verb visit, travel via obj, obl:to\n"
            + "ATTENDS(PERSON, EVENT): verb take part via obl:in confidence 0.8\n"
            + "MAYOR_OF(PERSON, CITY): title mayor, lord mayor\n";
    Path file = dir.resolve("rules.txt");
    Files.writeString(file, rules);
    assertThat(RelationRule.fromFile(file))
        .extracting(r -> r.type().name())
        .containsExactly("MEETS", "MEETS", "SANCTIONS", "VISITS", "ATTENDS", "MAYOR_OF");

    // NewsGraph's own rules, in the same format; the guide quotes these lines
    assertThat(RelationRule.builtIn())
        .extracting(r -> r.type().name())
        .contains("LEADER_OF", "ATTENDS");
    String builtIn;
    try (var in = RelationRule.class.getResourceAsStream("/org/newsgraph/rules/builtin.rules")) {
      builtIn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(builtIn.lines())
        .contains(
            "ATTENDS(PERSON, EVENT): verb attend implied confidence 0.85",
            "ATTENDS(PERSON, EVENT): verb take part via obl:in confidence 0.85",
            "ATTENDS(PERSON, EVENT): noun attendance, participation, presence via nmod:at, nmod:in"
                + " implied confidence 0.85")
        .anyMatch(
            l ->
                l.startsWith(
                        "LEADER_OF(PERSON, COUNTRY): title president, prime minister, premier, chancellor, king,")
                    && l.endsWith(" confidence 0.9"));

    // errors are reported by build(), before any model is loaded
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "# my rules\nMEETS(PERSON, PERSON) verb meet\n");
    assertThatThrownBy(() -> Extractor.builder().rules(bad).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules file " + bad + " line 2 column 23 (rule MEETS): expected ':', but found 'v'");

    Path unknown = dir.resolve("unknown.txt");
    Files.writeString(unknown, "USES(PERSON, WEAPON_SYSTEM): verb use\n");
    assertThatThrownBy(() -> Extractor.builder().rules(unknown).build())
        .hasMessageStartingWith(
            "rule "
                + unknown
                + " line 1 (USES) needs entity type WEAPON_SYSTEM, but the extractor"
                + " finds [PERSON, COUNTRY, CITY, LOCATION, ORGANIZATION, EVENT, DATE]; add a"
                + " gazetteer for it");
  }

  @Test
  void patternRules() {
    RelationType chairs = RelationType.custom("CHAIRS", Set.of(PERSON, COUNTRY), Set.of(EVENT));
    PatternRule chairsMeeting =
        PatternRule.named("chairs-meeting")
            .pattern(
                "{lemma:/chair|preside/;tag:/VB.*/}=trigger >nsubj {}=chair"
                    + " >/obj|obl:over/ ({ner:EVENT}=event ?>/nmod:with/ {}=guest)")
            .gives(chairs, "chair", "event")
            .gives(ATTENDS, "guest", "event")
            .where("guest", PERSON, COUNTRY)
            .confidence(0.8)
            .example(
                "Anna Berg chaired the summit with Otto Klein.",
                "CHAIRS(Anna Berg, summit)",
                "ATTENDS(Otto Klein, summit)")
            .build();
    Extractor.builder().rule(chairsMeeting);
    assertThat(chairsMeeting.types()).containsExactly(chairs, ATTENDS);
    assertThat(chairsMeeting.examples().get(0).expected()).hasSize(2);
  }

  @Test
  void patternRulesFile() {
    RulesFile file = RulesFile.fromString("chairs.rules", RuleExamplesIT.guideBlock());
    PatternRule rule = file.patternRules().get(0);
    assertThat(rule.name()).isEqualTo("chairs-meeting");
    assertThat(rule.gives()).extracting(g -> g.type().name()).containsExactly("CHAIRS", "ATTENDS");
    assertThat(rule.argumentTypes().get("chair")).containsExactly(PERSON, COUNTRY);
  }

  @Test
  void querying() {
    RelationGraph graph = Fixtures.boric().graph();
    RelationType meets = RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));
    EntityType weapon = EntityType.custom("WEAPON_SYSTEM");
    assertThat(graph.match(person().via(meets, person()))).isEmpty(); // any MEETS but denied ones
    assertThat(graph.match(person().via(meets, person()).asserted())).isEmpty(); // stated as fact
    assertThat(graph.match(person().attends(event()).withModality(PLANNED, UNCERTAIN))).isEmpty();
    assertThat(graph.match(person().currentLeaderOf(country())))
        .hasSize(1); // not "former", not "-elect"
    assertThat(graph.match(entity(weapon))).isEmpty(); // every weapon system
  }
}
