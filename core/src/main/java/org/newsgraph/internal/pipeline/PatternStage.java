package org.newsgraph.internal.pipeline;

import static java.util.Objects.requireNonNull;
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
import org.newsgraph.entity.EventClass;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;
import org.newsgraph.relation.Tenure;
import org.newsgraph.rules.PatternRule;

/**
 * Runs the {@link PatternRule}s, NewsGraph's own and the user's, over each parsed sentence: the
 * sentence's dependencies become a CoreNLP {@link SemanticGraph} whose tokens carry NewsGraph's
 * entity types ({@code ner}) and event classes ({@code cat}), each rule's Semgrex pattern is
 * matched on it, and each match gives the rule's relations between the entities its named nodes are
 * mentions of.
 *
 * <p>Rules of one exclusive group compete for a trigger (the token the {@code trigger} node, else
 * the pattern's first node, matched): only the matches of the highest priority give relations. The
 * compiled patterns are shared between threads; every call builds its own graphs and matchers.
 */
final class PatternStage implements Stage {

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
  private record Hit(
      Compiled rule,
      Map<String, Integer> nodes,
      Map<String, int[]> groups,
      int anchor,
      int[] match) {}

  private final ImmutableList<Compiled> rules;
  private final ImmutableSet<RelationType> wanted;

  PatternStage(List<PatternRule> rules, Set<RelationType> wanted) {
    this.wanted = ImmutableSet.copyOf(wanted);
    ImmutableList.Builder<Compiled> compiled = ImmutableList.builder();
    for (PatternRule r : rules) {
      ImmutableList<PatternRule.Gives> gives =
          r.gives().stream()
              .filter(g -> wanted.contains(g.type()))
              .collect(ImmutableList.toImmutableList());
      if (!gives.isEmpty()) {
        compiled.add(
            r.syntax() == PatternRule.Syntax.TOKENSREGEX
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
      standIns(s, at);
      @Nullable SemanticGraph graph = s.deps.isEmpty() ? null : graph(s, at, repairs(s, at));
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
          hits.add(
              new Hit(
                  c,
                  nodes,
                  Map.of(),
                  trigger != null ? trigger : m.getMatch().index() - 1,
                  new int[0]));
        }
      }
      for (Hit h : winners(hits)) {
        makeEvent(doc, s, at, h);
        give(doc, s, at, cands, h);
      }
    }
  }

