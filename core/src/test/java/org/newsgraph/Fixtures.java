package org.newsgraph;

import java.util.List;
import java.util.Map;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/** Hand-built documents for tests that must not load models. */
public final class Fixtures {

  private Fixtures() {}

  public static final String TEXT =
      "Chilean President Gabriel Boric will attend the G20 summit in Rio de Janeiro.";

  /** Returns an entity with one mention of {@code surface} in {@link #TEXT}. */
  public static Entity entity(String id, EntityType type, String surface) {
    int b = TEXT.indexOf(surface);
    return Entity.builder(id, type, surface)
        .mention(new Mention(surface, new TextSpan(b, b + surface.length()), 0))
        .build();
  }

  public static Relation relation(RelationType type, Entity s, Entity o) {
    return new Relation(
        type,
        s,
        o,
        0.9,
        Modality.ASSERTED,
        Map.of(),
        List.of(new Evidence(0, new TextSpan(0, TEXT.length()), TEXT, "hand-written")));
  }

  /** Boric (Chile) attends the G20 summit in Rio de Janeiro. */
  public static Document boric() {
    Entity chile =
        Entity.builder("e1", EntityType.COUNTRY, "Chile")
            .code("CL")
            .mention(new Mention("Chilean", new TextSpan(0, 7), 0))
            .build();
    Entity boric = entity("e2", EntityType.PERSON, "Gabriel Boric");
    int at = TEXT.indexOf("G20 summit");
    Entity summit =
        Entity.builder("e3", EntityType.EVENT, "G20 summit")
            .eventClass(EventClass.MEETING)
            .mention(new Mention("G20 summit", new TextSpan(at, at + "G20 summit".length()), 0))
            .build();
    Entity rio = entity("e4", EntityType.CITY, "Rio de Janeiro");
    return Document.of(
        "boric",
        TEXT,
        List.of(new Sentence(0, new TextSpan(0, TEXT.length()), TEXT)),
        List.of(chile, boric, summit, rio),
        List.of(
            relation(RelationType.LEADER_OF, boric, chile),
            relation(RelationType.ATTENDS, boric, summit),
            relation(RelationType.LOCATED_IN, summit, rio)));
  }
}
