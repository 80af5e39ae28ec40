package org.newsgraph.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Document;
import org.newsgraph.DocumentInvariants;
import org.newsgraph.Extractor;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.RelationType;

/**
 * Events that a frame makes of a verb ("met", "will meet"): one per mention, except that a verb
 * said twice as planned is the one event the article looks ahead to (issue 17).
 */
class VerbEventsIT {

  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.builder().build();
  }

  private static List<Entity> meetings(Document doc) {
    return doc.entities(EntityType.EVENT).stream().filter(e -> e.name().startsWith("me")).toList();
  }

  @Test
  void plannedTwice_isOneMeeting_withItsPlaceAndDate() {
    Document doc =
        extractor.extract(
            "The ceasefire committee will meet in Naqoura on Sunday. Delegates from Israel and Lebanon"
                + " will meet at the headquarters, a spokesman said.");
    DocumentInvariants.check(doc);
    assertThat(meetings(doc)).hasSize(1);
    Entity meet = meetings(doc).get(0);
    assertThat(doc.relations())
        .anyMatch(r -> r.type().equals(RelationType.ON_DATE) && r.subject().equals(meet))
        .anyMatch(
            r ->
                r.type().equals(RelationType.ATTENDS)
                    && r.object().equals(meet)
                    && r.subject().name().equals("Israel"));
  }

  @Test
  void metTwice_isTwoMeetings() {
    Document doc =
        extractor.extract(
            "Anna Berg met Otto Klein in Berlin on Monday. Paul Roth met Lena Varga in Vienna on Friday.");
    DocumentInvariants.check(doc);
    assertThat(meetings(doc)).hasSize(2);
  }
}
