package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * One analysed sentence: tokens, dependency edges and CoreNLP's named-entity spans. The edges are
 * set once, by {@link ParseStage}, and only for the sentences that a relation can come from; the
 * other sentences have none.
 */
final class Sent {
  final int index;
  final int begin;
  final int end;
  final ImmutableList<Tok> tokens;
  ImmutableList<Dep> deps = ImmutableList.of();
  final ImmutableList<NerSpan> ner;
  private final List<List<Dep>> out = new ArrayList<>();
  private final List<List<Dep>> in = new ArrayList<>();

  Sent(int index, int begin, int end, List<Tok> tokens, List<Dep> deps, List<NerSpan> ner) {
    this.index = index;
    this.begin = begin;
    this.end = end;
    this.tokens = ImmutableList.copyOf(tokens);
    this.ner = ImmutableList.copyOf(ner);
    for (int i = 0; i < tokens.size(); i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    setDeps(deps);
  }

  /** Sets the dependency edges (within one extraction only: a Sent never leaves it). */
  void setDeps(List<Dep> deps) {
    this.deps = ImmutableList.copyOf(deps);
    for (int i = 0; i < tokens.size(); i++) {
      out.get(i).clear();
      in.get(i).clear();
    }
    for (Dep d : deps) {
      if (d.governor() >= 0) {
        out.get(d.governor()).add(d);
      }
      in.get(d.dependent()).add(d);
    }
  }

  int size() {
    return tokens.size();
  }

  Tok tok(int i) {
    return tokens.get(i);
  }

  /** Edges whose governor is token {@code i}. */
  List<Dep> children(int i) {
    return out.get(i);
  }

  /** Edges whose dependent is token {@code i}. */
  List<Dep> parents(int i) {
    return in.get(i);
  }

  /** Dependents of {@code i} through a relation whose name starts with {@code relPrefix}. */
  List<Integer> children(int i, String relPrefix) {
    List<Integer> r = new ArrayList<>();
    for (Dep d : out.get(i)) {
      if (d.relation().startsWith(relPrefix)) {
        r.add(d.dependent());
      }
    }
    return r;
  }

  /** Governors of {@code i} through a relation whose name starts with {@code relPrefix}. */
  List<Integer> parents(int i, String relPrefix) {
    List<Integer> r = new ArrayList<>();
    for (Dep d : in.get(i)) {
      if (d.relation().startsWith(relPrefix) && d.governor() >= 0) {
        r.add(d.governor());
      }
    }
    return r;
  }
}
