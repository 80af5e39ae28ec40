package org.newsgraph.internal.pipeline;

import static org.newsgraph.relation.RelationType.LOCATED_IN;
import static org.newsgraph.relation.RelationType.ON_DATE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;
import org.newsgraph.rules.PatternRule;

/**
 * Runs the {@link PatternRule}s, NewsGraph's own and the user's, over each parsed sentence: the
 * sentence's dependencies become a CoreNLP {@link SemanticGraph} whose tokens carry NewsGraph's
 * entity types ({@code ner}) and event classes ({@code cat}), each rule's Semgrex pattern is
 * matched on it, and each match gives the rule's relations between the entities its named nodes
 * are mentions of.
 *
 * <p>Rules of one exclusive group compete for a trigger (the token the {@code trigger} node, else
 * the pattern's first node, matched): only the matches of the highest priority give relations.
 * The compiled patterns are shared between threads; every call builds its own graphs and matchers.
 */
final class PatternStage implements Stage {

  /** Words before a title that say the role is held no more, or not yet. */
  private static final Set<String> PAST = Set.of("former", "ex", "late", "then", "ousted", "deposed", "outgoing");
  private static final Set<String> FUTURE = Set.of("elect", "incoming", "future", "designate");

  /** A rule with its compiled pattern: Semgrex or TokensRegex, the other one null. */
  private record Compiled(
      PatternRule rule,
      @Nullable SemgrexPattern pattern,
      @Nullable TokenSequencePattern tokens,
      ImmutableList<PatternRule.Gives> gives) {}

  /**
   * One match of one rule: its nodes' token indices by name; for a TokensRegex rule, also its
   * groups' token ranges {@code [begin, end)} and the whole match's.
   */
  private record Hit(Compiled rule, Map<String, Integer> nodes, Map<String, int[]> groups, int anchor, int[] match) {}

  private final ImmutableList<Compiled> rules;
  private final ImmutableSet<RelationType> wanted;

  PatternStage(List<PatternRule> rules, Set<RelationType> wanted) {
    this.wanted = ImmutableSet.copyOf(wanted);
    ImmutableList.Builder<Compiled> compiled = ImmutableList.builder();
    for (PatternRule r : rules) {
      ImmutableList<PatternRule.Gives> gives =
          r.gives().stream().filter(g -> wanted.contains(g.type())).collect(ImmutableList.toImmutableList());
      if (!gives.isEmpty()) {
        compiled.add(r.syntax() == PatternRule.Syntax.TOKENSREGEX
            ? new Compiled(r, null, PatternSyntax.compileTokens(r.pattern()), gives)
            : new Compiled(r, PatternSyntax.compile(r.pattern()), null, gives));
      }
    }
    this.rules = compiled.build();
  }

  /** Whether no rule gives a wanted relation type. */
  boolean isEmpty() {
    return rules.isEmpty();
  }

