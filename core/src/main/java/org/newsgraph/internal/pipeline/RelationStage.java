package org.newsgraph.internal.pipeline;

import static org.newsgraph.relation.RelationType.ATTENDS;
import static org.newsgraph.relation.RelationType.CITIZEN_OF;
import static org.newsgraph.relation.RelationType.HOSTED_BY;
import static org.newsgraph.relation.RelationType.LEADER_OF;
import static org.newsgraph.relation.RelationType.LOCATED_IN;
import static org.newsgraph.relation.RelationType.ON_DATE;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;

/**
 * Reads relations from surface and dependency patterns over the mentions of each sentence.
 *
 * <ul>
 *   <li>LEADER_OF and CITIZEN_OF from a title next to a person and a country: "Kazakh President
 *       X", "Tajikistan's President X", "President of Chile X", "X, the president of Y", "X, Y's
 *       prime minister", "X is the president of Y", "X, who heads Y's government". A title that is
 *       not a head of state or government ("Foreign Minister") gives CITIZEN_OF only.
 *   <li>ATTENDS from attend / participate in / take part in and the nouns attendance,
 *       participation, presence and invitation, with the subject found through control ("decided to
 *       attend"), possessives ("X's decision to attend") and coordination; without an object the
 *       event is the one the document is about.
 *   <li>LOCATED_IN, ON_DATE and HOSTED_BY from an event's name ("2001 Italian general election"),
 *       what follows it ("... on May 9th in Moscow"), "held in", and a possessive host ("Russia's
 *       annual Victory Day parade").
 * </ul>
 */
final class RelationStage implements Stage {

