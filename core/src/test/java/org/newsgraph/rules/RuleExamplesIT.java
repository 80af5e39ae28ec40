package org.newsgraph.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Document;
import org.newsgraph.DocumentInvariants;
import org.newsgraph.Extractor;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/**
 * Runs every example of every built-in pattern rule through the real pipeline (loaded once): the
 * rule must give each relation the example states, with the stated modality, and the relation's
 * evidence must name the rule ({@link Evidence#foundBy()}). An entity is named by its name, one of
 * its mentions (a leading "the", "a" or "an" aside), or the last words of its name ("Kohl" for
 * "Helmut Kohl").
 */
class RuleExamplesIT {

  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.builder().build();
  }

  static Stream<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    for (PatternRule r : PatternRule.builtIn()) {
      for (PatternRule.Example e : r.examples()) {
        all.add(Arguments.of(r.name(), e.text(), e));
      }
    }
    return all.stream();
  }

  /**
   * The pattern rules file shown in docs/rules.md (Surefire and Failsafe run in the module folder).
   */
  static String guideBlock() {
    return guideBlock("# chairs.rules");
  }

  /** The rules file shown in docs/rules.md that starts with {@code header}. */
  static String guideBlock(String header) {
    try {
      String guide = Files.readString(Path.of("../docs/rules.md"), StandardCharsets.UTF_8);
      int start = guide.indexOf(header);
      return guide.substring(start, guide.indexOf("```", start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void guide_patternRuleGivesItsExample() {
    PatternRule rule = RulesFile.fromString("chairs.rules", guideBlock()).patternRules().get(0);
    Document doc = Extractor.builder().rule(rule).build().extract(rule.examples().get(0).text());
    for (PatternRule.Expected x : rule.examples().get(0).expected()) {
      assertThat(doc.relations())
          .as("%s in %s", x, describe(doc))
          .anyMatch(r -> matches(r, x, rule.name()));
    }
  }

  @Test
  void guide_tokensRuleGivesItsExample() {
    PatternRule rule =
        RulesFile.fromString("delegations.rules", guideBlock("# delegations.rules"))
            .patternRules()
            .get(0);
    assertThat(rule.syntax()).isEqualTo(PatternRule.Syntax.TOKENSREGEX);
    Document doc = Extractor.builder().rule(rule).build().extract(rule.examples().get(0).text());
    for (PatternRule.Expected x : rule.examples().get(0).expected()) {
      assertThat(doc.relations())
          .as("%s in %s", x, describe(doc))
          .anyMatch(r -> matches(r, x, rule.name()));
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("examples")
  void example_givesItsRelations(String rule, String text, PatternRule.Example example) {
    Document doc = extractor.extract(text);
    DocumentInvariants.check(doc);
    List<String> missing = new ArrayList<>();
    for (PatternRule.Expected x : example.expected()) {
      if (doc.relations().stream().noneMatch(r -> matches(r, x, rule))) {
        missing.add(x.toString());
      }
    }
    assertThat(missing)
        .as("relations of rule %s missing; the document has %s", rule, describe(doc))
        .isEmpty();
  }

  private static boolean matches(Relation r, PatternRule.Expected x, String rule) {
    return r.type().equals(x.type())
        && names(r.subject(), x.subject())
        && names(r.object(), x.object())
        && x.modality().map(m -> m == r.modality()).orElse(true)
        && r.evidence().stream().anyMatch(e -> e.foundBy().equals(rule));
  }

  static boolean names(Entity e, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String full = e.name().toLowerCase(Locale.ROOT);
    if (full.equals(n) || full.endsWith(" " + n)) {
      return true;
    }
    for (Mention m : e.mentions()) {
      String t = m.text().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "");
      if (t.equals(n)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Document doc) {
    List<String> out = new ArrayList<>();
    for (Relation r : doc.relations()) {
      out.add(
          r.type().name()
              + "("
              + r.subject().name()
              + ", "
              + r.object().name()
              + ") "
              + r.modality()
              + " by "
              + r.evidence().stream().map(Evidence::foundBy).toList());
    }
    return out + " with entities " + doc.entities().stream().map(Entity::toString).toList();
  }
}
