package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;
import org.newsgraph.rules.RelationRule;

/**
 * Applies the verb and noun {@link RelationRule}s, NewsGraph's own (ATTENDS) and the user's alike.
 *
 * <ul>
 *   <li>A verb's subjects are its {@code nsubj} (or {@code obl:agent} in the passive), else, for a
 *       verb in a clause of its own, the owner or governing subject of the noun the clause modifies
 *       ("X's decision to attend", "X accepted the invitation to attend") or the subject of the
 *       governing verb ("X decided to attend"), or of the clause a participle adds to ("After
 *       serving in the war, X ..."). Its objects come through the rule's object relations (or
 *       {@code nsubj:pass} in the passive; a rule with oblique objects keeps them in the passive,
 *       and its passive subject may be subject or object: "X was killed in the war").
 *   <li>A noun's subjects are its owner ("his participation") or the subject of the verb it is the
 *       object of ("X accepted the invitation"), else the one it is said of by a copula or an
 *       apposition ("X was a veteran of the war"); its objects come through the rule's {@code nmod}
 *       relations, or the verb's matching {@code obl} ("saw service in the war"). A noun with a
 *       clause of its own ("the invitation to attend E") leaves the relation to the clause's verb;
 *       a participle describing it ("the entry, performed by X") does not.
 *   <li>A title heading a name ("President X") counts as the person; a noun that is no entity
 *       counts as its owner ("X's decision"); demonyms are never subjects or objects.
 *   <li>A trigger with no object links to the object the document is about when the rule allows it
 *       ({@link RelationRule#impliedObject()}), at a lower confidence.
 * </ul>
 *
 * <p>Coordination and relative clauses come from the enhanced++ dependencies, which copy {@code
 * nsubj} and {@code obj} edges to every conjunct. Runs after coreference, so pronouns count as
 * their person.
 */
final class RuleStage implements Stage {

  /**
   * An implied object is less sure than a stated one: the reading keeps this share of the rule's
   * confidence.
   */
  private static final double IMPLIED_SHARE = 0.7;

  private final ImmutableList<RelationRule> rules;
  private final ImmutableSet<RelationType> wanted;
  private final Map<String, List<RelationRule>> verbs = new HashMap<>();
  private final Map<String, List<RelationRule>> nouns = new HashMap<>();

  RuleStage(List<RelationRule> rules, Set<RelationType> wanted) {
    this.rules = ImmutableList.copyOf(rules);
    this.wanted = ImmutableSet.copyOf(wanted);
    for (RelationRule r : this.rules) {
      if (r.trigger() == RelationRule.Trigger.TITLE || !wanted.contains(r.type())) {
        continue;
      }
      Map<String, List<RelationRule>> index =
          r.trigger() == RelationRule.Trigger.VERB ? verbs : nouns;
      for (String w : r.words()) {
        String lemma = w.contains(" ") ? w.substring(0, w.indexOf(' ')) : w;
        index.computeIfAbsent(lemma, k -> new ArrayList<>()).add(r);
      }
    }
  }

