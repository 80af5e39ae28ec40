package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * The dateline's city is a city: "KHASAVYURT, Russia 1996-08-31", "NABLUS, West Bank", "GENEVA,
 * March 3 (Reuters) -". The tagger often misses a name in capitals or calls it a location; the
 * dateline says it is the city the story was filed from, and every other mention of that name in
 * the document that the tagger called a location or an organisation follows ("Tripoli" is the city
 * of the "TRIPOLI" dateline, also where it stands for the government). A dateline place that is a
 * country ("SINGAPORE", "KUWAIT") stays a country. The city's LOCATED_IN the country after it is
 * read by {@link RelationStage}.
 */
final class DatelineStage implements Stage {

  @Override
  public String name() {
    return "dateline";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.MENTIONS);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.MENTIONS);
  }

  @Override
  public void apply(WorkingDocument doc) {
    Dateline d = doc.dateline;
    if (d == null) {
      return;
    }
    Sent s = sentenceAt(doc, d.cityBegin());
    if (s == null) {
      return;
    }
    int tb = -1;
    int te = -1;
    for (int i = 0; i < s.size(); i++) {
      Tok t = s.tok(i);
      if (t.begin() < d.cityEnd() && d.cityBegin() < t.end()) {
        tb = tb < 0 ? i : tb;
        te = i + 1;
      }
    }
    if (tb < 0 || s.tok(tb).begin() != d.cityBegin() || s.tok(te - 1).end() != d.cityEnd()) {
      return; // the tokenizer cut the place differently: leave it to the tagger
    }
    List<Cand> here = doc.candsIn(s);
    for (Cand c : here) {
      if (c.overlaps(tb, te)
          && (c.type.equals(EntityType.COUNTRY) || c.type.equals(EntityType.CITY))) {
        return; // a country ("SINGAPORE"), or a city already
      }
    }
    final int b = tb;
    final int e = te;
    doc.cands.removeIf(c -> c.sent == s && c.overlaps(b, e));
    doc.cands.add(new Cand(s, tb, te, EntityType.CITY, Cand.Kind.NAME));
    String name = key(doc.text.substring(d.cityBegin(), d.cityEnd()));
    List<Cand> retyped = new ArrayList<>();
    doc.cands.removeIf(
        c -> {
          if (c.kind == Cand.Kind.NAME
              && (c.type.equals(EntityType.LOCATION) || c.type.equals(EntityType.ORGANIZATION))
              && key(c.text(doc.text)).equals(name)) {
            retyped.add(new Cand(c.sent, c.tb, c.te, EntityType.CITY, Cand.Kind.NAME));
            return true;
          }
          return false;
        });
    doc.cands.addAll(retyped);
  }

  private static @Nullable Sent sentenceAt(WorkingDocument doc, int offset) {
    for (Sent s : doc.sentences) {
      if (s.begin <= offset && offset < s.end) {
        return s;
      }
    }
    return null;
  }

  private static String key(String name) {
    return Lexicon.normalize(name).toLowerCase(Locale.ROOT);
  }
}
