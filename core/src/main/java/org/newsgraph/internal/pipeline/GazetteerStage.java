package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.rules.Gazetteer;

/**
 * Finds the phrases of the user's gazetteers (issue 7): whole tokens, longest match first, the
 * first gazetteer given winning a tie. A match replaces the mentions that lie inside it, or that
 * cover exactly its tokens (the user's list is more specific than the tagger); it is dropped where
 * it would cut through an existing mention ("Patriot" in the organisation "Patriot Front"). Runs
 * after the built-in mention and event stages, before coreference.
 */
final class GazetteerStage implements Stage {

  private final ImmutableList<Gazetteer> gazetteers;
  private final int longest;

  GazetteerStage(List<Gazetteer> gazetteers) {
    this.gazetteers = ImmutableList.copyOf(gazetteers);
    int n = 0;
    for (Gazetteer g : gazetteers) {
      n = Math.max(n, g.longestPhrase());
    }
    // the text may hold more white space than the normalized phrase
    this.longest = n * 2 + 8;
  }

  @Override
  public String name() {
    return "gazetteers";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.EVENTS);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.MENTIONS);
  }

  @Override
  public void apply(WorkingDocument doc) {
    for (Sent s : doc.sentences) {
      List<Cand> existing = doc.candsIn(s);
      int n = s.size();
      for (int i = 0; i < n; i++) {
        int begin = s.tok(i).begin();
        Cand found = null;
        for (int j = i + 1; j <= n && s.tok(j - 1).end() - begin <= longest; j++) {
          Cand c = match(doc, s, i, j);
          if (c != null) {
            found = c; // keep extending: the longest match wins
          }
        }
        if (found == null || cutsThrough(existing, found)) {
          continue;
        }
        List<Cand> replaced = new ArrayList<>();
        for (Cand e : existing) {
          if (found.tb <= e.tb && e.te <= found.te) {
            replaced.add(e);
          }
        }
        doc.cands.removeAll(replaced);
        existing.removeAll(replaced);
        doc.cands.add(found);
        existing.add(found);
        i = found.te - 1;
      }
    }
  }

  private @Nullable Cand match(WorkingDocument doc, Sent s, int tb, int te) {
    String surface = doc.text.substring(s.tok(tb).begin(), s.tok(te - 1).end());
    for (Gazetteer g : gazetteers) {
      Optional<Gazetteer.Hit> hit = g.find(surface);
      if (hit.isPresent()) {
        Gazetteer.Entry e = hit.get().entry();
        boolean demonym = hit.get().demonym();
        Cand c = new Cand(s, tb, te, g.type(), demonym ? Cand.Kind.DEMONYM : Cand.Kind.NAME);
        c.canonical = e.canonical();
        if (g.type().equals(EntityType.COUNTRY)) {
          c.code = e.code().orElse(null);
        }
        return c;
      }
    }
    return null;
  }

  /** Whether the match overlaps a mention without containing it. */
  private static boolean cutsThrough(List<Cand> existing, Cand found) {
    for (Cand e : existing) {
      boolean inside = found.tb <= e.tb && e.te <= found.te;
      if (e.overlaps(found.tb, found.te) && !inside) {
        return true;
      }
    }
    return false;
  }
}
