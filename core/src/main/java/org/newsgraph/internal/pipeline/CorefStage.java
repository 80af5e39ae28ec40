package org.newsgraph.internal.pipeline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * Groups mentions into entities within one document: countries by ISO code (so "Kazakh",
 * "Kazakhstan" and "Kazakhstan's" are one), people by shared surname ("Kassym-Jomart Tokayev",
 * "Tokayev"), pronouns to the first person of the nearest sentence that names one, events by their
 * content words ("Ukraine conflict" and "the conflict in Ukraine"), and plain event noun phrases to
 * the latest event with the same head ("the parade") or the latest gathering ("the occasion").
 */
final class CorefStage implements Stage {

  private static final Set<String> NAME_STOP = Set.of("the", "of", "in", "a", "an", "'s", "annual");

  /** Event nouns that refer back to the latest gathering, whatever its kind. */
  private static final Set<String> ANAPHORS =
      Set.of(
          "occasion",
          "event",
          "festivity",
          "festivities",
          "gathering",
          "celebration",
          "celebrations");

  /** A regnal number or generational suffix after a name: "Harald V", "Carl XVI Gustaf" aside. */
  private static final Pattern SUFFIX = Pattern.compile("[IVX]{1,4}\\.?|Jr\\.?|Sr\\.?");

  /** How many sentences back a pronoun may look for its person. */
  private static final int PRONOUN_WINDOW = 2;

