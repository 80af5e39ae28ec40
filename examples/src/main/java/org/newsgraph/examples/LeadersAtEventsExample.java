package org.newsgraph.examples;

import static org.newsgraph.entity.EntityType.COUNTRY;
import static org.newsgraph.entity.EntityType.EVENT;
import static org.newsgraph.entity.EntityType.PERSON;
import static org.newsgraph.query.Patterns.country;
import static org.newsgraph.query.Patterns.event;
import static org.newsgraph.query.Patterns.person;
import static org.newsgraph.relation.RelationType.ATTENDS;
import static org.newsgraph.relation.RelationType.LEADER_OF;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.Document;
import org.newsgraph.Extractor;
import org.newsgraph.query.Match;
import org.newsgraph.relation.Relation;

/**
 * The README's example as a program: extracts people, countries and events with who leads which
 * country and who attends which event, then asks the graph for the leaders who attended an event.
 * Reads the article named by its argument, or a short made-up one without.
 *
 * <pre>
 * java -Xmx4g -cp "examples/target/newsgraph-examples-0.1.0-SNAPSHOT.jar:..." \
 *     org.newsgraph.examples.LeadersAtEventsExample [article.txt]
 * </pre>
 */
public final class LeadersAtEventsExample {

  /** A short made-up article: every person in it is fictional. */
  static final String ARTICLE =
      "Estonian President Anna Berg attended the Baltic Sea summit in Helsinki on Tuesday.\n"
          + "German Chancellor Otto Klein also attended the summit.\n"
          + "Berg and Klein discussed energy prices with Finnish officials.\n";

  private LeadersAtEventsExample() {}

  /** Builds an extractor for the people, countries and events and the two relations asked for. */
  static Extractor extractor() {
    return Extractor.builder()
        .entities(PERSON, COUNTRY, EVENT)
        .relations(LEADER_OF, ATTENDS)
        .build(); // loads the models once: build one and share it
  }

  /** Runs the example on the article named by {@code args[0]}, or on {@link #ARTICLE}. */
  public static void main(String[] args) throws IOException {
    String text =
        args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : ARTICLE;
    Document doc = extractor().extract(text);
    System.out.println("RELATIONS");
    for (Relation r : doc.relations()) {
      System.out.println("  " + r);
    }
    System.out.println("LEADERS WHO ATTENDED AN EVENT");
    for (Match m : doc.graph().match(person().leaderOf(country()).attends(event()))) {
      System.out.println("  " + m);
    }
  }
}