  /** Whether any verb or noun rule gives a wanted relation type. */
  boolean isEmpty() {
    return verbs.isEmpty() && nouns.isEmpty();
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.ENTITIES, Layer.DEPENDENCIES);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.RELATIONS);
  }

  /** A trigger without an object, to link once the document's stated objects are known. */
  private record Implied(
      RelationRule rule, Sent sentence, int trigger, Cand subject, Modality modality) {}

  @Override
  public void apply(WorkingDocument doc) {
    Map<Sent, List<Cand>> bySentence = doc.resolvedBySentence();
    List<Implied> implied = new ArrayList<>();
    Map<RelationType, Map<Integer, Integer>> linked = new HashMap<>();
    for (Sent s : doc.sentences) {
      List<Cand> cands = bySentence.get(s);
      if (cands == null || cands.isEmpty()) {
        continue;
      }
      for (int t = 0; t < s.size(); t++) {
        Tok tok = s.tok(t);
        boolean verb = tok.pos().startsWith("VB");
        boolean noun = tok.pos().startsWith("NN");
        List<RelationRule> rs =
            verb ? verbs.get(tok.lemmaLower()) : noun ? nouns.get(tok.lemmaLower()) : null;
        if (rs == null
            || noun && s.children(t, "acl").stream().anyMatch(c -> !s.tok(c).pos().equals("VBN"))) {
          continue;
        }
        Modality modality = ModalityWords.read(s, t);
        boolean passive = verb && !s.children(t, "nsubj:pass").isEmpty();
        for (RelationRule r : rs) {
          if (!fixedWordPresent(s, t, r)) {
            continue;
          }
          List<Cand> subjects = subjects(s, cands, t, noun, passive, r);
          if (subjects.isEmpty()) {
            continue;
          }
          List<Cand> objects = objects(s, cands, t, passive, r);
          if (objects.isEmpty() && noun) {
            objects = lightVerbObjects(s, cands, t, r);
          }
          for (Cand sub : subjects) {
            for (Cand obj : objects) {
              if (add(
                  doc, r, r.confidence(), sub.entity, obj.entity, modality, span(s, t, sub, obj))) {
                linked
                    .computeIfAbsent(r.type(), k -> new HashMap<>())
                    .merge(obj.entity, 1, Integer::sum);
              }
            }
            if (objects.isEmpty() && r.impliedObject() && !hasObjectDependent(s, t, r, passive)) {
              implied.add(new Implied(r, s, t, sub, modality));
            }
          }
        }
      }
    }
    for (Implied i : implied) {
      int object = salient(doc, i.rule(), linked.getOrDefault(i.rule().type(), Map.of()));
      if (object >= 0) {
        Found.Span span = span(i.sentence(), i.trigger(), i.subject(), null);
        add(
            doc,
            i.rule(),
            i.rule().confidence() * IMPLIED_SHARE,
            i.subject().entity,
            object,
            i.modality(),
            span);
      }
    }
  }

  /** "take part": the word after the lemma must hang on the verb (its object or particle). */
  private static boolean fixedWordPresent(Sent s, int trigger, RelationRule r) {
    String lemma = s.tok(trigger).lemmaLower();
    boolean plain = false;
    for (String w : r.words()) {
      if (w.equals(lemma)) {
        plain = true;
      } else if (w.startsWith(lemma + " ")) {
        String fixed = w.substring(lemma.length() + 1);
        for (Dep d : s.children(trigger)) {
          if (s.tok(d.dependent()).lower().equals(fixed)
              && (d.base().equals("obj") || d.base().equals("compound"))) {
            return true;
          }
        }
      }
    }
    return plain;
  }

  /**
   * Whether the trigger has a dependent through one of the rule's object relations (the passive
   * subject in the passive: "the unveiling was attended by X"), entity or not.
   */
  private static boolean hasObjectDependent(Sent s, int trigger, RelationRule r, boolean passive) {
    boolean stated = !passive || obliqueObjects(r);
    for (Dep d : s.children(trigger)) {
      if (passive && d.relation().equals("nsubj:pass")
          || stated && r.objectRelations().contains(d.relation())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the rule's objects all come through obliques ("fought in the war"): then a passive
   * keeps them, and its passive subject may be the subject ("X was killed in the war") as well as
   * the object ("the battle was commanded by X"); the rule's types tell which.
   */
  private static boolean obliqueObjects(RelationRule r) {
    return !r.objectRelations().isEmpty()
        && r.objectRelations().stream().allMatch(x -> x.startsWith("obl:"));
  }

  private static List<Cand> subjects(
      Sent s, List<Cand> cands, int trigger, boolean noun, boolean passive, RelationRule r) {
    Set<EntityType> types = r.subjectTypes();
    List<Integer> tokens = new ArrayList<>();
    if (noun) {
      tokens.addAll(possessorOrGoverningSubject(s, trigger));
      for (int participle : s.children(trigger, "acl")) {
        if (tokens.isEmpty() && s.tok(participle).pos().equals("VBN")) {
          // "the Austrian entry in the contest, performed by Wilfried": the participle's agent
          tokens.addAll(s.children(participle, "obl:agent"));
          tokens.addAll(s.children(participle, "obl:by"));
        }
      }
      if (tokens.isEmpty()) {
        // "X was a veteran of the war", "X, a veteran of the war,", "X was a priest and a leader of
        // it"
        int head = trigger;
        for (int gov : s.parents(trigger, "conj")) {
          head = gov;
        }
        tokens.addAll(s.children(head, "nsubj"));
        tokens.addAll(s.parents(head, "appos"));
        for (int gov : s.parents(head, "xcomp")) {
          tokens.addAll(s.children(gov, "nsubj")); // "X became champion at the 2013 Championships"
        }
      }
    } else if (passive) {
      tokens.addAll(s.children(trigger, "obl:agent"));
      tokens.addAll(s.children(trigger, "obl:by"));
      if (obliqueObjects(r)) {
        tokens.addAll(s.children(trigger, "nsubj:pass"));
      }
    } else {
      tokens.addAll(s.children(trigger, "nsubj"));
      tokens.removeIf(t -> s.tok(t).lower().equals("who") || s.tok(t).lower().equals("which"));
      if (tokens.isEmpty()) {
        for (int gov : s.parents(trigger, "acl")) {
          tokens.addAll(possessorOrGoverningSubject(s, gov));
        }
        for (int gov : s.parents(trigger, "xcomp")) {
          tokens.addAll(s.children(gov, "nsubj"));
        }
        String pos = s.tok(trigger).pos();
        if (pos.equals("VBG") || pos.equals("VBN")) {
          // "After serving in World War II, Steiner took a job": the main clause's subject
          for (int gov : s.parents(trigger, "advcl")) {
            tokens.addAll(s.children(gov, "nsubj"));
          }
          for (int gov : s.parents(trigger, "obl")) {
            tokens.addAll(s.children(gov, "nsubj"));
          }
          // "Blair returned in 1988, competing at the Winter Olympics": a participle the parser
          // hangs on the main verb without naming the relation
          for (int gov : s.parents(trigger, "dep")) {
            if (s.tok(gov).pos().startsWith("VB")) {
              tokens.addAll(s.children(gov, "nsubj"));
            }
          }
        }
      }
    }
    List<Integer> agents = new ArrayList<>();
    for (int tok : tokens) {
      // "X's decision to attend": the parser may make the noun the subject; its owner acts
      if (mention(cands, tok, types) == null
          && titledPerson(s, cands, tok) == null
          && s.tok(tok).pos().startsWith("NN")) {
        agents.addAll(s.children(tok, "nmod:poss"));
      } else {
        agents.add(tok);
      }
    }
    Map<Integer, Cand> result = new LinkedHashMap<>();
    for (int tok : agents) {
      Cand c = mention(cands, tok, types);
      if (c == null && types.contains(EntityType.PERSON)) {
        c = titledPerson(s, cands, tok);
      }
      if (c != null && c.entity >= 0) {
        result.putIfAbsent(c.entity, c);
      }
    }
    return new ArrayList<>(result.values());
  }

  private static List<Cand> objects(
      Sent s, List<Cand> cands, int trigger, boolean passive, RelationRule r) {
    Map<Integer, Cand> result = new LinkedHashMap<>();
    // "the battle, which was commanded by X": the passive subject; an oblique rule also keeps its
    // obliques, and the types tell which of the two a mention is
    boolean stated = !passive || obliqueObjects(r);
    for (Dep d : s.children(trigger)) {
      boolean isObject =
          passive && d.relation().equals("nsubj:pass")
              || stated && r.objectRelations().contains(d.relation())
              || predicateNominal(r, d); // "X was a statesman during the Cold War"
      if (!isObject) {
        continue;
      }
      Cand c = phraseMention(s, cands, d.dependent(), r.objectTypes());
      if (c != null && c.entity >= 0) {
        result.putIfAbsent(c.entity, c);
      }
    }
    return new ArrayList<>(result.values());
  }

  /**
   * A noun said of its subject by a copula takes its phrases as {@code obl}, where a rule says
   * {@code nmod}.
   */
  private static boolean predicateNominal(RelationRule r, Dep d) {
    return r.trigger() == RelationRule.Trigger.NOUN && oblAsNmod(r, d);
  }

  /** Whether {@code d} is an {@code obl:X} the rule lists as {@code nmod:X}. */
  private static boolean oblAsNmod(RelationRule r, Dep d) {
    return d.relation().startsWith("obl:")
        && r.objectRelations().contains("nmod:" + d.relation().substring(4));
  }

  /**
   * "He saw service in the war", "gave a speech at the summit": the parser hangs the noun's phrase
   * on the verb whose object the noun is, so a rule's {@code nmod:in} is read as the verb's {@code
   * obl:in}.
   */
  private static List<Cand> lightVerbObjects(Sent s, List<Cand> cands, int noun, RelationRule r) {
    Map<Integer, Cand> result = new LinkedHashMap<>();
    for (int verb : s.parents(noun, "obj")) {
      for (Dep d : s.children(verb)) {
        if (oblAsNmod(r, d)) {
          Cand c = phraseMention(s, cands, d.dependent(), r.objectTypes());
          if (c != null && c.entity >= 0) {
            result.putIfAbsent(c.entity, c);
          }
        }
      }
    }
    return new ArrayList<>(result.values());
  }

  /**
   * The mention at a token, else one its phrase holds ("the Olympics opening ceremony", "the summit
   * of the G20"), else the person a title heads.
   */
  private static @Nullable Cand phraseMention(
      Sent s, List<Cand> cands, int token, Set<EntityType> types) {
    Cand direct = mention(cands, token, types);
    if (direct != null) {
      return direct;
    }
    for (Dep d : s.children(token)) {
      String base = d.base();
      if (base.equals("compound") || base.equals("amod") || base.equals("nmod")) {
        Cand c = mention(cands, d.dependent(), types);
        if (c != null) {
          return c;
        }
      }
    }
    return types.contains(EntityType.PERSON) ? titledPerson(s, cands, token) : null;
  }

  /** The longest mention of one of the types that covers the token; demonyms do not count. */
  private static @Nullable Cand mention(List<Cand> cands, int token, Set<EntityType> types) {
    Cand best = null;
    for (Cand c : cands) {
      if (c.covers(token)
          && c.kind != Cand.Kind.DEMONYM
          && types.contains(c.type)
          && (best == null || c.te - c.tb > best.te - best.tb)) {
        best = c;
      }
    }
    return best;
  }

  /**
   * "Tajikistan's President Emomali Rahmon": the parser may head the phrase with the title; the
   * person is its name dependent, or the name right after it.
   */
  private static @Nullable Cand titledPerson(Sent s, List<Cand> cands, int tok) {
    Set<EntityType> person = Set.of(EntityType.PERSON);
    for (Dep d : s.children(tok)) {
      if (d.base().equals("compound") || d.base().equals("appos") || d.base().equals("flat")) {
        Cand c = mention(cands, d.dependent(), person);
        if (c != null && c.tb > tok) {
          return c;
        }
      }
    }
    if (s.tok(tok).ner().equals("TITLE") && tok + 1 < s.size()) {
      for (Cand c : cands) {
        if (c.tb == tok + 1 && c.type.equals(EntityType.PERSON) && c.kind == Cand.Kind.NAME) {
          return c;
        }
      }
    }
    return null;
  }

  private static List<Integer> possessorOrGoverningSubject(Sent s, int noun) {
    List<Integer> owners = s.children(noun, "nmod:poss");
    // "their attendance": a possessive pronoun points back to the governing verb's subject
    owners.removeIf(
        o ->
            s.tok(o).pos().equals("PRP$")
                && !s.tok(o).lower().equals("his")
                && !s.tok(o).lower().equals("her"));
    if (!owners.isEmpty()) {
      return owners;
    }
    List<Integer> r = new ArrayList<>();
    for (int verb : s.parents(noun, "obj")) {
      r.addAll(s.children(verb, "nsubj"));
      if (r.isEmpty()) {
        for (int gov : s.parents(verb, "xcomp")) {
          r.addAll(s.children(gov, "nsubj"));
        }
      }
    }
    return r;
  }

  /**
   * The object the document is about: the one this relation type links most often through a stated
   * object, else, for an event, the gathering mentioned most.
   */
  private static int salient(WorkingDocument doc, RelationRule rule, Map<Integer, Integer> linked) {
    int best = -1;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : linked.entrySet()) {
      EntityType t = doc.clusters.get(e.getKey()).get(0).type;
      if (rule.objectTypes().contains(t) && e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    if (best >= 0 || !rule.objectTypes().contains(EntityType.EVENT)) {
      return best;
    }
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cl = doc.clusters.get(k);
      Cand first = cl.get(0);
      if (first.type.equals(EntityType.EVENT)
          && Lexicon.isGathering(first.eventClass)
          && cl.size() > bestCount) {
        best = k;
        bestCount = cl.size();
      }
    }
    return best;
  }

  private boolean add(
      WorkingDocument doc,
      RelationRule r,
      double confidence,
      int subject,
      int object,
      Modality m,
      Found.Span span) {
    if (subject == object || subject < 0 || object < 0) {
      return false;
    }
    Cand subHead = doc.clusters.get(subject).get(0);
    Cand objHead = doc.clusters.get(object).get(0);
    if (!r.subjectTypes().contains(subHead.type) || !r.objectTypes().contains(objHead.type)) {
      return false;
    }
    return Readings.record(
        doc,
        doc.relations,
        wanted,
        r.name(),
        r.type(),
        subject,
        object,
        confidence,
        m,
        span,
        Map.of());
  }

  private static Found.Span span(Sent s, int trigger, Cand a, @Nullable Cand b) {
    int lo = Math.min(trigger, a.tb);
    int hi = Math.max(trigger + 1, a.te);
    if (b != null && b.sent == s) {
      lo = Math.min(lo, b.tb);
      hi = Math.max(hi, b.te);
    }
    return new Found.Span(s.index, s.tok(lo).begin(), s.tok(hi - 1).end());
  }
}