  @Override
  public String name() {
    return "coreference";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.MENTIONS, Layer.EVENTS);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.ENTITIES);
  }

  @Override
  public void apply(WorkingDocument doc) {
    doc.cands.sort(Comparator.comparingInt(Cand::begin).thenComparingInt(c -> -c.end()));
    Map<String, Integer> byKey = new HashMap<>();
    List<Cand> persons = new ArrayList<>();
    List<Cand> events = new ArrayList<>();
    for (Cand c : doc.cands) {
      switch (c.kind) {
        case PRONOUN:
          resolvePronoun(doc, c, persons);
          if (c.entity >= 0) {
            persons.add(c); // "He ... He ...": a resolved pronoun carries its person on
          }
          break;
        case NOMINAL:
          resolveNominal(doc, c);
          break;
        case COMMON:
          c.entity = commonCluster(doc, c, events);
          events.add(c);
          break;
        default:
          if (c.type.equals(EntityType.PERSON)) {
            c.entity = personCluster(doc, c, persons);
            persons.add(c);
          } else if (c.type.equals(EntityType.EVENT) && c.cue != null) {
            c.entity = namedEventCluster(doc, c, events);
            events.add(c);
          } else {
            String key = key(doc, c);
            Integer cluster = byKey.get(key);
            if (cluster == null) {
              cluster = newCluster(doc);
              byKey.put(key, cluster);
            }
            c.entity = cluster;
          }
      }
      if (c.entity >= 0) {
        doc.clusters.get(c.entity).add(c);
      }
    }
  }

  private static int newCluster(WorkingDocument doc) {
    doc.clusters.add(new ArrayList<>());
    return doc.clusters.size() - 1;
  }

  private static String key(WorkingDocument doc, Cand c) {
    if (c.type.equals(EntityType.COUNTRY)) {
      String name = c.canonical != null ? c.canonical : Lexicon.normalize(c.text(doc.text));
      return "COUNTRY:" + (c.code != null ? c.code : name.toLowerCase(Locale.ROOT));
    }
    if (c.type.equals(EntityType.DATE) && c.value != null) {
      return "DATE:" + c.value;
    }
    if (c.type.equals(EntityType.EVENT)) {
      return "EVENT:" + contentWords(doc, c);
    }
    return c.type + ":" + Lexicon.normalize(c.text(doc.text)).toLowerCase(Locale.ROOT);
  }

  private static String contentWords(WorkingDocument doc, Cand c) {
    TreeSet<String> words = new TreeSet<>();
    for (int i = c.tb; i < c.te; i++) {
      String w = c.sent.tok(i).lower();
      if (!NAME_STOP.contains(w)) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  /**
   * Joins a name to an earlier person whose name ends with it, or that it ends with ("Lopez
   * Obrador", "Andres Manuel Lopez Obrador"), a regnal number left aside ("Harald", "Harald V");
   * else a single word to the nearest earlier name it begins ("Xi" after "Xi Jinping", "Harald"
   * after "Harald V"), or the reverse.
   */
  private static int personCluster(WorkingDocument doc, Cand c, List<Cand> persons) {
    String[] mine = words(doc, c);
    String myNumber = suffix(doc, c);
    for (int k = persons.size() - 1; k >= 0; k--) {
      Cand p = persons.get(k);
      if (p.kind != Cand.Kind.NAME || p.entity < 0 || apart(myNumber, suffix(doc, p))) {
        continue;
      }
      String[] theirs = words(doc, p);
      if (endsWith(theirs, mine) || endsWith(mine, theirs)) {
        return p.entity;
      }
    }
    for (int k = persons.size() - 1; k >= 0; k--) {
      Cand p = persons.get(k);
      if (p.kind != Cand.Kind.NAME || p.entity < 0) {
        continue;
      }
      String[] theirs = words(doc, p);
      boolean iAmOneWord = mine.length == 1 && myNumber == null;
      boolean theyAreOneWord = theirs.length == 1 && suffix(doc, p) == null;
      if (iAmOneWord && theirs.length > 1 && theirs[0].equals(mine[0])
          || theyAreOneWord && mine.length > 1 && mine[0].equals(theirs[0])) {
        return p.entity;
      }
    }
    return newCluster(doc);
  }

  /** Whether two names' regnal numbers or suffixes tell them apart: "Louis XIII", "Louis XIV". */
  private static boolean apart(@Nullable String a, @Nullable String b) {
    return a != null && b != null && !a.equals(b);
  }

  /** The regnal number or generational suffix a name ends with, without its stop; null if none. */
  private static @Nullable String suffix(WorkingDocument doc, Cand c) {
    String[] w = Lexicon.normalize(c.text(doc.text)).split(" ");
    String last = w[w.length - 1];
    return w.length > 1 && SUFFIX.matcher(last).matches() ? last.replace(".", "") : null;
  }

  /** A name's words in lower case, without a regnal number or generational suffix at its end. */
  private static String[] words(WorkingDocument doc, Cand c) {
    String[] w = Lexicon.normalize(c.text(doc.text)).split(" ");
    if (w.length > 1 && SUFFIX.matcher(w[w.length - 1]).matches()) {
      w = Arrays.copyOf(w, w.length - 1);
    }
    return Lexicon.normalize(String.join(" ", w)).toLowerCase(Locale.ROOT).split(" ");
  }

  private static boolean endsWith(String[] longer, String[] shorter) {
    if (shorter.length > longer.length) {
      return false;
    }
    return Arrays.equals(
        Arrays.copyOfRange(longer, longer.length - shorter.length, longer.length), shorter);
  }

  /**
   * A pronoun's person: in the nearest sentence (its own first, then up to {@link #PRONOUN_WINDOW}
   * back) that mentions a person before it, the first one mentioned there, which is most often the
   * sentence's subject ("Brightman wrote from Poland before Hitler invaded. He enlisted ...").
   */
  private static void resolvePronoun(WorkingDocument doc, Cand c, List<Cand> persons) {
    Set<Integer> replaced = replacedBy(c);
    boolean possessive = c.sent.tok(c.tb).pos().equals("PRP$");
    int sentence = -1;
    for (int k = persons.size() - 1; k >= 0; k--) {
      Cand p = persons.get(k);
      if (sentence >= 0 && p.sent.index != sentence) {
        break;
      }
      if (p.entity < 0
          || !(p.kind == Cand.Kind.NAME || p.kind == Cand.Kind.PRONOUN)
          || c.sent.index - p.sent.index > PRONOUN_WINDOW
          || p.sent == c.sent && coversAny(p, replaced)) {
        continue;
      }
      if (possessive && sentence < 0 && p.sent == c.sent && sameClause(c.sent, p.te, c.tb)) {
        c.entity =
            p.entity; // "The king was welcomed by Lula and his wife": the closest person of its
        // clause
        return;
      }
      sentence = p.sent.index;
      c.entity = p.entity;
    }
  }

  /**
   * "X sent Prime Minister Y in his place": the people sent or named in someone's place are not the
   * one whose place it is. Returns the tokens from the verb before the pronoun to it, or none.
   */
  private static Set<Integer> replacedBy(Cand c) {
    Sent s = c.sent;
    int place = c.te;
    if (place >= s.size()
        || !Set.of("place", "stead").contains(s.tok(place).lower())
        || c.tb == 0
        || !s.tok(c.tb - 1).lower().equals("in")) {
      return Set.of();
    }
    int verb = c.tb - 1;
    while (verb > 0 && !s.tok(verb).pos().startsWith("VB")) {
      verb--;
    }
    Set<Integer> tokens = new HashSet<>();
    for (int i = verb; i < c.tb; i++) {
      tokens.add(i);
    }
    return tokens;
  }

  private static boolean coversAny(Cand p, Set<Integer> tokens) {
    for (int t : tokens) {
      if (p.covers(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether no verb, relative word or clause punctuation stands between tokens {@code from} and
   * {@code to}.
   */
  private static boolean sameClause(Sent s, int from, int to) {
    for (int i = from; i < to; i++) {
      Tok t = s.tok(i);
      if (t.pos().startsWith("VB")
          || t.pos().startsWith("W")
          || t.pos().equals("MD")
          || Set.of(";", ":", "--").contains(t.word())
          || t.lower().equals("that")) {
        return false;
      }
    }
    return true;
  }

  /**
   * An event's name joins the latest earlier mention with the same content words ("Ukraine
   * conflict", "the conflict in Ukraine") unless the two are told apart by edition, time or place
   * ("the NATO summit in Vilnius", "the next NATO summit in Washington").
   */
  private static int namedEventCluster(WorkingDocument doc, Cand c, List<Cand> events) {
    String key = key(doc, c);
    for (int k = events.size() - 1; k >= 0; k--) {
      Cand e = events.get(k);
      if (e.kind == Cand.Kind.NAME
          && e.cue != null
          && key.equals(key(doc, e))
          && !requireNonNull(c.cue).isApartFrom(e.cue)) {
        return e.entity;
      }
    }
    return newCluster(doc);
  }

  /**
   * A common-noun event joins the latest earlier event whose cue it fits ("the summit" after "the
   * Arab League summit", "the meeting" after "next week's trade meeting"); with none it is an event
   * of its own (issue 17).
   */
  private static int commonCluster(WorkingDocument doc, Cand c, List<Cand> events) {
    boolean anaphor = ANAPHORS.contains(requireNonNull(c.cue).head);
    for (int k = events.size() - 1; k >= 0; k--) {
      Cand e = events.get(k);
      if (e.entity < 0
          || e.cue == null
          || e.kind == Cand.Kind.NAME && c.cue.det == EventCue.Det.BARE) {
        continue; // "win elections": a bare noun is no mention of a named election
      }
      boolean headlineOnly =
          c.sent.index > 0
              && isHeadline(doc, e.sent)
              && doc.clusters.get(e.entity).stream().allMatch(x -> x.sent == e.sent);
      if (c.cue.mayReferTo(e.cue, anaphor, Lexicon.isGathering(e.eventClass), headlineOnly)) {
        return e.entity;
      }
    }
    return newCluster(doc);
  }

  /**
   * Whether the sentence is a headline: the first, on a line of its own before the text goes on.
   */
  private static boolean isHeadline(WorkingDocument doc, Sent s) {
    return s.index == 0
        && doc.sentences.size() > 1
        && doc.text.substring(s.end, doc.sentences.get(1).begin).indexOf('\n') >= 0;
  }

  private static void resolveNominal(WorkingDocument doc, Cand c) {
    String head = c.sent.tok(c.head()).lower();
    int best = -1;
    for (Cand e : doc.cands) {
      if (e == c) {
        break;
      }
      if (e.type.equals(EntityType.EVENT)
          && (e.kind == Cand.Kind.NAME || e.kind == Cand.Kind.COMMON && c.eventClass == null)
          && e.entity >= 0) {
        boolean sameHead = e.sent.tok(e.head()).lower().equals(head);
        boolean anaphor = c.eventClass == null && Lexicon.isGathering(e.eventClass);
        if (sameHead || anaphor) {
          best = e.entity;
        }
      }
    }
    c.entity = best;
  }
}
