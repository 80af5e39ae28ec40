package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** One analysed sentence: tokens, dependency edges and CoreNLP's named-entity spans. */
final class Sent {
  final int index;
  final int begin;
  final int end;
  final ImmutableList<Tok> tokens;
  final ImmutableList<Dep> deps;
  final ImmutableList<NerSpan> ner;
  private final List<List<Dep>> out;
  private final List<List<Dep>> in;

  Sent(int index, int begin, int end, List<Tok> tokens, List<Dep> deps, List<NerSpan> ner) {
    this.index = index;
    this.begin = begin;
    this.end = end;
    this.tokens = ImmutableList.copyOf(tokens);
    this.deps = ImmutableList.copyOf(deps);
    this.ner = ImmutableList.copyOf(ner);
    out = new ArrayList<>();
    in = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
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
