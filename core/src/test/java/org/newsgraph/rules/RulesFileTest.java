package org.newsgraph.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.PERSON;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

class RulesFileTest {

  private static final String MIXED =
      "# one-line rules and pattern rules in one file\n"
          + "MEETS(PERSON, PERSON): verb meet\n"
          + "\n"
          + "rule: talks-held-in\n"
          + "pattern: {lemma:hold}=trigger >nsubj {}=party\n"
          + "    >obj ({ner:EVENT}=event ?>/nmod:in/ {ner:/CITY|COUNTRY/}=place)\n"
          + "gives: ATTENDS(party, event)\n"
          + "gives: LOCATED_IN(event, place)\n"
          + "where: party PERSON|COUNTRY\n"
          + "confidence: 0.8\n"
          + "example: Berg held talks in Oslo. => ATTENDS(Berg, talks); LOCATED_IN(talks, Oslo)\n"
          + "example: Norway held talks in Oslo. => ATTENDS(Norway, talks) ASSERTED\n"
          + "\n"
          + "rule: greets\n"
          + "# a custom type declared by its argument types\n"
          + "pattern: {lemma:greet}=trigger >nsubj {}=a >obj {}=b\n"
          + "gives: GREETS(a: PERSON, b: PERSON)\n"
          + "modality: PLANNED\n"
          + "group: greetings 2\n"
          + "example: Berg greets Klein. => GREETS(Berg, Klein) PLANNED\n";

  @Test
  void fromString_readsOneLineRulesAndBlocks() {
    RulesFile f = RulesFile.fromString("mixed.rules", MIXED);
    assertThat(f.relationRules())
        .extracting(RelationRule::name)
        .containsExactly("meets-person-verb-meet");
    assertThat(f.patternRules())
        .extracting(PatternRule::name)
        .containsExactly("talks-held-in", "greets");
    PatternRule talks = f.patternRules().get(0);
    assertThat(talks.pattern())
        .isEqualTo(
            "{lemma:hold}=trigger >nsubj {}=party >obj ({ner:EVENT}=event ?>/nmod:in/ {ner:/CITY|COUNTRY/}=place)");
    assertThat(talks.gives())
        .containsExactly(
            new PatternRule.Gives(RelationType.ATTENDS, "party", "event"),
            new PatternRule.Gives(RelationType.LOCATED_IN, "event", "place"));
    assertThat(talks.argumentTypes())
        .containsEntry("party", com.google.common.collect.ImmutableSet.of(PERSON, COUNTRY));
    assertThat(talks.confidence()).isEqualTo(0.8);
    assertThat(talks.modality()).isEmpty();
    assertThat(talks.origin()).isEqualTo("mixed.rules line 4");
    assertThat(talks.examples()).hasSize(2);
    assertThat(talks.examples().get(0).expected())
        .containsExactly(
            new PatternRule.Expected(RelationType.ATTENDS, "Berg", "talks", Optional.empty()),
            new PatternRule.Expected(RelationType.LOCATED_IN, "talks", "Oslo", Optional.empty()));
    PatternRule greets = f.patternRules().get(1);
    assertThat(greets.types()).extracting(RelationType::name).containsExactly("GREETS");
    assertThat(greets.modality()).contains(Modality.PLANNED);
    assertThat(greets.group()).contains("greetings");
    assertThat(greets.priority()).isEqualTo(2);
    assertThat(greets.examples().get(0).expected().get(0).modality()).contains(Modality.PLANNED);
  }

  @Test
  void builtIn_loadsWithExamplesAndUniqueNames() {
    assertThat(PatternRule.builtIn()).isNotEmpty();
    assertThat(PatternRule.builtIn()).allSatisfy(r -> assertThat(r.examples()).isNotEmpty());
    assertThat(PatternRule.builtIn().stream().map(PatternRule::name).distinct().count())
        .isEqualTo(PatternRule.builtIn().size());
  }