  @Override
  public String name() {
    return "patterns";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.ENTITIES, Layer.DEPENDENCIES);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.RELATIONS);
  }

  @Override
  public void apply(WorkingDocument doc) {
    Map<Sent, List<Cand>> bySentence = doc.resolvedBySentence();
    for (Sent s : doc.sentences) {
      List<Cand> cands = bySentence.get(s);
      if (cands == null || cands.isEmpty()) {
        continue;
      }
      Cand[] at = mentionAt(s, cands);
      @Nullable SemanticGraph graph = s.deps.isEmpty() ? null : graph(s, at);
      @Nullable List<CoreLabel> labels = null;
      List<Hit> hits = new ArrayList<>();
      for (Compiled c : rules) {
        if (c.tokens() != null) {
          labels = labels != null ? labels : labels(s, outermost(s, cands));
          tokenHits(c, c.tokens(), labels, hits);
          continue;
        }
        if (graph == null || c.pattern() == null) {
          continue;
        }
        SemgrexMatcher m = c.pattern().matcher(graph);
        while (m.find()) {
          Map<String, Integer> nodes = new HashMap<>();
          for (String name : m.getNodeNames()) {
            IndexedWord w = m.getNode(name);
            if (w != null) {
              nodes.put(name, w.index() - 1);
            }
          }
          Integer trigger = nodes.get(PatternRule.TRIGGER);
          hits.add(new Hit(c, nodes, Map.of(), trigger != null ? trigger : m.getMatch().index() - 1, new int[0]));
        }
      }
      for (Hit h : winners(hits)) {
        makeEvent(doc, s, at, h);
        give(doc, s, at, cands, h);
      }
    }
  }

  /**
   * The matches of a TokensRegex rule: each named group's tokens, its first token as its node
   * (the {@code trigger} group's first token anchors the match).
   */
  private static void tokenHits(Compiled c, TokenSequencePattern pattern, List<CoreLabel> labels, List<Hit> hits) {
    TokenSequenceMatcher m = pattern.getMatcher(labels);
    while (m.find()) {
      Map<String, Integer> nodes = new HashMap<>();
      Map<String, int[]> groups = new HashMap<>();
      for (String name : PatternSyntax.groupNames(c.rule().pattern())) {
        int b = m.start("$" + name);
        int e = m.end("$" + name);
        if (b >= 0 && e > b) {
          nodes.put(name, b);
          groups.put(name, new int[] {b, e});
        }
      }
      Integer trigger = nodes.get(PatternRule.TRIGGER);
      hits.add(new Hit(c, nodes, groups, trigger != null ? trigger : m.start(), new int[] {m.start(), m.end()}));
    }
  }

  /** The hits that no hit of a higher priority in the same group beats on the same anchor. */
  private static List<Hit> winners(List<Hit> hits) {
    Map<String, Integer> best = new HashMap<>();
    for (Hit h : hits) {
      h.rule().rule().group().ifPresent(g -> best.merge(g + "@" + h.anchor(), h.rule().rule().priority(), Math::max));
    }
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      PatternRule r = h.rule().rule();
      if (r.group().isEmpty() || best.get(r.group().get() + "@" + h.anchor()) == r.priority()) {
        kept.add(h);
      }
    }
    return kept;
  }

  /** The rule's event node as an event of its own ("met"), where no mention is there yet. */
  private static void makeEvent(WorkingDocument doc, Sent s, Cand[] at, Hit h) {
    PatternRule rule = h.rule().rule();
    Integer token = rule.event().map(h.nodes()::get).orElse(null);
    if (token == null || at[token] != null) {
      return;
    }
    int end = token + 1;
    for (String n : rule.eventExtent()) {
      Integer t = h.nodes().get(n);
      Cand m = t == null ? null : at[t];
      int last = m != null ? m.te : t == null ? -1 : t + 1;
      if (last > end && last - end <= 3) {
        end = last; // "visit Israel": close words after the verb that tell this event from others
      }
    }
    Cand c = new Cand(s, token, end, EntityType.EVENT, Cand.Kind.COMMON);
    c.eventClass = rule.eventClass().orElse(null);
    int planned = plannedVerbEvent(doc, s, token);
    if (planned >= 0) {
      c.entity = planned; // "will meet ... will meet": the one meeting the article looks ahead to
      doc.clusters.get(planned).add(c);
    } else {
      c.entity = doc.clusters.size();
      doc.clusters.add(new ArrayList<>(List.of(c)));
    }
    doc.cands.add(c);
    for (int i = token; i < end; i++) {
      if (at[i] == null) {
        at[i] = c;
      }
    }
  }

  /**
   * The event an earlier verb of the same lemma made, when both say it is planned ("will meet"):
   * an article looks ahead to one such meeting, while "met" twice may be two. -1 if none.
   */
  private static int plannedVerbEvent(WorkingDocument doc, Sent s, int token) {
    if (ModalityWords.read(s, token) != Modality.PLANNED) {
      return -1;
    }
    String lemma = s.tok(token).lemmaLower();
    for (Cand c : doc.cands) {
      if (c.type.equals(EntityType.EVENT) && c.kind == Cand.Kind.COMMON && c.entity >= 0 && c.sent != s
          && c.sent.tok(c.tb).pos().startsWith("VB") && c.sent.tok(c.tb).lemmaLower().equals(lemma)
          && ModalityWords.read(c.sent, c.tb) == Modality.PLANNED) {
        return c.entity;
      }
    }
    return -1;
  }

  private void give(WorkingDocument doc, Sent s, Cand[] at, List<Cand> cands, Hit h) {
    PatternRule rule = h.rule().rule();
    Modality modality = rule.modality().orElseGet(() -> {
      Integer trigger = h.nodes().get(PatternRule.TRIGGER);
      return trigger == null ? Modality.ASSERTED : ModalityWords.read(s, trigger);
    });
    Map<String, String> attributes = attributes(s, rule, h);
    for (PatternRule.Gives g : h.rule().gives()) {
      Cand subject = argument(at, cands, h, g.subject(), g.type().subjectTypes(), rule);
      Cand object = argument(at, cands, h, g.object(), g.type().objectTypes(), rule);
      if (subject == null || object == null) {
        continue;
      }
      int lo = Math.min(subject.tb, object.tb);
      int hi = Math.max(subject.te, object.te);
      Integer trigger = h.nodes().get(PatternRule.TRIGGER);
      if (trigger != null) {
        lo = Math.min(lo, trigger);
        hi = Math.max(hi, trigger + 1);
      }
      if (h.match().length == 2) {
        lo = Math.min(lo, h.match()[0]); // a token sequence is evidence as a whole
        hi = Math.max(hi, h.match()[1]);
      }
      Found.Span span = new Found.Span(s.index, s.tok(lo).begin(), s.tok(hi - 1).end());
      boolean stated;
      if (partOfName(s, object, subject)) {
        stated = false; // "the Battle of Singapore": no participant
      } else if (partOfName(s, subject, object)) {
        stated = (g.type().equals(LOCATED_IN) || g.type().equals(ON_DATE)) && doc.namedAgain(subject.entity);
      } else {
        stated = true;
      }
      Readings.record(doc, stated ? doc.relations : doc.implied, wanted, rule.name(), g.type(),
          subject.entity, object.entity, rule.confidence(), modality, span, attributes);
    }
  }

  /**
   * Whether {@code part} is part of the name of {@code event}, a named event: inside it ("the Battle of
   * Singapore", "the Vietnam War") or a modifier of its head ("the 2016 Tournament"). A name is
   * not a statement: such a place or date is said of the event only when the document names the
   * event again (and is otherwise kept as implied, a premise for inferences); a participant is never
   * read from a name ("Convention of Moss").
   */
  private static boolean partOfName(Sent s, Cand event, Cand part) {
    if (event.kind != Cand.Kind.NAME || !event.type.equals(EntityType.EVENT) || event.sent != part.sent) {
      return false;
    }
    if (event.tb <= part.tb && part.te <= event.te) {
      return true;
    }
    for (Dep d : s.parents(part.head())) {
      if (event.covers(d.governor()) && (d.relation().equals("compound") || d.relation().equals("nmod:poss"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mention a node matched, if it is one of an entity of a type the rule allows there: for a
   * TokensRegex group, the mention whose tokens the group spans exactly, of a type the relation
   * takes.
   */
  private static @Nullable Cand argument(
      Cand[] at, List<Cand> cands, Hit h, String node, Set<EntityType> takes, PatternRule rule) {
    Set<EntityType> allowed = rule.argumentTypes().get(node);
    int[] group = h.groups().get(node);
    if (group != null) {
      for (Cand c : cands) {
        if (c.tb == group[0] && c.te == group[1] && takes.contains(c.type) && (allowed == null || allowed.contains(c.type))) {
          return c;
        }
      }
      return null;
    }
    Integer token = h.nodes().get(node);
    Cand c = token == null ? null : at[token];
    return c == null || allowed == null || allowed.contains(c.type) ? c : null;
  }

  /** The title and its time: "former President" gives title President, time FORMER. */
  private static Map<String, String> attributes(Sent s, PatternRule rule, Hit h) {
    if (rule.title().isEmpty() || !h.nodes().containsKey(rule.title().get())) {
      return Map.of();
    }
    int t = h.nodes().get(rule.title().get());
    StringBuilder title = new StringBuilder();
    String time = null;
    for (int c : s.children(t, "compound")) {
      if (c < t) {
        title.append(s.tok(c).word()).append(' ');
      }
    }
    title.append(s.tok(t).word());
    for (Dep d : s.children(t)) {
      String w = s.tok(d.dependent()).lower();
      if (d.dependent() < t && PAST.contains(w)) {
        time = "FORMER";
      } else if (FUTURE.contains(w) || s.tok(t).lower().endsWith("-elect")) {
        time = "FUTURE";
      }
    }
    String text = title.toString();
    text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("title", text);
    if (time != null) {
      attributes.put("time", time);
    }
    return attributes;
  }

  /**
   * The resolved mention each token is in, the longest where mentions nest: a token sequence reads
   * a name whole ("the Battle of Britain" is an event, though "Britain" in it is a country).
   */
  private static Cand[] outermost(Sent s, List<Cand> cands) {
    Cand[] at = new Cand[s.size()];
    for (Cand c : cands) {
      for (int i = c.tb; i < c.te && i < at.length; i++) {
        if (at[i] == null || c.te - c.tb > at[i].te - at[i].tb) {
          at[i] = c;
        }
      }
    }
    return at;
  }

  /** The resolved mention each token is in: the shortest, where mentions nest. */
  private static Cand[] mentionAt(Sent s, List<Cand> cands) {
    Cand[] at = new Cand[s.size()];
    for (Cand c : cands) {
      for (int i = c.tb; i < c.te && i < at.length; i++) {
        if (at[i] == null || c.te - c.tb < at[i].te - at[i].tb) {
          at[i] = c;
        }
      }
    }
    return at;
  }

  /**
   * The sentence's tokens as CoreNLP's, with the types, event classes and kinds of the mentions
   * {@code at} them.
   */
  private static List<CoreLabel> labels(Sent s, @Nullable Cand[] at) {
    List<CoreLabel> labels = new ArrayList<>(s.size());
    for (int i = 0; i < s.size(); i++) {
      CoreLabel l = label(s, at, i);
      Cand c = at[i];
      l.set(PatternSyntax.KindAnnotation.class, c != null ? c.kind.name() : "O");
      labels.add(l);
    }
    return labels;
  }

  private static CoreLabel label(Sent s, @Nullable Cand[] at, int i) {
    Tok t = s.tok(i);
    CoreLabel l = new CoreLabel();
    l.setWord(t.word());
    l.setValue(t.word());
    l.setOriginalText(t.word());
    l.setLemma(t.lemma());
    l.setTag(t.pos());
    Cand c = at[i];
    l.setNER(c != null ? c.type.name() : t.ner());
    if (c != null && c.eventClass != null) {
      l.set(CoreAnnotations.CategoryAnnotation.class, c.eventClass.name());
    }
    l.setIndex(i + 1);
    l.setSentIndex(s.index);
    l.setBeginPosition(t.begin());
    l.setEndPosition(t.end());
    return l;
  }

  /** The sentence as CoreNLP's dependency graph, with NewsGraph's types on its tokens. */
  static SemanticGraph graph(Sent s, @Nullable Cand[] at) {
    SemanticGraph g = new SemanticGraph();
    IndexedWord[] words = new IndexedWord[s.size()];
    for (int i = 0; i < s.size(); i++) {
      words[i] = new IndexedWord(label(s, at, i));
      g.addVertex(words[i]);
    }
    for (Dep d : s.deps) {
      if (d.governor() < 0) {
        g.addRoot(words[d.dependent()]);
      } else if (d.governor() != d.dependent()) {
        g.addEdge(words[d.governor()], words[d.dependent()],
            GrammaticalRelation.valueOf(Language.UniversalEnglish, d.relation()), 1.0, false);
      }
    }
    return g;
  }
}
