package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.entity.EntityType;

/**
 * One name, one sense per document: once a person is named in full ("Gerhard Schröder"), a later
 * bare surname ("Schröder") is that person even where the tagger missed it or took it for an
 * organisation or a place.
 */
final class NamePropagationStage implements Stage {

  @Override
  public String name() {
    return "name-propagation";
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
    Set<String> surnames = new HashSet<>();
    for (Cand c : doc.cands) {
      if (c.type.equals(EntityType.PERSON) && c.kind == Cand.Kind.NAME && c.te - c.tb >= 2) {
        String last = c.sent.tok(c.te - 1).word();
        if (last.length() > 1 && Character.isUpperCase(last.charAt(0))) {
          surnames.add(last);
        }
      }
    }
    retypePlaces(doc, surnames);
    if (surnames.isEmpty()) {
      return;
    }
    List<Cand> added = new ArrayList<>();
    for (Sent s : doc.sentences) {
      List<Cand> here = doc.candsIn(s);
      for (int i = 0; i < s.size(); i++) {
        if (!surnames.contains(s.tok(i).word()) || !s.tok(i).pos().startsWith("NNP")) {
          continue;
        }
        final int at = i;
        Cand covering = null;
        for (Cand c : here) {
          if (c.covers(at)) {
            covering = c;
            break;
          }
        }
        if (covering == null) {
          added.add(new Cand(s, i, i + 1, EntityType.PERSON, Cand.Kind.NAME));
        } else if (covering.tb == i
            && covering.te == i + 1
            && (covering.type.equals(EntityType.ORGANIZATION)
                || covering.type.equals(EntityType.LOCATION)
                || covering.type.equals(EntityType.CITY))
            && covering.code == null) {
          doc.cands.remove(covering);
          added.add(new Cand(s, i, i + 1, EntityType.PERSON, Cand.Kind.NAME));
        }
      }
    }
    doc.cands.addAll(added);
  }

  /**
   * "developed in Jena", "the court in Karlsruhe": a one-word name the tagger called a person or an
   * organisation, right after "in", is a city when no person of the document bears it as a surname;
   * every other one-word mention of it in the document follows.
   */
  private static void retypePlaces(WorkingDocument doc, Set<String> surnames) {
    Set<String> places = new HashSet<>();
    for (Cand c : doc.cands) {
      if (c.te - c.tb != 1
          || c.kind != Cand.Kind.NAME
          || c.tb == 0
          || !(c.type.equals(EntityType.PERSON) || c.type.equals(EntityType.ORGANIZATION))) {
        continue;
      }
      String word = c.sent.tok(c.tb).word();
      boolean afterIn = c.sent.tok(c.tb - 1).lower().equals("in");
      boolean possessive = c.te < c.sent.size() && c.sent.tok(c.te).isPossessive();
      if (afterIn && !possessive && !surnames.contains(word)) {
        places.add(word);
      }
    }
    if (places.isEmpty()) {
      return;
    }
    List<Cand> retyped = new ArrayList<>();
    doc.cands.removeIf(
        c -> {
          if (c.te - c.tb == 1
              && c.kind == Cand.Kind.NAME
              && (c.type.equals(EntityType.PERSON) || c.type.equals(EntityType.ORGANIZATION))
              && places.contains(c.sent.tok(c.tb).word())) {
            retyped.add(new Cand(c.sent, c.tb, c.te, EntityType.CITY, Cand.Kind.NAME));
            return true;
          }
          return false;
        });
    doc.cands.addAll(retyped);
  }
}
