package org.newsgraph.io;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.Document;
import org.newsgraph.Sentence;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/** Hand-built documents for exporter and merge tests; no model is loaded. */
public final class ExportFixtures {

  private ExportFixtures() {}

  /**
   * Returns a two-sentence document: Tokayev (PERSON) leads Kazakhstan (COUNTRY, KZ) and attends
   * the Victory Day parade (EVENT) on May 9 (DATE); the text holds quotes, an ampersand and a
   * newline so that exporters must escape.
   */
  public static Document summit(String id) {
    String text =
        "Kazakh President Kassym-Jomart Tokayev attended the Victory Day parade on May 9.\n"
            + "\"Tokayev & Putin\" <met> in Kazakhstan.";
    List<Sentence> sentences = new ArrayList<>();
    int nl = text.indexOf('\n');
    sentences.add(new Sentence(0, new TextSpan(0, nl), text.substring(0, nl)));
    sentences.add(new Sentence(1, new TextSpan(nl + 1, text.length()), text.substring(nl + 1)));
    Entity tokayev =
        Entity.builder("e1", EntityType.PERSON, "Kassym-Jomart Tokayev")
            .mention(mention(text, "Kassym-Jomart Tokayev", 0, 0))
            .mention(mention(text, "Tokayev", nl, 1))
            .build();
    Entity kazakhstan =
        Entity.builder("e2", EntityType.COUNTRY, "Kazakhstan")
            .code("KZ")
            .mention(mention(text, "Kazakh", 0, 0))
            .mention(mention(text, "Kazakhstan", 0, 1))
            .build();
    Entity parade =
        Entity.builder("e3", EntityType.EVENT, "Victory Day parade")
            .eventClass(EventClass.CEREMONY)
            .mention(mention(text, "Victory Day parade", 0, 0))
            .build();
    Entity may9 =
        Entity.builder("e4", EntityType.DATE, "May 9")
            .value("XXXX-05-09")
            .mention(mention(text, "May 9", 0, 0))
            .build();
    Entity putin =
        Entity.builder("e5", EntityType.PERSON, "Putin")
            .mention(mention(text, "Putin", 0, 1))
            .build();
    Evidence first = new Evidence(0, new TextSpan(0, nl), text.substring(0, nl), "hand-written");
    List<Relation> relations =
        List.of(
            new Relation(
                RelationType.LEADER_OF,
                tokayev,
                kazakhstan,
                0.9,
                Modality.ASSERTED,
                ImmutableMap.of("title", "President"),
                List.of(first)),
            new Relation(
                RelationType.ATTENDS,
                tokayev,
                parade,
                0.8,
                Modality.ASSERTED,
                Map.of(),
                List.of(first)),
            new Relation(
                RelationType.ON_DATE,
                parade,
                may9,
                0.7,
                Modality.ASSERTED,
                Map.of(),
                List.of(first)));
    return Document.of(
        id, text, sentences, List.of(tokayev, kazakhstan, parade, may9, putin), relations);
  }

  /**
   * Returns a one-sentence document that shares Kazakhstan (by code, named differently) and Tokayev
   * (with an honorific and without the hyphen) with {@link #summit}.
   */
  public static Document visit(String id) {
    String text = "Mr Kassym Jomart Tokayev, leader of the Republic of Kazakhstan, visited Astana.";
    Sentence s = new Sentence(0, new TextSpan(0, text.length()), text);
    Entity tokayev =
        Entity.builder("e1", EntityType.PERSON, "Mr Kassym Jomart Tokayev")
            .mention(mention(text, "Mr Kassym Jomart Tokayev", 0, 0))
            .build();
    Entity kazakhstan =
        Entity.builder("e2", EntityType.COUNTRY, "Republic of Kazakhstan")
            .code("KZ")
            .mention(mention(text, "Republic of Kazakhstan", 0, 0))
            .build();
    Entity astana =
        Entity.builder("e3", EntityType.CITY, "Astana")
            .mention(mention(text, "Astana", 0, 0))
            .build();
    Evidence ev = new Evidence(0, s.span(), text, "hand-written");
    List<Relation> relations =
        List.of(
            new Relation(
                RelationType.LEADER_OF,
                tokayev,
                kazakhstan,
                0.95,
                Modality.ASSERTED,
                Map.of(),
                List.of(ev)),
            new Relation(
                RelationType.LOCATED_IN,
                astana,
                kazakhstan,
                0.6,
                Modality.ASSERTED,
                Map.of(),
                List.of(ev)));
    return Document.of(id, text, List.of(s), List.of(tokayev, kazakhstan, astana), relations);
  }

  private static Mention mention(String text, String what, int from, int sentence) {
    int begin = text.indexOf(what, from);
    if (begin < 0) {
      throw new IllegalArgumentException("'" + what + "' is not in the fixture text");
    }
    return new Mention(what, new TextSpan(begin, begin + what.length()), sentence);
  }
}
