package org.newsgraph.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.entity.EntityType.ORGANIZATION;
import static org.newsgraph.entity.EntityType.PERSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;
import org.newsgraph.rules.Gazetteer;
import org.newsgraph.rules.RelationRule;

/** The gazetteer and custom-rule stages (issue 7) on hand-parsed sentences; no model is loaded. */
class CustomStagesTest {

  private static final EntityType WEAPON = EntityType.custom("WEAPON_SYSTEM");
  private static final RelationType MEETS =
      RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));
  private static final RelationRule MEET_RULE =
      RelationRule.verb("meet").subject(PERSON).object(PERSON).gives(MEETS);

  /**
   * Builds a one-sentence working document from "word/lemma/POS" tokens and "rel(gov,dep)" edges.
   */
  private static WorkingDocument doc(String tokens, String... deps) {
    String[] parts = tokens.split(" ");
    StringBuilder text = new StringBuilder();
    List<Tok> toks = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String[] f = parts[i].split("/");
      if (i > 0) {
        text.append(' ');
      }
      int b = text.length();
      text.append(f[0]);
      toks.add(new Tok(i, f[0], f[1], f[2], "O", b, text.length()));
    }
    List<Dep> ds = new ArrayList<>();
    for (String d : deps) {
      String rel = d.substring(0, d.indexOf('('));
      String[] ends = d.substring(d.indexOf('(') + 1, d.length() - 1).split(",");
      ds.add(new Dep(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]), rel));
    }
    WorkingDocument doc = new WorkingDocument("test", text.toString());
    doc.sentences = List.of(new Sent(0, 0, text.length(), toks, ds, List.of()));
    return doc;
  }

  private static Cand person(WorkingDocument doc, int tb, int te) {
    Cand c = new Cand(doc.sentences.get(0), tb, te, PERSON, Cand.Kind.NAME);
    doc.cands.add(c);
    return c;
  }

  private static void coref(WorkingDocument doc) {
    new CorefStage().apply(doc);
    new GazetteerMergeStage().apply(doc);
  }

  private static Found relation(WorkingDocument doc, RelationType type, int subject, int object) {
    return doc.relations.get(new RelationKey(type, subject, object));
  }

  @Test
  void rule_negatedVerb_givesNegatedRelation() {
    WorkingDocument doc =
        doc(
            "Putin/Putin/NNP did/do/VBD not/not/RB meet/meet/VB Xi/Xi/NNP ./././",
            "nsubj(3,0)",
            "aux(3,1)",
            "advmod(3,2)",
            "obj(3,4)");
    Cand putin = person(doc, 0, 1);
    Cand xi = person(doc, 4, 5);
    coref(doc);
    new RuleStage(List.of(MEET_RULE), Set.of(MEETS)).apply(doc);
    assertThat(doc.relations).hasSize(1);
    Found f = relation(doc, MEETS, putin.entity, xi.entity);
    assertThat(f.modality).isEqualTo(Modality.NEGATED);
    assertThat(f.evidence)
        .containsExactly(new Found.Span(0, 0, doc.text.indexOf(" ."), "meets-person-verb-meet"));
  }

  @Test
  void rule_willMeetWithCoordinatedObjects_givesPlannedRelations() {
    // enhanced++ copies obl:with to the conjunct Modi
    WorkingDocument doc =
        doc(
            "Putin/Putin/NNP will/will/MD meet/meet/VB with/with/IN Xi/Xi/NNP and/and/CC Modi/Modi/NNP",
            "nsubj(2,0)",
            "aux(2,1)",
            "case(4,3)",
            "obl:with(2,4)",
            "cc(6,5)",
            "conj:and(4,6)",
            "obl:with(2,6)");
    Cand putin = person(doc, 0, 1);
    Cand xi = person(doc, 4, 5);
    Cand modi = person(doc, 6, 7);
    coref(doc);
    new RuleStage(List.of(MEET_RULE), Set.of(MEETS)).apply(doc);
    assertThat(relation(doc, MEETS, putin.entity, xi.entity).modality).isEqualTo(Modality.PLANNED);
    assertThat(relation(doc, MEETS, putin.entity, modi.entity).modality)
        .isEqualTo(Modality.PLANNED);
  }

  @Test
  void rule_expectedToMeet_isPlanned_andPassiveSwapsRoles() {
    WorkingDocument doc =
        doc(
            "Xi/Xi/NNP is/be/VBZ expected/expect/VBN to/to/TO meet/meet/VB Putin/Putin/NNP",
            "nsubj:pass(2,0)",
            "aux:pass(2,1)",
            "xcomp(2,4)",
            "mark(4,3)",
            "nsubj:xsubj(4,0)",
            "obj(4,5)");
    Cand xi = person(doc, 0, 1);
    Cand putin = person(doc, 5, 6);
    coref(doc);
    new RuleStage(List.of(MEET_RULE), Set.of(MEETS)).apply(doc);
    assertThat(relation(doc, MEETS, xi.entity, putin.entity).modality).isEqualTo(Modality.PLANNED);

    WorkingDocument passive =
        doc(
            "Xi/Xi/NNP was/be/VBD met/meet/VBN by/by/IN Putin/Putin/NNP",
            "nsubj:pass(2,0)",
            "aux:pass(2,1)",
            "case(4,3)",
            "obl:agent(2,4)");
    Cand xi2 = person(passive, 0, 1);
    Cand putin2 = person(passive, 4, 5);
    coref(passive);
    new RuleStage(List.of(MEET_RULE), Set.of(MEETS)).apply(passive);
    assertThat(relation(passive, MEETS, putin2.entity, xi2.entity).modality)
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void rule_wrongEntityType_givesNothing() {
    WorkingDocument doc =
        doc("Putin/Putin/NNP met/meet/VBD Gazprom/Gazprom/NNP", "nsubj(1,0)", "obj(1,2)");
    person(doc, 0, 1);
    doc.cands.add(new Cand(doc.sentences.get(0), 2, 3, ORGANIZATION, Cand.Kind.NAME));
    coref(doc);
    new RuleStage(List.of(MEET_RULE), Set.of(MEETS)).apply(doc);
    assertThat(doc.relations).isEmpty();
  }

  @Test
  void gazetteer_longestMatchReplacesMentionsInside_andAliasesAreOneEntity() {
    Gazetteer weapons =
        Gazetteer.builder(WEAPON)
            .entry("Patriot", "Patriot missile system", "MIM-104")
            .entry("HIMARS")
            .build();
    WorkingDocument doc =
        doc(
            "Kyiv/Kyiv/NNP got/get/VBD a/a/DT Patriot/Patriot/NNP missile/missile/NN system/system/NN"
                + " ,/,/, a/a/DT MIM-104/MIM-104/NNP and/and/CC HIMARS/HIMARS/NNP");
    // the tagger took "Patriot" for an organisation: the longer gazetteer phrase wins
    doc.cands.add(new Cand(doc.sentences.get(0), 3, 4, ORGANIZATION, Cand.Kind.NAME));
    new GazetteerStage(List.of(weapons)).apply(doc);
    assertThat(doc.cands)
        .extracting(Cand::toString)
        .containsExactlyInAnyOrder(
            "WEAPON_SYSTEM/NAME[0:3-6]",
            "WEAPON_SYSTEM/NAME[0:8-9]",
            "WEAPON_SYSTEM/NAME[0:10-11]");
    coref(doc);
    // Patriot (two mentions) and HIMARS; no empty cluster is left behind for later stages
    assertThat(doc.clusters).hasSize(2).allSatisfy(c -> assertThat(c).isNotEmpty());
    assertThat(doc.cands).allSatisfy(c -> assertThat(doc.clusters.get(c.entity)).contains(c));
  }

  @Test
  void gazetteer_matchCuttingThroughAMention_isDropped() {
    Gazetteer weapons = Gazetteer.builder(WEAPON).entry("Patriot").build();
    WorkingDocument doc = doc("Patriot/Patriot/NNP Front/Front/NNP marched/march/VBD");
    doc.cands.add(new Cand(doc.sentences.get(0), 0, 2, ORGANIZATION, Cand.Kind.NAME));
    new GazetteerStage(List.of(weapons)).apply(doc);
    assertThat(doc.cands).extracting(Cand::toString).containsExactly("ORGANIZATION/NAME[0:0-2]");
  }
}
