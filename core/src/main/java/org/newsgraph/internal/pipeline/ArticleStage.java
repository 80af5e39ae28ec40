package org.newsgraph.internal.pipeline;

import static org.newsgraph.relation.RelationType.CITIZEN_OF;
import static org.newsgraph.relation.RelationType.LOCATED_IN;

import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

/**
 * The readings that need the whole document, run after the rules so that they see what the rules
 * found: the dateline's city lies in the region named after it, and the guesses of a person's
 * country from the country the article is about ({@link ArticleFocus}). A guess never applies to a
 * person whose country the text states anywhere: a stated nationality always wins over it.
 *
 * <ul>
 *   <li>"..., said Lackenbauer": a person quoted by name (the subject of "say", "tell", "add") is
 *       read as a citizen of the article's main country, where it is a clear one, at {@link
 *       #QUOTED} confidence;
 *   <li>"Astrid Lindgren" in an article that names one country only, twice or more: a person named
 *       with more than one word somewhere is read as its citizen, at {@link #ONLY_COUNTRY}.
 * </ul>
 *
 * <p>Measured with {@code evaluate --by-rule} (docs/quality.md), both guesses are right more often
 * than a relation must be to raise the F1 of CITIZEN_OF, so they stay.
 */
final class ArticleStage implements Stage {

  private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "explain", "insist");

  /** The confidence of a nationality read from the main country for a quoted person. */
  private static final double QUOTED = 0.4;

  /**
   * The confidence of a nationality read from the article's only country: about one such reading in
   * two is annotated in news (DWIE) and one in four in encyclopaedic text (Re-DocRED).
   */
  private static final double ONLY_COUNTRY = 0.35;

  private static final Set<EntityType> PLACES =
      Set.of(EntityType.COUNTRY, EntityType.CITY, EntityType.LOCATION);

  private final ImmutableSet<RelationType> wanted;

  ArticleStage(Set<RelationType> wanted) {
    this.wanted = ImmutableSet.copyOf(wanted);
  }

  @Override
  public String name() {
    return "article";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.RELATIONS);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.RELATIONS);
  }

  @Override
  public void apply(WorkingDocument doc) {
    if (wanted.contains(LOCATED_IN)) {
      datelinePlace(doc);
    }
    if (wanted.contains(CITIZEN_OF)) {
      int clear = ArticleFocus.clearMainCountry(doc);
      if (clear >= 0) {
        quotedPeople(doc, clear);
      }
      int main = ArticleFocus.mainCountry(doc);
      if (main >= 0) {
        onlyCountry(doc, main);
      }
    }
  }

  /**
   * "KHASAVYURT, Russia 1996-08-31", "NABLUS, West Bank": the dateline's city lies in the country
   * or region named after it. (The dateline is found from the layout of the document's start by
   * {@link DatelineStage}, not from a construction of a sentence, so this is no rule.)
   */
  private void datelinePlace(WorkingDocument doc) {
    Dateline d = doc.dateline;
    if (d == null || !d.hasRegion()) {
      return;
    }
    Cand city = null;
    Cand region = null;
    for (Cand c : doc.cands) {
      if (c.entity < 0 || c.kind == Cand.Kind.PRONOUN) {
        continue;
      }
      if (c.type.equals(EntityType.CITY) && c.begin() == d.cityBegin()) {
        city = c;
      } else if (PLACES.contains(c.type)
          && d.regionBegin() <= c.begin()
          && c.begin() < d.regionEnd()) {
        region = c;
      }
    }
    if (city != null && region != null) {
      Readings.record(
          doc,
          doc.relations,
          wanted,
          "dateline-city-in-region",
          LOCATED_IN,
          city.entity,
          region.entity,
          0.9,
          Modality.ASSERTED,
          new Found.Span(city.sent.index, d.cityBegin(), Math.max(d.regionEnd(), region.end())),
          Map.of());
    }
  }

  /** "..., said Lackenbauer" in an article about one country. */
  private void quotedPeople(WorkingDocument doc, int main) {
    Map<Sent, List<Cand>> bySentence = doc.resolvedBySentence();
    for (Sent s : doc.sentences) {
      List<Cand> cands = bySentence.getOrDefault(s, List.of());
      for (int i = 0; i < s.size(); i++) {
        if (!SPEECH_VERBS.contains(s.tok(i).lemmaLower()) || !s.tok(i).pos().startsWith("VB")) {
          continue;
        }
        for (int subj : s.children(i, "nsubj")) {
          Cand p = personAt(cands, subj);
          if (p != null && p.kind == Cand.Kind.NAME && !ArticleFocus.isPlaced(doc, p.entity)) {
            int lo = Math.min(p.tb, i);
            int hi = Math.max(p.te, i + 1);
            Readings.record(
                doc,
                doc.relations,
                wanted,
                "nationality-quoted-main-country",
                CITIZEN_OF,
                p.entity,
                main,
                QUOTED,
                Modality.ASSERTED,
                new Found.Span(s.index, s.tok(lo).begin(), s.tok(hi - 1).end()),
                Map.of());
          }
        }
      }
    }
  }

  private static @Nullable Cand personAt(List<Cand> cands, int token) {
    for (Cand c : cands) {
      if (c.covers(token) && c.type.equals(EntityType.PERSON)) {
        return c;
      }
    }
    return null;
  }

  /** "Astrid Lindgren" in an article that names Sweden, and Sweden only, twice or more. */
  private void onlyCountry(WorkingDocument doc, int main) {
    if (!alone(doc, main)) {
      return; // a second country anywhere, and nothing says which one a person belongs to
    }
    Set<Integer> placed = new HashSet<>();
    for (RelationKey k : doc.relations.keySet()) {
      if (k.type().equals(CITIZEN_OF) || k.type().equals(RelationType.LEADER_OF)) {
        placed.add(k.subject());
      }
    }
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cluster = doc.clusters.get(k);
      if (cluster.isEmpty()
          || !cluster.get(0).type.equals(EntityType.PERSON)
          || placed.contains(k)
          || !fullyNamed(cluster)) {
        continue;
      }
      Cand first = cluster.get(0);
      Found.Span span = new Found.Span(first.sent.index, first.begin(), first.end());
      Readings.record(
          doc,
          doc.relations,
          wanted,
          "nationality-only-country",
          CITIZEN_OF,
          k,
          main,
          ONLY_COUNTRY,
          Modality.ASSERTED,
          span,
          Map.of());
    }
  }

  private static boolean alone(WorkingDocument doc, int main) {
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cl = doc.clusters.get(k);
      if (k != main && !cl.isEmpty() && cl.get(0).type.equals(EntityType.COUNTRY)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a person is named with more than one word somewhere: a one-word "person" ("Fyllingen",
   * "Duran") is as often a place or a club the tagger misread, and the guess fails four times in
   * five.
   */
  private static boolean fullyNamed(List<Cand> cluster) {
    for (Cand c : cluster) {
      if (c.kind == Cand.Kind.NAME && c.te - c.tb > 1) {
        return true;
      }
    }
    return false;
  }
}
