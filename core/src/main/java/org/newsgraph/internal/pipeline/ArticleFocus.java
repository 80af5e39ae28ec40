package org.newsgraph.internal.pipeline;

import static org.newsgraph.relation.RelationType.CITIZEN_OF;
import static org.newsgraph.relation.RelationType.LEADER_OF;

import java.util.List;
import java.util.Map;
import org.newsgraph.entity.EntityType;

/**
 * What an article is about: the one place that says which country an article is mainly about, and
 * which country the text itself states for a person. The guesses that read a person's country from
 * the article's main country (a bare title, a quoted person, a person in an article that names one
 * country) ask it, and a country the text states for the person always wins over the guess.
 */
final class ArticleFocus {

  /**
   * How many times the runner-up's mentions the main country needs. At 2.0 LEADER_OF on the news
   * graphs drops from 0.97 to 0.93 F1, as bare titles lose their country.
   */
  private static final double RATIO = 1.5;

  /**
   * How many times the runner-up's mentions a main country needs to be a clear one, for the weakest
   * guess (a quoted person): at 1.5 it gains 1 true and 7 false CITIZEN_OF on DWIE dev (F1 0.663 to
   * 0.655).
   */
  private static final double CLEAR = 2.0;

  private ArticleFocus() {}

  /**
   * The country the article is mainly about: the country with the most mentions, if it has at least
   * three (two when no other country is named) and {@link #RATIO} times the runner-up's; -1 if
   * none.
   */
  static int mainCountry(WorkingDocument doc) {
    return mainCountry(doc, RATIO);
  }

  /**
   * The main country if it is a clear one, {@link #CLEAR} times the runner-up's mentions; -1 if
   * none.
   */
  static int clearMainCountry(WorkingDocument doc) {
    return mainCountry(doc, CLEAR);
  }

  private static int mainCountry(WorkingDocument doc, double ratio) {
    int best = -1;
    int bestCount = 0;
    int second = 0;
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cl = doc.clusters.get(k);
      if (cl.isEmpty() || !cl.get(0).type.equals(EntityType.COUNTRY)) {
        continue;
      }
      int n = cl.size();
      if (n > bestCount) {
        second = bestCount;
        best = k;
        bestCount = n;
      } else if (n > second) {
        second = n;
      }
    }
    return (bestCount >= 3 || bestCount == 2 && second == 0)
            && (second == 0 || bestCount >= second * ratio)
        ? best
        : -1;
  }

  /**
   * The country the text states for a person (as its citizen or its leader), the surest reading
   * first; -1 if none.
   */
  static int statedCountry(WorkingDocument doc, int person) {
    int best = -1;
    double confidence = 0;
    for (Map.Entry<RelationKey, Found> e : doc.relations.entrySet()) {
      RelationKey k = e.getKey();
      double c = e.getValue().confidence;
      if (k.subject() == person
          && (k.type().equals(CITIZEN_OF) || k.type().equals(LEADER_OF))
          && doc.clusters.get(k.object()).get(0).type.equals(EntityType.COUNTRY)
          && (c > confidence || c == confidence && k.object() < best)) {
        best = k.object();
        confidence = c;
      }
    }
    return best;
  }

  /**
   * Whether the text states any country, city or other place for a person, as citizen or leader.
   */
  static boolean isPlaced(WorkingDocument doc, int person) {
    for (RelationKey k : doc.relations.keySet()) {
      if (k.subject() == person && (k.type().equals(CITIZEN_OF) || k.type().equals(LEADER_OF))) {
        return true;
      }
    }
    return false;
  }
}