  /**
   * The matches of a TokensRegex rule: each named group's tokens, its first token as its node (the
   * {@code trigger} group's first token anchors the match).
   */
  private static void tokenHits(
      Compiled c, TokenSequencePattern pattern, List<CoreLabel> labels, List<Hit> hits) {
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
      hits.add(
          new Hit(
              c,
              nodes,
              groups,
              trigger != null ? trigger : m.start(),
              new int[] {m.start(), m.end()}));
    }
  }

  /** The hits that no hit of a higher priority in the same group beats on the same anchor. */
  private static List<Hit> winners(List<Hit> hits) {
    Map<String, Integer> best = new HashMap<>();
    for (Hit h : hits) {
      h.rule()
          .rule()
          .group()
          .ifPresent(g -> best.merge(g + "@" + h.anchor(), h.rule().rule().priority(), Math::max));
    }
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      PatternRule r = h.rule().rule();
      if (r.group().isEmpty()
          || requireNonNull(best.get(r.group().get() + "@" + h.anchor())) == r.priority()) {
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
    int begin = token;
    while (s.tok(token).pos().startsWith("NN")
        && begin > 0
        && at[begin - 1] == null
        && isPremodifier(s, begin - 1, token)) {
      begin--; // "an interim peace deal": the noun phrase, as a common-noun event's mention is
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
    Cand c = new Cand(s, begin, end, EntityType.EVENT, Cand.Kind.COMMON);
    c.eventClass = rule.eventClass().orElse(null);
    int planned = plannedVerbEvent(doc, s, token);
    if (planned < 0) {
      planned = theEarlierMeeting(doc, s, token, c.eventClass);
    }
    if (planned >= 0) {
      c.entity = planned; // "will meet ... will meet": the one meeting the article looks ahead to
      doc.clusters.get(planned).add(c);
    } else {
      c.entity = doc.clusters.size();
      doc.clusters.add(new ArrayList<>(List.of(c)));
    }
    doc.cands.add(c);
    for (int i = begin; i < end; i++) {
      if (at[i] == null) {
        at[i] = c;
      }
    }
  }

  /**
   * The event an earlier verb of the same lemma made, when both say it is planned ("will meet"): an
   * article looks ahead to one such meeting, while "met" twice may be two. -1 if none.
   */
  private static int plannedVerbEvent(WorkingDocument doc, Sent s, int token) {
    if (ModalityWords.read(s, token) != Modality.PLANNED) {
      return -1;
    }
    String lemma = s.tok(token).lemmaLower();
    for (Cand c : doc.cands) {
      if (c.type.equals(EntityType.EVENT)
          && c.kind == Cand.Kind.COMMON
          && c.entity >= 0
          && c.sent != s
          && c.sent.tok(c.tb).pos().startsWith("VB")
          && c.sent.tok(c.tb).lemmaLower().equals(lemma)
          && ModalityWords.read(c.sent, c.tb) == Modality.PLANNED) {
        return c.entity;
      }
    }
    return -1;
  }

  /**
   * The one meeting an article has told of before with a common noun, where a verb reports a
   * meeting that took place: "Armenia and Azerbaijan held talks in Germany ... the two advisers met
   * on Wednesday" tells of one meeting. -1 where the article told of none, or of several (which one
   * would be a guess), or where the verb plans or denies one.
   */
  private static int theEarlierMeeting(
      WorkingDocument doc, Sent s, int token, @Nullable EventClass cls) {
    if (cls != EventClass.MEETING || ModalityWords.read(s, token) != Modality.ASSERTED) {
      return -1;
    }
    int found = -1;
    for (Cand c : doc.cands) {
      if (c.type.equals(EntityType.EVENT)
          && c.kind == Cand.Kind.COMMON
          && c.entity >= 0
          && c.sent.index < s.index
          && c.eventClass == EventClass.MEETING
          && !c.sent.tok(c.head()).pos().startsWith("VB")) {
        if (found >= 0 && found != c.entity) {
          return -1;
        }
        found = c.entity;
      }
    }
    return found;
  }

  private void give(WorkingDocument doc, Sent s, Cand[] at, List<Cand> cands, Hit h) {
    PatternRule rule = h.rule().rule();
    Modality modality =
        rule.modality()
            .orElseGet(
                () -> {
                  Integer trigger = h.nodes().get(PatternRule.TRIGGER);
                  int verb = trigger != null ? trigger : governingVerb(s, h.anchor());
                  return verb < 0 ? Modality.ASSERTED : ModalityWords.read(s, verb);
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
        stated =
            (g.type().equals(LOCATED_IN) || g.type().equals(ON_DATE))
                && doc.namedAgain(subject.entity);
      } else {
        stated = true;
      }
      Readings.record(
          doc,
          stated ? doc.relations : doc.implied,
          wanted,
          rule.name(),
          g.type(),
          subject.entity,
          object.entity,
          rule.confidence(),
          modality,
          span,
          attributes);
    }
  }

  /**
   * The verb of the clause that reports a rule's first node where the rule names no trigger: "would
   * visit Bonn for talks with Kinkel" plans the talks, and Kinkel's part in them. -1 if none is
   * near.
   */
  private static int governingVerb(Sent s, int token) {
    int cur = token;
    for (int depth = 0; depth < 3; depth++) {
      int next = -1;
      for (Dep d : s.parents(cur)) {
        if (d.governor() >= 0 && !d.relation().startsWith("conj") && !d.relation().equals("ref")) {
          next = d.governor();
          break;
        }
      }
      if (next < 0) {
        return -1;
      }
      if (s.tok(next).pos().startsWith("VB")) {
        return next;
      }
      cur = next;
    }
    return -1;
  }

  /**
   * Whether {@code part} is part of the name of {@code event}, a named event: inside it ("the
   * Battle of Singapore", "the Vietnam War") or a modifier of its head ("the 2016 Tournament"). A
   * name is not a statement: such a place or date is said of the event only when the document names
   * the event again (and is otherwise kept as implied, a premise for inferences); a participant is
   * never read from a name ("Convention of Moss").
   */
  private static boolean partOfName(Sent s, Cand event, Cand part) {
    if (event.kind != Cand.Kind.NAME
        || !event.type.equals(EntityType.EVENT)
        || event.sent != part.sent) {
      return false;
    }
    if (event.tb <= part.tb && part.te <= event.te) {
      return true;
    }
    for (Dep d : s.parents(part.head())) {
      if (event.covers(d.governor())
          && (d.relation().equals("compound") || d.relation().equals("nmod:poss"))) {
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
        if (c.tb == group[0]
            && c.te == group[1]
            && takes.contains(c.type)
            && (allowed == null || allowed.contains(c.type))) {
          return c;
        }
      }
      return null;
    }
    Integer token = h.nodes().get(node);
    Cand c = token == null ? null : at[token];
    return c == null || allowed == null || allowed.contains(c.type) ? c : null;
  }

  /**
   * The title and its tenure: "former President" gives title President, time FORMER (TenureWords).
   */
  private static Map<String, String> attributes(Sent s, PatternRule rule, Hit h) {
    if (rule.title().isEmpty() || !h.nodes().containsKey(rule.title().get())) {
      return Map.of();
    }
    int t = h.nodes().get(rule.title().get());
    StringBuilder title = new StringBuilder();
    Tenure tenure = TenureWords.of(s.tok(t).word()); // "President-elect"
    for (int c : s.children(t, "compound")) {
      if (c < t) {
        title.append(s.tok(c).word()).append(' ');
      }
    }
    String head = s.tok(t).word();
    if (tenure != null && head.indexOf('-') > 0) {
      head =
          head.toLowerCase(Locale.ROOT).startsWith("ex-")
              ? head.substring(head.indexOf('-') + 1)
              : head.substring(0, head.lastIndexOf('-'));
    }
    title.append(head);
    for (Dep d : s.children(t)) {
      if (d.dependent() < t) {
        tenure = TenureWords.stronger(tenure, TenureWords.of(s.tok(d.dependent()).word()));
      }
    }
    String text = title.toString();
    text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("title", text);
    if (tenure != null) {
      attributes.put(TenureWords.ATTRIBUTE, tenure.name());
    }
    return attributes;
  }

  /**
   * Whether token {@code j} modifies the noun phrase up to {@code head}: "interim", "peace" in
   * "interim peace deal".
   */
  private static boolean isPremodifier(Sent s, int j, int head) {
    String pos = s.tok(j).pos();
    if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN") || pos.equals("CD"))) {
      return false;
    }
    for (Dep d : s.parents(j)) {
      if (d.governor() > j
          && d.governor() <= head
          && (d.relation().equals("amod")
              || d.relation().equals("compound")
              || d.relation().equals("nummod"))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns that count what follows them: "a series of negotiations" is the negotiations. */
  private static final Set<String> COUNTING =
      Set.of("series", "round", "string", "spate", "wave", "cycle");

  /**
   * Tokens outside every mention that stand for a mention beside them, so that rules read through
   * them: a role noun in apposition to a name ("the U.S. ambassador, Madeleine Albright, arrived":
   * the ambassador is Albright; "his counterpart Zhirayr Liparityan"), and a noun that counts
   * events ("a series of negotiations", "a new round of talks").
   */
  private static void standIns(Sent s, Cand[] at) {
    for (int i = 0; i < s.size(); i++) {
      Tok t = s.tok(i);
      if (at[i] != null
          || !t.pos().startsWith("NN")
          || !(t.ner().equals("O") || t.ner().equals("TITLE"))) {
        continue;
      }
      for (Dep d : s.children(i)) {
        Cand c = at[d.dependent()];
        if (c == null) {
          continue;
        }
        boolean name =
            c.type.equals(EntityType.PERSON)
                && c.kind == Cand.Kind.NAME
                && (d.relation().equals("appos") || d.relation().equals("dep") && c.tb == i + 1);
        boolean counted =
            c.type.equals(EntityType.EVENT)
                && d.relation().equals("nmod:of")
                && COUNTING.contains(t.lemmaLower());
        if (name || counted) {
          at[i] = c;
          break;
        }
      }
    }
  }

  /**
   * Edges the parser leaves out or misplaces, added to the graph the rules match (the sentence's
   * own dependencies stay as they are):
   *
   * <ul>
   *   <li>a clause of purpose or manner without a subject of its own takes its governor's, as an
   *       open clause does in enhanced++ ({@code nsubj:xsubj}): "she left to attend the summit",
   *       "he broke with them by taking part in the elections";
   *   <li>a date the parser hangs on a subject before its verb belongs to the verb: "Dini on
   *       Saturday met Nyerere";
   *   <li>a place the parser hangs on a time belongs to the time's verb: "will meet at 11 a.m. in
   *       Naqoura";
   *   <li>what a host is host to is the verb's: "Norway served as host to the talks", "played host
   *       to the summit" ({@code obl:to}).
   * </ul>
   */
  static List<Dep> repairs(Sent s, @Nullable Cand[] at) {
    List<Dep> added = new ArrayList<>();
    for (Dep d : s.deps) {
      int v = d.governor();
      int w = d.dependent();
      if (v < 0) {
        continue;
      }
      if (d.relation().startsWith("advcl")
          && s.tok(w).pos().startsWith("VB")
          && !hasSubject(s, w)) {
        for (Dep sub : s.children(v)) {
          if (sub.relation().equals("nsubj") || sub.relation().equals("nsubj:pass")) {
            added.add(new Dep(w, sub.dependent(), "nsubj:xsubj"));
          }
        }
      } else if (d.relation().equals("nsubj") && w < v) {
        for (Dep m : s.children(w)) {
          int date = m.dependent();
          if ((m.relation().equals("nmod:on") || m.relation().equals("nmod:tmod"))
              && w < date
              && date < v
              && isDate(s, at, date)
              && firstVerbAfter(s, date) == v) {
            added.add(new Dep(v, date, m.relation().replace("nmod", "obl")));
          }
        }
      } else if ((d.relation().equals("obl:as") || d.relation().equals("obj"))
          && s.tok(w).lemmaLower().equals("host")) {
        for (Dep m : s.children(w)) {
          String r = m.relation();
          if (r.equals("nmod:to") || r.equals("nmod:for") || r.equals("nmod:of")) {
            added.add(new Dep(v, m.dependent(), "obl:to"));
          }
        }
      } else if (d.relation().startsWith("obl")
          && (s.tok(w).ner().equals("TIME") || isDate(s, at, w))) {
        for (Dep m : s.children(w)) {
          Cand place = at[m.dependent()];
          if (m.relation().equals("nmod:in")
              && place != null
              && (place.type.equals(EntityType.CITY)
                  || place.type.equals(EntityType.COUNTRY)
                  || place.type.equals(EntityType.LOCATION))) {
            added.add(new Dep(v, m.dependent(), "obl:in"));
          }
        }
      }
    }
    return added;
  }

  /** The first verb after a token, or -1: "Buyoya on Saturday dismissed ... and ruled out ...". */
  private static int firstVerbAfter(Sent s, int token) {
    for (int i = token + 1; i < s.size(); i++) {
      if (s.tok(i).pos().startsWith("VB")) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasSubject(Sent s, int verb) {
    for (Dep d : s.children(verb)) {
      if (d.relation().startsWith("nsubj")
          || d.relation().startsWith("csubj")
          || d.relation().equals("expl")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDate(Sent s, @Nullable Cand[] at, int token) {
    Cand c = at[token];
    return c != null ? c.type.equals(EntityType.DATE) : s.tok(token).ner().equals("DATE");
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
  static SemanticGraph graph(Sent s, @Nullable Cand[] at, List<Dep> repairs) {
    SemanticGraph g = new SemanticGraph();
    IndexedWord[] words = new IndexedWord[s.size()];
    for (int i = 0; i < s.size(); i++) {
      words[i] = new IndexedWord(label(s, at, i));
      g.addVertex(words[i]);
    }
    List<Dep> edges = new ArrayList<>(s.deps);
    for (Dep d : repairs) {
      if (!edges.contains(d)) {
        edges.add(d);
      }
    }
    for (Dep d : edges) {
      if (d.governor() < 0) {
        g.addRoot(words[d.dependent()]);
      } else if (d.governor() != d.dependent()) {
        g.addEdge(
            words[d.governor()],
            words[d.dependent()],
            GrammaticalRelation.valueOf(Language.UniversalEnglish, d.relation()),
            1.0,
            false);
      }
    }
    return g;
  }
}
