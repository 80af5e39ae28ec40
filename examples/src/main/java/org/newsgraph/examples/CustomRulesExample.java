package org.newsgraph.examples;

import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.PERSON;
import static org.newsgraph.query.Patterns.entity;
import static org.newsgraph.query.Patterns.person;

import java.util.Set;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.query.Match;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;
import org.newsgraph.rules.Gazetteer;
import org.newsgraph.rules.RelationRule;

/**
 * Your own entity and relation types without training (issue 7): a WEAPON_SYSTEM gazetteer, a MEETS
 * relation written as a Java rule, and a SANCTIONS relation written in the rules-file format, run
 * on a short article of our own. Prints the weapons, the meetings with their modality, and the
 * meetings stated as fact. See docs/rules.md.
 */
public final class CustomRulesExample {

  /** A short made-up article: every person in it is fictional. */
  static final String ARTICLE =
      "Estonian President Anna Berg met German Chancellor Otto Klein in Berlin on Monday.\n"
          + "Berg and Klein discussed the delivery of two Patriot batteries and more HIMARS"
          + " launchers to Ukraine.\n"
          + "Klein will meet with Prime Minister Lena Varga in Budapest next week.\n"
          + "Varga may meet Berg in June, officials said.\n"
          + "Berg did not meet Paul Roth, who opposes the M142 HIMARS deal.\n"
          + "Germany sanctioned Belarus over the affair.\n";

  /** A user-defined entity type, fed by the gazetteer below. */
  static final EntityType WEAPON_SYSTEM = EntityType.custom("WEAPON_SYSTEM");

  /** A user-defined relation type, given by the rule below. */
  static final RelationType MEETS = RelationType.custom("MEETS", Set.of(PERSON), Set.of(PERSON));

  private CustomRulesExample() {}

  /** Builds the extractor with the gazetteer and the rules; loads the models. */
  static Extractor extractor() {
    Gazetteer weapons =
        Gazetteer.builder(WEAPON_SYSTEM)
            .entry("Patriot", "Patriot missile system", "MIM-104 Patriot")
            .entry("HIMARS", "M142 HIMARS")
            .entry("IRIS-T")
            .build();
    return Extractor.builder()
        .gazetteer(weapons)
        // "met X", "met with X", "X and Y met Z", "was met by X"
        .rule(RelationRule.verb("meet").subject(PERSON).object(PERSON).gives(MEETS))
        // the same mechanism in the rules-file format (Extractor.builder().rules(Path) reads files)
        .rule(
            RelationRule.fromString("inline", "SANCTIONS(COUNTRY, COUNTRY): verb sanction").get(0))
        .build();
  }

  /** Extracts the article. */
  static Document run(Extractor extractor) {
    return extractor.extract("custom-rules", ARTICLE);
  }

  /** Runs the example and prints what it found. */
  public static void main(String[] args) {
    Document doc = run(extractor());
    System.out.println("WEAPON SYSTEMS");
    for (Entity e : doc.entities(WEAPON_SYSTEM)) {
      System.out.println("  " + e.name() + "  " + e.mentions().size() + " mention(s)");
    }
    System.out.println("MEETINGS");
    for (Relation r : doc.relations()) {
      if (r.type().equals(MEETS)) {
        System.out.println("  " + r + "  (" + r.modality() + ")");
      }
    }
    System.out.println("MEETINGS STATED AS FACT");
    for (Match m : doc.graph().match(person().via(MEETS, person()).asserted())) {
      System.out.println("  " + m);
    }
    System.out.println("SANCTIONS");
    RelationType sanctions = RelationType.custom("SANCTIONS", Set.of(COUNTRY), Set.of(COUNTRY));
    for (Match m : doc.graph().match(entity(COUNTRY).via(sanctions, entity(COUNTRY)))) {
      System.out.println("  " + m);
    }
  }
}