  private static final Set<String> TITLE_MODIFIERS =
      Set.of(
          "former", "ex", "late", "then", "acting", "interim", "outgoing", "incumbent", "new",
          "newly", "elected", "current", "ousted", "deposed", "exiled", "longtime", "long-time",
          "veteran", "embattled", "powerful", "authoritarian", "-", "elect", "incoming");
  private static final Set<String> PAST = Set.of("former", "ex", "late", "then", "ousted", "deposed", "exiled");
  private static final Set<String> FUTURE = Set.of("elect", "incoming");
  private static final Set<String> COPULA = Set.of("is", "was", "became", "remains", "becomes", "'s");
  private static final Set<String> LEAD_VERBS = Set.of("lead", "head", "rule", "govern");
  /** Verbs whose "in" or "at" object is an event taken part in: "competed at the Olympics". */
  private static final Set<String> PARTICIPATE_VERBS =
      Set.of("participate", "compete", "fight", "serve", "race", "play", "perform", "speak", "finish",
          "win", "place", "medal", "represent", "contest");
  private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "explain", "insist");
  private static final Set<String> ATTEND_NOUNS = Set.of("attendance", "participation", "presence");

  /** Verbs between an event and its place or date: "opens on August 30 in Venice". */
  private static final Set<String> HAPPENING =
      Set.of("be", "will", "hold", "take", "place", "open", "begin", "start", "end", "close", "run",
          "kick", "off", "unfold", "erupt", "break", "schedule", "set", "due", "slate", "plan", "stage", "scheduled", "expected");

  private final Lexicon lexicon;
  private final ImmutableSet<RelationType> wanted;

  RelationStage(Lexicon lexicon, Set<RelationType> wanted) {
    this.lexicon = lexicon;
    this.wanted = ImmutableSet.copyOf(wanted);
  }

  @Override
  public String name() {
    return "relations";
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
    List<int[]> implied = new ArrayList<>(); // ATTENDS without a stated event: {sentence, subject cluster, trigger}
    Map<Integer, Integer> attendedEvents = new HashMap<>();
    for (Sent s : doc.sentences) {
      View v = new View(doc, s, bySentence.getOrDefault(s, List.of()));
      titles(v);
      personOfCountry(v);
      leadVerbs(v);
      attends(v, implied, attendedEvents);
      eventContext(v);
    }
    bareTitles(doc, bySentence);
    quotedPeople(doc, bySentence);
    int salient = salientEvent(doc, attendedEvents);
    if (salient >= 0) {
      for (int[] x : implied) {
        Sent s = doc.sentences.get(x[0]);
        View v = new View(doc, s, bySentence.getOrDefault(s, List.of()));
        Modality m = modality(v, x[2]);
        if (m != Modality.NEGATED) {
          add(doc, ATTENDS, x[1], salient, 0.6, m, span(v, x[2], x[3], x[4]), Map.of());
        }
      }
    }
  }

  // ------------------------------------------------------------------ titles: LEADER_OF, CITIZEN_OF

  /** A run of title words ending just before {@code end}: [begin, end), or begin == end if none. */
  private int titleRunStart(View v, int end) {
    int b = end;
    int plain = 0;
    while (b > 0) {
      Tok t = v.s.tok(b - 1);
      String w = t.lower();
      boolean titleish =
          t.ner().equals("TITLE") || lexicon.isTitleWord(w) || lexicon.isTitleWord(t.lemmaLower())
              || TITLE_MODIFIERS.contains(w)
              // "Secretary of State", "Minister of Defence": "of" between two title words
              || w.equals("of") && b < end && b >= 2 && lexicon.isTitleWord(v.s.tok(b - 2).lower())
                  && (lexicon.isTitleWord(v.s.tok(b).lower()) || v.s.tok(b).ner().equals("TITLE"));
      // other words of a role phrase: "US experimental composer John Cage"
      boolean role = !titleish && !t.isCapitalized() && plain < 3
          && (t.pos().startsWith("JJ") || t.pos().equals("NN") || t.pos().equals("NNS"));
      if (!(titleish || role) || v.at(b - 1, EntityType.COUNTRY) != null
          || v.at(b - 1, EntityType.PERSON) != null) {
        break;
      }
      plain += role ? 1 : 0;
      b--;
    }
    return b;
  }

  private void titles(View v) {
    for (Cand p : v.of(EntityType.PERSON)) {
      if (p.kind != Cand.Kind.NAME) {
        continue;
      }
      int end = p.tb;
      if (end > 0 && v.word(end - 1).equals(",")) {
        end--; // "Tajikistan's president, Emomali Rahmon"
      }
      int tb = titleRunStart(v, end);
      // [COUNTRY|DEMONYM] ['s] TITLE PERSON
      if (tb < end || end == p.tb) {
        int k = tb - 1;
        boolean possessive = k >= 0 && v.s.tok(k).isPossessive();
        if (possessive) {
          k--;
        }
        Cand c = k >= 0 ? v.endingAt(k + 1, EntityType.COUNTRY) : null;
        if (c != null && (!possessive || c.kind == Cand.Kind.NAME)) {
          titleRelation(v, p, c, tb, end, Math.min(c.tb, p.tb), p.te);
          continue;
        }
        // TITLE of COUNTRY PERSON: "President of Chile Gabriel Boric"
        Cand c2 = v.endingAt(end, EntityType.COUNTRY);
        if (c2 != null && c2.tb >= 2 && v.word(c2.tb - 1).equals("of")) {
          int tb2 = titleRunStart(v, c2.tb - 1);
          if (tb2 < c2.tb - 1) {
            titleRelation(v, p, c2, tb2, c2.tb - 1, tb2, p.te);
            continue;
          }
        }
      }
      // PERSON , [the|a] (COUNTRY 's | DEMONYM)? TITLE (of [the] COUNTRY)?   and   PERSON is ...
      int i = p.te;
      if (i < v.s.size() && v.word(i).equals("(")) {
        // "X (born 1950) is an American actor": step over a parenthesis
        int close = i + 1;
        while (close < v.s.size() && close < i + 20 && !v.word(close).equals(")")) {
          close++;
        }
        i = close < v.s.size() && v.word(close).equals(")") ? close + 1 : i;
      }
      if (i < v.s.size() && (v.word(i).equals(",") || COPULA.contains(v.word(i)))) {
        i++;
        if (i < v.s.size() && (v.word(i).equals("who") || v.word(i).equals("now"))) {
          i++;
          if (i < v.s.size() && COPULA.contains(v.word(i))) {
            i++;
          }
        }
        if (i < v.s.size() && Set.of("the", "a", "an").contains(v.word(i))) {
          i++;
        }
        int adjectives = i;
        while (adjectives < v.s.size() && adjectives < i + 2 && v.s.tok(adjectives).pos().startsWith("JJ")
            && v.at(adjectives, EntityType.COUNTRY) == null) {
          adjectives++; // "a retired Ugandan athlete"
        }
        Cand c = v.startingAt(adjectives, EntityType.COUNTRY);
        if (c != null) {
          i = c.te;
          if (i < v.s.size() && v.s.tok(i).isPossessive()) {
            i++;
          } else if (c.kind != Cand.Kind.DEMONYM) {
            continue;
          } else if (i == v.s.size() || !v.s.tok(i).pos().startsWith("NN")) {
            // "Brom, who is Israeli,": a nationality with no role noun
            add(v.doc, CITIZEN_OF, p.entity, c.entity, 0.6, Modality.ASSERTED, v.span(p.tb, c.te), Map.of());
            continue;
          }
        }
        int te = i;
        int plain = 0;
        while (te < v.s.size()) {
          if (isTitleToken(v, te)) {
            te++;
          } else if (c != null && c.kind == Cand.Kind.DEMONYM && plain < 3 && !v.s.tok(te).isCapitalized()
              && (v.s.tok(te).pos().startsWith("JJ") || v.s.tok(te).pos().equals("NN"))) {
            te++; // "an American film director"
            plain++;
          } else {
            break;
          }
        }
        while (te > i && !v.s.tok(te - 1).pos().startsWith("NN")) {
          te--; // the role ends with its noun
        }
        if (te == i) {
          continue;
        }
        if (c == null && te + 1 < v.s.size() && v.word(te).equals("of")) {
          int j = te + 1;
          if (v.word(j).equals("the")) {
            j++;
          }
          c = v.startingAt(j, EntityType.COUNTRY);
          if (c != null && c.kind == Cand.Kind.NAME) {
            titleRelation(v, p, c, i, te, p.tb, c.te);
          } else if (c != null) {
            // "X, chairman of the Angolan NGO ...": a national body, so a national
            add(v.doc, CITIZEN_OF, p.entity, c.entity, 0.55, Modality.ASSERTED, v.span(p.tb, c.te), Map.of());
          }
        } else if (c != null) {
          titleRelation(v, p, c, i, te, p.tb, te);
        }
      }
    }
  }

  private boolean isTitleToken(View v, int i) {
    Tok t = v.s.tok(i);
    return (t.ner().equals("TITLE") || lexicon.isTitleWord(t.lower()) || TITLE_MODIFIERS.contains(t.lower()))
        && v.at(i, EntityType.PERSON) == null && v.at(i, EntityType.COUNTRY) == null;
  }

  private void titleRelation(View v, Cand person, Cand country, int tb, int te, int eb, int ee) {
    StringBuilder title = new StringBuilder();
    boolean past = false;
    boolean future = false;
    // "Former Peruvian President X": a time word may stand before the country too
    for (int i = Math.max(0, Math.min(tb, country.tb) - 2); i < Math.min(tb, country.tb); i++) {
      String w = v.word(i).toLowerCase(Locale.ROOT);
      past |= PAST.contains(w);
      future |= FUTURE.contains(w);
    }
    for (int i = tb; i < te; i++) {
      String w = v.word(i).toLowerCase(Locale.ROOT);
      if (PAST.contains(w)) {
        past = true;
      } else if (FUTURE.contains(w) || w.endsWith("-elect")) {
        future = true;
      } else if (!TITLE_MODIFIERS.contains(w)) {
        title.append(title.length() == 0 ? "" : " ").append(v.word(i));
      }
    }
    Found.Span span = v.span(eb, ee);
    if (title.length() == 0) {
      // "German Angela Merkel", "Hungary's Orban": a nationality with no role
      if (te == tb) {
        add(v.doc, CITIZEN_OF, person.entity, country.entity, 0.55, Modality.ASSERTED, span, Map.of());
      }
      return;
    }
    Lexicon.TitleKind kind = lexicon.titleKind(title.toString());
    if (kind == Lexicon.TitleKind.LEADER) {
      String t = capitalize(title.toString());
      if (past || future) {
        // "former President X", "President-elect Y": a leader, but not now
        add(v.doc, LEADER_OF, person.entity, country.entity, 0.7, Modality.ASSERTED, span,
            Map.of("title", t, "time", past ? "FORMER" : "FUTURE"));
      } else {
        add(v.doc, LEADER_OF, person.entity, country.entity, 0.9, Modality.ASSERTED, span, Map.of("title", t));
      }
    }
    if (kind != null) {
      add(v.doc, CITIZEN_OF, person.entity, country.entity, kind == Lexicon.TitleKind.LEADER ? 0.8 : 0.7,
          Modality.ASSERTED, span, Map.of());
    } else if (te > tb && v.s.tok(te - 1).pos().startsWith("NN")) {
      // an unlisted role noun: "our British colleague X", "Egyptian cleric X"
      add(v.doc, CITIZEN_OF, person.entity, country.entity, 0.6, Modality.ASSERTED, span, Map.of());
    }
  }

  /**
   * "Presidents Dilma Rousseff of Brazil, Vladimir Putin of Russia": a person followed by "of" and a
   * country is its citizen, and its leader when a leader title stands before the name or heads the
   * list.
   */
  private void personOfCountry(View v) {
    for (Cand p : v.of(EntityType.PERSON)) {
      if (p.kind != Cand.Kind.NAME || p.te + 1 >= v.s.size() || !v.word(p.te).equals("of")) {
        continue;
      }
      Cand c = v.startingAt(p.te + 1, EntityType.COUNTRY);
      if (c == null && p.te + 2 < v.s.size() && v.word(p.te + 1).equals("the")) {
        Cand body = v.startingAt(p.te + 2, EntityType.COUNTRY);
        if (body != null && body.kind == Cand.Kind.DEMONYM) {
          // "Chidi Odinkalu of the Nigerian Human Rights Commission"
          add(v.doc, CITIZEN_OF, p.entity, body.entity, 0.55, Modality.ASSERTED, v.span(p.tb, body.te), Map.of());
        }
        continue;
      }
      if (c == null || c.kind != Cand.Kind.NAME) {
        continue;
      }
      Found.Span span = v.span(p.tb, c.te);
      add(v.doc, CITIZEN_OF, p.entity, c.entity, 0.6, Modality.ASSERTED, span, Map.of());
      String title = leadingTitle(v, p.tb);
      if (title != null) {
        add(v.doc, LEADER_OF, p.entity, c.entity, 0.75, Modality.ASSERTED, span, Map.of("title", title));
      }
    }
  }

  /**
   * The leader title before a name ("President X"), or heading the list the name is in
   * ("Presidents A of B, C of D"); null if none.
   */
  private @Nullable String leadingTitle(View v, int personStart) {
    int i = personStart - 1;
    for (int guard = 0; i >= 0 && guard < 12; guard++) {
      Tok t = v.s.tok(i);
      if (t.word().equals(",") || t.lower().equals("and") || t.lower().equals("of")
          || v.at(i, EntityType.PERSON) != null || v.at(i, EntityType.COUNTRY) != null) {
        i--;
        continue;
      }
      break;
    }
    int te = i + 1;
    int tb = titleRunStart(v, te);
    if (tb == te) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = tb; k < te; k++) {
      if (PAST.contains(v.word(k).toLowerCase(Locale.ROOT)) || FUTURE.contains(v.word(k).toLowerCase(Locale.ROOT))) {
        return null;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(v.s.tok(k).lemma());
    }
    return lexicon.titleKind(sb.toString()) == Lexicon.TitleKind.LEADER ? capitalize(sb.toString()) : null;
  }

  /**
   * "Prime Minister Enrico Letta" in an article about Italy: a bare title before a name, with no
   * country in the sentence's construction, is read against the country the document is mostly
   * about, when one country clearly dominates it.
   */
  private void bareTitles(WorkingDocument doc, Map<Sent, List<Cand>> bySentence) {
    int dominant = dominantCountry(doc, 1.5);
    if (dominant < 0) {
      return;
    }
    for (Sent s : doc.sentences) {
      View v = new View(doc, s, bySentence.getOrDefault(s, List.of()));
      for (Cand p : v.of(EntityType.PERSON)) {
        if (p.kind != Cand.Kind.NAME || p.tb == 0 || hasCountry(doc, p.entity)) {
          continue;
        }
        int tb = titleRunStart(v, p.tb);
        if (tb == p.tb || tb > 0 && (v.at(tb - 1, EntityType.COUNTRY) != null || v.s.tok(tb - 1).isPossessive())) {
          continue; // no title, or a country names it already
        }
        StringBuilder sb = new StringBuilder();
        boolean time = false;
        for (int k = tb; k < p.tb; k++) {
          String w = v.word(k).toLowerCase(Locale.ROOT);
          time |= PAST.contains(w) || FUTURE.contains(w);
          if (!TITLE_MODIFIERS.contains(w)) {
            sb.append(sb.length() == 0 ? "" : " ").append(v.word(k));
          }
        }
        if (sb.length() == 0) {
          continue;
        }
        // only a capitalised title of state ("Prime Minister X", "Foreign Minister X") says which
        // country a bare name belongs to; professions ("coach X") and lower-case roles do not
        Lexicon.TitleKind kind = lexicon.exactTitleKind(sb.toString());
        if (kind == null || kind == Lexicon.TitleKind.OTHER) {
          continue;
        }
        Found.Span span = v.span(tb, p.te);
        // a lower-case "leader" may lead a party; only a capitalised title of state leads the country
        if (kind == Lexicon.TitleKind.LEADER && !time && v.s.tok(tb).isCapitalized()) {
          add(doc, LEADER_OF, p.entity, dominant, 0.5, Modality.ASSERTED, span,
              Map.of("title", capitalize(sb.toString())));
        }
        add(doc, CITIZEN_OF, p.entity, dominant, 0.45, Modality.ASSERTED, span, Map.of());
      }
    }
  }

  /**
   * "..., said Lackenbauer": in an article about one country, a person quoted by name (the subject
   * of "say", "tell", "add") with no other nationality stated is read as that country's citizen,
   * at a low confidence.
   */
  private void quotedPeople(WorkingDocument doc, Map<Sent, List<Cand>> bySentence) {
    int dominant = dominantCountry(doc, 2.0);
    if (dominant < 0) {
      return;
    }
    for (Sent s : doc.sentences) {
      View v = new View(doc, s, bySentence.getOrDefault(s, List.of()));
      for (int i = 0; i < s.size(); i++) {
        if (!SPEECH_VERBS.contains(s.tok(i).lemmaLower()) || !s.tok(i).pos().startsWith("VB")) {
          continue;
        }
        for (int subj : s.children(i, "nsubj")) {
          Cand p = v.at(subj, EntityType.PERSON);
          if (p != null && p.kind == Cand.Kind.NAME && !hasCountry(doc, p.entity)) {
            add(doc, CITIZEN_OF, p.entity, dominant, 0.35, Modality.ASSERTED,
                v.span(Math.min(p.tb, i), Math.max(p.te, i + 1)), Map.of());
          }
        }
      }
    }
  }

  private static boolean hasCountry(WorkingDocument doc, int person) {
    for (RelationKey k : doc.relations.keySet()) {
      if (k.subject() == person && (k.type().equals(CITIZEN_OF) || k.type().equals(LEADER_OF))) {
        return true;
      }
    }
    return false;
  }

  /** The country with the most mentions, if it has at least three and {@code ratio} times the runner-up's. */
  private static int dominantCountry(WorkingDocument doc, double ratio) {
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
    return bestCount >= 3 && bestCount >= second * ratio ? best : -1;
  }

  private static String capitalize(String title) {
    StringBuilder sb = new StringBuilder();
    for (String w : title.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.equals("of") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  /** "X, who heads Y's government", "X leads Y": present-tense lead verbs with a country object. */
  private void leadVerbs(View v) {
    for (int i = 0; i < v.s.size(); i++) {
      Tok t = v.s.tok(i);
      if (!LEAD_VERBS.contains(t.lemmaLower()) || !(t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
        continue;
      }
      for (int subj : v.s.children(i, "nsubj")) {
        Cand p = v.at(subj, EntityType.PERSON);
        if (p == null) {
          continue;
        }
        for (int obj : v.s.children(i, "obj")) {
          Cand c = v.at(obj, EntityType.COUNTRY);
          if (c == null) {
            for (int poss : v.s.children(obj, "nmod")) {
              c = c != null ? c : v.at(poss, EntityType.COUNTRY);
            }
          }
          if (c != null && c.kind == Cand.Kind.NAME) {
            add(v.doc, LEADER_OF, p.entity, c.entity, 0.7, Modality.ASSERTED,
                v.span(Math.min(p.tb, i), Math.max(c.te, obj + 1)), Map.of("title", "Leader"));
            add(v.doc, CITIZEN_OF, p.entity, c.entity, 0.6, Modality.ASSERTED,
                v.span(Math.min(p.tb, i), Math.max(c.te, obj + 1)), Map.of());
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ ATTENDS

  private void attends(View v, List<int[]> implied, Map<Integer, Integer> attended) {
    Sent s = v.s;
    for (int i = 0; i < s.size(); i++) {
      Tok t = s.tok(i);
      String lemma = t.lemmaLower();
      List<Integer> objects = new ArrayList<>();
      boolean noun = false;
      if (t.pos().startsWith("VB") && lemma.equals("attend")) {
        objects.addAll(s.children(i, "obj"));
      } else if (t.pos().startsWith("VB") && PARTICIPATE_VERBS.contains(lemma)) {
        objects.addAll(s.children(i, "obl:in"));
        objects.addAll(s.children(i, "obl:at"));
        objects.addAll(s.children(i, "obl:during"));
        if (lemma.equals("contest") || lemma.equals("win")) {
          objects.addAll(s.children(i, "obj")); // "contested the 2004 election", "won the World Cup"
        }
      } else if (t.pos().startsWith("VB") && lemma.equals("take") && hasPart(v, i)) {
        objects.addAll(s.children(i, "obl:in"));
      } else if (t.pos().startsWith("NN") && ATTEND_NOUNS.contains(lemma)) {
        noun = true;
        objects.addAll(s.children(i, "nmod:at"));
        objects.addAll(s.children(i, "nmod:in"));
      } else if (t.pos().startsWith("NN") && lemma.equals("invitation") && s.children(i, "acl").isEmpty()) {
        noun = true;
        objects.addAll(s.children(i, "nmod:to"));
      } else {
        continue;
      }
      List<Cand> subjects = subjects(v, i, noun);
      if (subjects.isEmpty()) {
        continue;
      }
      Cand event = null;
      for (int o : objects) {
        event = event != null ? event : v.eventIn(o);
      }
      Modality m = modality(v, i);
      if (m == Modality.NEGATED) {
        continue;
      }
      for (Cand subj : subjects) {
        if (event != null) {
          if (event.eventClass == null || event.eventClass != Lexicon.EventClass.CONFLICT) {
            add(v.doc, ATTENDS, subj.entity, event.entity, subj.type.equals(EntityType.PERSON) ? 0.85 : 0.6, m,
                span(v, i, subj, event), Map.of());
            attended.merge(event.entity, 1, Integer::sum);
          }
        } else if (objects.isEmpty() && (noun || lemma.equals("attend"))) {
          implied.add(new int[] {s.index, subj.entity, i, subj.tb, subj.te});
        }
      }
    }
  }

  private static boolean hasPart(View v, int take) {
    for (int o : v.s.children(take, "obj")) {
      if (v.s.tok(o).lower().equals("part")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people or countries that do the attending: the verb's subjects (with control and
   * coordination as the enhanced dependencies give them), the possessor of a noun ("his
   * participation", "X's decision to attend"), or the subject of the verb that governs the noun
   * ("X accepted the invitation", "X accepted invitations to attend").
   */
  private List<Cand> subjects(View v, int trigger, boolean noun) {
    Sent s = v.s;
    List<Integer> tokens = new ArrayList<>();
    if (!noun) {
      tokens.addAll(s.children(trigger, "nsubj"));
      if (tokens.isEmpty()) {
        for (int gov : s.parents(trigger, "acl")) {
          tokens.addAll(possessorOrGoverningSubject(s, gov));
        }
        for (int gov : s.parents(trigger, "xcomp")) {
          tokens.addAll(s.children(gov, "nsubj"));
        }
      }
    } else {
      tokens.addAll(possessorOrGoverningSubject(s, trigger));
    }
    List<Cand> result = new ArrayList<>();
    List<Integer> agents = new ArrayList<>();
    for (int tok : tokens) {
      // "X's decision to attend": the parser may make the noun the subject; its owner attends
      if (v.at(tok, EntityType.PERSON) == null && v.at(tok, EntityType.COUNTRY) == null
          && titledPerson(v, tok) == null && s.tok(tok).pos().startsWith("NN")) {
        agents.addAll(s.children(tok, "nmod:poss"));
      } else {
        agents.add(tok);
      }
    }
    for (int tok : agents) {
      Cand c = v.at(tok, EntityType.PERSON);
      if (c == null) {
        c = titledPerson(v, tok);
      }
      if (c == null) {
        Cand country = v.at(tok, EntityType.COUNTRY);
        c = country != null && country.kind == Cand.Kind.NAME ? country : null;
      }
      final Cand found = c;
      if (found != null && found.entity >= 0 && result.stream().noneMatch(x -> x.entity == found.entity)) {
        result.add(found);
      }
    }
    return result;
  }

  /**
   * "Tajikistan's President Emomali Rahmon": the parser may head the phrase with the title; the
   * person is its name dependent, or the name right after it.
   */
  private static @Nullable Cand titledPerson(View v, int tok) {
    for (Dep d : v.s.children(tok)) {
      if (d.base().equals("compound") || d.base().equals("appos") || d.base().equals("flat")) {
        Cand c = v.at(d.dependent(), EntityType.PERSON);
        if (c != null && c.tb > tok) {
          return c;
        }
      }
    }
    if (v.s.tok(tok).ner().equals("TITLE") && tok + 1 < v.s.size()) {
      Cand c = v.startingAt(tok + 1, EntityType.PERSON);
      if (c != null && c.kind == Cand.Kind.NAME) {
        return c;
      }
    }
    return null;
  }

  private static List<Integer> possessorOrGoverningSubject(Sent s, int noun) {
    List<Integer> owners = s.children(noun, "nmod:poss");
    // "their attendance": a possessive pronoun points back to the governing verb's subject
    owners.removeIf(o -> s.tok(o).pos().equals("PRP$") && !s.tok(o).lower().equals("his")
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

  /** How the trigger's clause states the attending: negated, planned, hedged or asserted. */
  private static Modality modality(View v, int trigger) {
    Sent s = v.s;
    List<Integer> chain = new ArrayList<>();
    int cur = trigger;
    for (int depth = 0; depth < 4 && cur >= 0; depth++) {
      chain.add(cur);
      int next = -1;
      for (Dep d : s.parents(cur)) {
        if (d.governor() >= 0 && (d.base().equals("xcomp") || d.base().equals("acl") || d.base().equals("obj")
            || d.base().equals("ccomp"))) {
          next = d.governor();
          break;
        }
      }
      cur = next;
    }
    Modality m = Modality.ASSERTED;
    for (int c : chain) {
      String lemma = s.tok(c).lemmaLower();
      for (int ch : s.children(c, "advmod")) {
        String w = s.tok(ch).lower();
        if (w.equals("not") || w.equals("never") || w.equals("n't")) {
          return Modality.NEGATED;
        }
      }
      for (Dep d : s.children(c)) {
        String w = s.tok(d.dependent()).lower();
        if (d.relation().equals("aux") && (w.equals("will") || w.equals("'ll") || w.equals("shall"))) {
          m = m == Modality.ASSERTED ? Modality.PLANNED : m;
        }
        if (d.relation().equals("aux") && ModalityWords.HEDGES.contains(w)) {
          m = Modality.UNCERTAIN;
        }
        if ((d.relation().equals("advmod") || d.relation().equals("neg")) && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
          return Modality.NEGATED;
        }
      }
      if (ModalityWords.NEGATORS.contains(lemma)) {
        return Modality.NEGATED;
      }
      if (ModalityWords.HEDGES.contains(lemma)) {
        m = Modality.UNCERTAIN;
      } else if (ModalityWords.PLANNERS.contains(lemma) && m == Modality.ASSERTED) {
        m = Modality.PLANNED;
      }
    }
    return m;
  }

  /** The event the document is about: the most attended one, else the most mentioned gathering. */
  private static int salientEvent(WorkingDocument doc, Map<Integer, Integer> attended) {
    int best = -1;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : attended.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    if (best >= 0) {
      return best;
    }
    for (int k = 0; k < doc.clusters.size(); k++) {
      List<Cand> cl = doc.clusters.get(k);
      Cand first = cl.get(0);
      if (first.type.equals(EntityType.EVENT) && first.eventClass == Lexicon.EventClass.GATHERING
          && cl.size() > bestCount) {
        best = k;
        bestCount = cl.size();
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ LOCATED_IN, ON_DATE, HOSTED_BY

  private void eventContext(View v) {
    Sent s = v.s;
    for (Cand e : v.of(EntityType.EVENT)) {
      if (e.kind != Cand.Kind.NAME && e.kind != Cand.Kind.NOMINAL) {
        continue;
      }
      // places and years inside the name: "2001 Italian general election", "Ukraine conflict"
      if (e.kind == Cand.Kind.NAME) {
        for (Cand inner : v.cands) {
          if (inner == e || inner.tb < e.tb || inner.te > e.te || inner.entity == e.entity) {
            continue;
          }
          if (inner.type.isPlace()) {
            add(v.doc, LOCATED_IN, e.entity, inner.entity, 0.7, Modality.ASSERTED, v.span(e.tb, e.te), Map.of());
          } else if (inner.type.equals(EntityType.DATE)) {
            add(v.doc, ON_DATE, e.entity, inner.entity, 0.7, Modality.ASSERTED, v.span(e.tb, e.te), Map.of());
          }
        }
      }
      // what follows: "... on May 9th in Moscow", "held in Doha"
      int i = e.te;
      int limit = Math.min(s.size(), e.te + 12);
      while (i < limit) {
        Tok t = s.tok(i);
        String w = t.lower();
        if ((w.equals("in") || w.equals("at") || w.equals("on")) && i + 1 < s.size()) {
          int j = i + 1;
          while (j < s.size() - 1 && (s.tok(j).lower().equals("the") || s.tok(j).pos().startsWith("JJ"))) {
            j++; // "in Shiite Iran", "in the northern city of"
          }
          Cand place = v.startingAt(j, null);
          if (place != null && place.type.isPlace() && place.kind == Cand.Kind.NAME && !w.equals("on")) {
            add(v.doc, LOCATED_IN, e.entity, place.entity, 0.75, Modality.ASSERTED, v.span(e.tb, place.te), Map.of());
            i = place.te;
            continue;
          }
          if (place != null && place.type.equals(EntityType.DATE)) {
            add(v.doc, ON_DATE, e.entity, place.entity, 0.75, Modality.ASSERTED, v.span(e.tb, place.te), Map.of());
            i = place.te;
            continue;
          }
          break;
        }
        if (w.equals(",") || w.equals("which") || w.equals("that") || w.equals("to") || w.equals("''")
            || w.equals("\"") || HAPPENING.contains(t.lemmaLower())) {
          i++;
          continue;
        }
        Cand date = v.startingAt(i, EntityType.DATE);
        if (date != null) {
          add(v.doc, ON_DATE, e.entity, date.entity, 0.6, Modality.ASSERTED, v.span(e.tb, date.te), Map.of());
          i = date.te;
          continue;
        }
        break;
      }
      // a possessive host: "Russia's annual Victory Day parade"
      if (e.kind == Cand.Kind.NAME && e.eventClass != Lexicon.EventClass.CONFLICT) {
        int k = e.tb - 1;
        while (k > 0 && (s.tok(k).pos().startsWith("JJ") || s.tok(k).pos().equals("CD"))) {
          k--;
        }
        if (k > 0 && s.tok(k).isPossessive()) {
          Cand host = v.endingAt(k, EntityType.COUNTRY);
          if (host == null) {
            host = v.endingAt(k, EntityType.ORGANIZATION);
          }
          if (host != null && host.kind == Cand.Kind.NAME) {
            RelationType type = e.eventClass == Lexicon.EventClass.ELECTION ? LOCATED_IN : HOSTED_BY;
            add(v.doc, type, e.entity, host.entity, 0.7, Modality.ASSERTED, v.span(host.tb, e.te), Map.of());
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static Found.Span span(View v, int trigger, Cand a, Cand b) {
    int lo = Math.min(trigger, Math.min(a.tb, b.sent == v.s ? b.tb : trigger));
    int hi = Math.max(trigger + 1, Math.max(a.te, b.sent == v.s ? b.te : trigger + 1));
    return v.span(lo, hi);
  }

  private static Found.Span span(View v, int trigger, int tb, int te) {
    return v.span(Math.min(trigger, tb), Math.max(trigger + 1, te));
  }

  private void add(
      WorkingDocument doc,
      RelationType type,
      int subject,
      int object,
      double confidence,
      Modality modality,
      Found.Span span,
      Map<String, String> attributes) {
    if (!wanted.contains(type) || subject < 0 || object < 0 || subject == object) {
      return;
    }
    EntityType st = doc.clusters.get(subject).get(0).type;
    EntityType ot = doc.clusters.get(object).get(0).type;
    if (!type.accepts(st, ot)) {
      return;
    }
    RelationKey key = new RelationKey(type, subject, object);
    Found f = doc.relations.computeIfAbsent(key, k -> new Found(confidence, modality));
    f.merge(confidence, modality, span, attributes);
  }

  /** One sentence with its resolved mentions, and lookups over them. */
  private static final class View {
    final WorkingDocument doc;
    final Sent s;
    final List<Cand> cands;

    View(WorkingDocument doc, Sent s, List<Cand> cands) {
      this.doc = doc;
      this.s = s;
      this.cands = cands;
    }

    String word(int i) {
      return s.tok(i).word().replace('\u2019', '\'');
    }

    List<Cand> of(EntityType type) {
      List<Cand> r = new ArrayList<>();
      for (Cand c : cands) {
        if (c.type.equals(type)) {
          r.add(c);
        }
      }
      return r;
    }

    @Nullable Cand at(int token, EntityType type) {
      for (Cand c : cands) {
        if (c.covers(token) && c.type.equals(type)) {
          return c;
        }
      }
      return null;
    }

    @Nullable Cand startingAt(int token, @Nullable EntityType type) {
      for (Cand c : cands) {
        if (c.tb == token && (type == null || c.type.equals(type))) {
          return c;
        }
      }
      return null;
    }

    @Nullable Cand endingAt(int tokenEnd, EntityType type) {
      for (Cand c : cands) {
        if (c.te == tokenEnd && c.type.equals(type)) {
          return c;
        }
      }
      return null;
    }

    /** The event mention at a token, or in the phrase the token heads. */
    @Nullable Cand eventIn(int token) {
      Cand direct = at(token, EntityType.EVENT);
      if (direct != null) {
        return direct;
      }
      for (Dep d : s.children(token)) {
        if (d.base().equals("compound") || d.base().equals("amod") || d.base().equals("nmod")) {
          Cand c = at(d.dependent(), EntityType.EVENT);
          if (c != null) {
            return c;
          }
        }
      }
      return null;
    }

    Found.Span span(int tb, int te) {
      return new Found.Span(s.index, s.tok(tb).begin(), s.tok(te - 1).end());
    }
  }
}