  @Test
  void fromString_ruleWithoutExample_doesNotLoad() {
    assertThatThrownBy(
            () ->
                RulesFile.fromString(
                    "r",
                    "rule: x\npattern: {lemma:meet}=trigger >nsubj {}=a >obj {}=b\ngives: ATTENDS(a, b)\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules file r line 1 (rule x): rule 'x' (r line 1) has no example; add an example sentence"
                + " with the relations it gives");
  }

  @Test
  void fromString_badPattern_namesLineAndReason() {
    assertThatThrownBy(
            () ->
                RulesFile.fromString("r", "rule: x\npattern: {lemma:meet}=trigger >obl:in {}=a\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "rules file r line 2 (rule x): pattern '{lemma:meet}=trigger >obl:in {}=a' is not valid Semgrex: ")
        .hasMessageEndingWith(
            "; a relation name with a colon is written as a regular expression, >/obl:in/");
  }

  @Test
  void fromString_tokensRule_readsGroupsAsArguments() {
    RulesFile f =
        RulesFile.fromString(
            "r",
            "rule: from\ntokens: (?$person [{ner:PERSON;kind:NAME}]+) /from/"
                + "\n    (?$country [{ner:COUNTRY;kind:NAME}]+)\ngives: CITIZEN_OF(person, country)\n"
                + "example: Anna Berg from Sweden won. => CITIZEN_OF(Anna Berg, Sweden)\n");
    PatternRule rule = f.patternRules().get(0);
    assertThat(rule.syntax()).isEqualTo(PatternRule.Syntax.TOKENSREGEX);
    assertThat(rule.pattern())
        .isEqualTo(
            "(?$person [{ner:PERSON;kind:NAME}]+) /from/ (?$country [{ner:COUNTRY;kind:NAME}]+)");
    assertThat(rule.gives())
        .extracting(Object::toString)
        .containsExactly("CITIZEN_OF(person, country)");
  }

  @Test
  void fromString_tokensGivesGroupNotInPattern_throws() {
    assertThatThrownBy(
            () ->
                RulesFile.fromString(
                    "r",
                    "rule: x\ntokens: (?$person [{ner:PERSON}]+) /from/ [{ner:COUNTRY}]\n"
                        + "gives: CITIZEN_OF(person, country)\nexample: A from B. => CITIZEN_OF(A, B)\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules file r line 1 (rule x): rule 'x' (r line 1) gives CITIZEN_OF(person, country), but its"
                + " pattern names no node 'country'; named nodes: [person]");
  }

  @Test
  void fromString_badTokens_namesLineAndReason() {
    assertThatThrownBy(
            () -> RulesFile.fromString("r", "rule: x\ntokens: (?$person [{ner:PERSON}]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "rules file r line 2 (rule x): tokens '(?$person [{ner:PERSON}]' is not valid TokensRegex: ")
        .hasMessageEndingWith(
            "; a token is written [{attribute:value}] or /regex/, a named group (?$name ...)");
  }

  @Test
  void fromString_patternAndTokens_throws() {
    assertThatThrownBy(
            () ->
                RulesFile.fromString("r", "rule: x\npattern: {}=a >nsubj {}=b\ntokens: (?$a [])\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules file r line 3 (rule x): rule 'x' already has a pattern");
  }

  @Test
  void fromString_givesNodeNotInPattern_throws() {
    assertThatThrownBy(
            () ->
                RulesFile.fromString(
                    "r",
                    "rule: x\npattern: {lemma:meet}=trigger >nsubj {}=a\n"
                        + "gives: ATTENDS(a, event)\nexample: A met B. => ATTENDS(A, B)\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules file r line 1 (rule x): rule 'x' (r line 1) gives ATTENDS(a, event), but its pattern"
                + " names no node 'event'; named nodes: [trigger, a]");
  }

  @Test
  void fromString_customTypeWithoutArgumentTypes_throws() {
    assertThatThrownBy(
            () ->
                RulesFile.fromString(
                    "r",
                    "rule: x\npattern: {lemma:greet}=trigger >nsubj {}=a >obj {}=b\n"
                        + "gives: GREETS(a, b)\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules file r line 3 (rule x): GREETS is not a built-in relation type; declare its argument"
                + " types: gives: GREETS(a: PERSON, b: PERSON)");
  }

  @Test
  void fromString_unknownKeyOrSameNameTwice_throws() {
    assertThatThrownBy(() -> RulesFile.fromString("r", "rule: x\npatern: {}=a\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules file r line 2 (rule x): expected one of [confidence, event, example, gives, group, modality,"
                + " pattern, rule, title, tokens, where] and ':', but found 'patern: {}=a'");
    String rule =
        "rule: x\npattern: {lemma:greet}=trigger >nsubj {}=a >obj {}=b\ngives: ATTENDS(a, b)\n"
            + "example: A greets B. => ATTENDS(A, B)\n";
    assertThatThrownBy(() -> RulesFile.fromString("r", rule + "\n" + rule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules file r line 6: a second rule is named 'x'; rule names are unique");
  }

  @Test
  void relationRuleFromString_fileWithBlocks_pointsToRulesFile() {
    assertThatThrownBy(() -> RelationRule.fromString("mixed.rules", MIXED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rules file mixed.rules line 4 starts a pattern rule ('rule:'); read the file with"
                + " RulesFile.fromFile(path), or give it to Extractor.builder().rules(path)");
  }

  @Test
  void builder_argumentTypeTheRelationDoesNotTake_throws() {
    assertThatThrownBy(
            () ->
                PatternRule.named("x")
                    .pattern("{lemma:attend}=trigger >nsubj {}=a >obj {}=e")
                    .gives(RelationType.ATTENDS, "a", "e")
                    .where("e", PERSON)
                    .example("A attended E.", "ATTENDS(A, E)")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule 'x' (builder) lets node 'e' be [PERSON], but ATTENDS takes [EVENT] there");
  }

  @Test
  void expected_parse_readsTypeArgumentsAndModality() {
    assertThat(PatternRule.Expected.parse("ATTENDS(Berg, summit) NEGATED"))
        .isEqualTo(
            new PatternRule.Expected(
                RelationType.ATTENDS, "Berg", "summit", Optional.of(Modality.NEGATED)));
    assertThatThrownBy(() -> PatternRule.Expected.parse("ATTENDS Berg summit"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an expected relation is written TYPE(subject, object) [MODALITY], such as"
                + " 'ATTENDS(Berg, summit) PLANNED', but was 'ATTENDS Berg summit'");
  }
}
