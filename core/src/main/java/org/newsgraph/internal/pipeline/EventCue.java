package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * What tells one event mention from another of the same kind (issue 17): its head noun, the words
 * that describe it ("weekly", "cabinet" in "the weekly meeting of the cabinet"), whether it is
 * introduced as new ("a meeting") or as another edition ("the next summit"), and the time and place
 * it is given ("in Vilnius in 2023", "next week's"). Read by {@link CorefStage}: "the summit" is
 * the Arab League summit named before, "the next NATO summit in Washington in 2024" is not the NATO
 * summit in Vilnius in 2023. Computed once per event mention; immutable.
 */
final class EventCue {

  /** How the mention is introduced. */
  enum Det {
    /** "the summit", "this referendum". */
    DEFINITE,
    /** "a meeting", "an attempted coup": a new event. */
    INDEFINITE,
    /** "their talks", "Levy's visit", "next week's meeting". */
    POSSESSIVE,
    /** "talks", "elections". */
    BARE
  }

  /** Words that mark another edition or occasion of a recurring event. */
  static final ImmutableSet<String> CONTRAST =
      ImmutableSet.of(
          "next",
          "last",
          "previous",
          "another",
          "upcoming",
          "coming",
          "following",
          "new",
          "second",
          "third",
          "fourth",
          "fifth",
          "later",
          "earlier",
          "former",
          "past",
          "future",
          "subsequent",
          "further",
          "latest",
          "prior",
          "fresh");

  /** Pre-modifiers that quantify or refer rather than describe: left out of a mention's span. */
  static final ImmutableSet<String> NOT_DESCRIBING =
      ImmutableSet.of(
          "such",
          "other",
          "same",
          "several",
          "many",
          "few",
          "more",
          "most",
          "various",
          "numerous",
          "recent",
          "possible",
          "own",
          "certain",
          "similar",
          "separate",
          "additional",
          "any",
          "some",
          "all",
          "both",
          "each",
          "every",
          "much");

  private static final Set<String> DEFINITES = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> INDEFINITES = Set.of("a", "an", "another");
  private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d");

  /** Prepositions whose object describes the event: "talks with Y", "a meeting of the cabinet". */
  private static final Set<String> DESCRIBING_PREPOSITIONS = Set.of("of", "with", "between");

  private static final int COMPLEMENT_WINDOW = 12;

  final Lexicon.@Nullable EventNoun noun;
  final String head;
  final ImmutableSet<String> descriptors;
  final Det det;
  final @Nullable String contrast;
  final @Nullable String when;
  final @Nullable String place;

  private EventCue(
      Lexicon.@Nullable EventNoun noun,
      String head,
      Set<String> descriptors,
      Det det,
      @Nullable String contrast,
      @Nullable String when,
      @Nullable String place) {
    this.noun = noun;
    this.head = head;
    this.descriptors = ImmutableSet.copyOf(descriptors);
    this.det = det;
    this.contrast = contrast;
    this.when = when;
    this.place = place;
  }

  /**
   * Reads the cue of an event mention from its sentence: {@code cands} are the sentence's other
   * mentions (places and dates).
   */
  static EventCue of(Cand e, Lexicon.@Nullable EventNoun noun, List<Cand> cands) {
    Sent s = e.sent;
    String head = noun != null ? noun.lemma() : s.tok(e.head()).lemmaLower();
    Set<String> descriptors = new HashSet<>();
    String when = null;
    String place = null;
    for (int i = e.tb; i < e.head(); i++) {
      Tok t = s.tok(i);
      if (isContent(t) && !CONTRAST.contains(t.lower())) {
        descriptors.add(t.lower());
      }
      if (YEAR.matcher(t.word()).matches()) {
        when = t.word();
      }
    }
    for (Cand c : cands) {
      if (c != e && c.tb >= e.tb && c.te <= e.te) {
        if (c.type.isPlace() || c.type.equals(EntityType.COUNTRY)) {
          place = placeKey(c, s);
        } else if (c.type.equals(EntityType.DATE)) {
          when = dateKey(c, s);
        }
      }
    }
    // left: the determiner, a possessive owner, an edition word ("the next summit")
    Det det = Det.BARE;
    String contrast = null;
    int k = e.tb - 1;
    if (k >= 0 && CONTRAST.contains(s.tok(k).lower())) {
      contrast = s.tok(k).lower();
      k--;
    }
    if (k >= 0) {
      Tok t = s.tok(k);
      if (DEFINITES.contains(t.lower())) {
        det = Det.DEFINITE;
      } else if (INDEFINITES.contains(t.lower())) {
        det = Det.INDEFINITE;
        if (t.lower().equals("another")) {
          contrast = "another";
        }
      } else if (t.pos().equals("PRP$")) {
        det = Det.POSSESSIVE;
      } else if (t.isPossessive()) {
        det = Det.POSSESSIVE;
        Cand owner = endingAt(cands, k);
        if (owner != null && owner.type.equals(EntityType.DATE)) {
          when = dateKey(owner, s); // "next week's trade meeting", "Sunday's festivities"
          for (int i = owner.tb; i < owner.te; i++) {
            if (CONTRAST.contains(s.tok(i).lower())) {
              contrast = s.tok(i).lower();
            }
          }
        } else if (owner != null
            && (owner.type.isPlace() || owner.type.equals(EntityType.COUNTRY))) {
          place = placeKey(owner, s); // "Kenya's summit"
        }
      }
    }
    // right: "in Vilnius", "in 2023", "on Saturday", "of the cabinet", "with Hutu rebels"
    int i = e.te;
    int end = Math.min(s.size(), e.te + COMPLEMENT_WINDOW);
    boolean describing = false;
    while (i < end) {
      Tok t = s.tok(i);
      String w = t.lower();
      if (w.equals("in") || w.equals("at") || w.equals("on")) {
        Cand c = startingAt(cands, i + 1);
        if (c != null
            && (c.type.isPlace() || c.type.equals(EntityType.COUNTRY))
            && !w.equals("on")) {
          place = placeKey(c, s);
          i = c.te;
          describing = false;
          continue;
        }
        if (c != null && c.type.equals(EntityType.DATE)) {
          when = dateKey(c, s);
          i = c.te;
          describing = false;
          continue;
        }
        if (i + 1 < s.size() && YEAR.matcher(s.tok(i + 1).word()).matches()) {
          when = s.tok(i + 1).word();
          i += 2;
          describing = false;
          continue;
        }
        break;
      }
      if (DESCRIBING_PREPOSITIONS.contains(w)) {
        describing = true;
        i++;
        continue;
      }
      if (!describing
          || t.pos().startsWith("VB")
          || t.pos().equals("IN")
          || t.pos().equals("WDT")
          || t.pos().equals(",")
          || t.pos().equals(".")
          || t.pos().equals(":")) {
        break;
      }
      if (isContent(t)) {
        descriptors.add(w);
      }
      i++;
    }
    descriptors.remove(head);
    descriptors.remove(s.tok(e.head()).lower());
    return new EventCue(noun, head, descriptors, det, contrast, when, place);
  }

  /**
   * Whether a later mention with this cue may be the event of an earlier one: the same head (or a
   * synonym, "negotiations" after "talks"), or a plain definite mention of a kind the earlier one
   * is or is of ("the meeting" after the summit, "the war" after the conflict), or a compound
   * naming the earlier one ("the signing ceremony" after "the signing"); no other edition, time or
   * place; and, when this mention describes its event, a description in common. An indefinite
   * mention ("a meeting") is a new event, unless the earlier one is in the headline alone, which
   * news writes before introducing its events.
   *
   * @param anaphor whether this mention's noun may refer to any gathering ("the occasion")
   * @param earlierIsGathering whether the earlier event is a gathering
   * @param earlierInHeadlineOnly whether the earlier event is so far mentioned in the headline only
   */
  boolean mayReferTo(
      EventCue earlier,
      boolean anaphor,
      boolean earlierIsGathering,
      boolean earlierInHeadlineOnly) {
    if (det == Det.INDEFINITE && !earlierInHeadlineOnly || isApartFrom(earlier)) {
      return false; // "a meeting": a new one
    }
    Lexicon.@Nullable EventNoun ownNoun = noun;
    Lexicon.@Nullable EventNoun earlierNoun = earlier.noun;
    boolean bothNouns = ownNoun != null && earlierNoun != null;
    boolean sameHead =
        head.equals(earlier.head)
            || ownNoun != null && earlierNoun != null && ownNoun.isSynonymOf(earlierNoun);
    boolean kind =
        ownNoun != null
            && earlierNoun != null
            && (earlierNoun.isKindOf(ownNoun) || ownNoun.isKindOf(earlierNoun));
    boolean compound =
        (descriptors.contains(earlier.head) || earlier.descriptors.contains(head))
            && (kind
                || ownNoun != null && earlierNoun != null && ownNoun.cls() == earlierNoun.cls());
    if (compound) {
      return true;
    }
    if (!sameHead) {
      boolean plain = descriptors.isEmpty() && (det == Det.DEFINITE || det == Det.POSSESSIVE);
      if (!(plain && (kind || anaphor && earlierIsGathering))) {
        return false;
      }
    }
    if (descriptors.isEmpty() || earlierInHeadlineOnly && sameHead) {
      return true; // a headline's words are few and its own
    }
    Set<String> theirs = new HashSet<>(earlier.descriptors);
    theirs.add(earlier.head);
    return !Collections.disjoint(descriptors, theirs);
  }

  /**
   * Whether this later mention is told apart from an earlier one of the same event kind: by an
   * edition word the earlier lacks ("the next summit"), or by another time or place.
   */
  boolean isApartFrom(EventCue earlier) {
    return contrast != null && !contrast.equals(earlier.contrast)
        || when != null && earlier.when != null && !when.equals(earlier.when)
        || place != null && earlier.place != null && !place.equals(earlier.place);
  }

  private static boolean isContent(Tok t) {
    String p = t.pos();
    return (p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.equals("VBN"))
        && Character.isLetterOrDigit(t.word().charAt(0));
  }

  private static String placeKey(Cand c, Sent s) {
    return c.code != null ? c.code : text(c, s);
  }

  private static String dateKey(Cand c, Sent s) {
    return c.value != null ? c.value : text(c, s);
  }

  private static String text(Cand c, Sent s) {
    StringBuilder sb = new StringBuilder();
    for (int i = c.tb; i < c.te; i++) {
      sb.append(i == c.tb ? "" : " ").append(s.tok(i).word().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private static @Nullable Cand startingAt(List<Cand> cands, int token) {
    for (Cand c : cands) {
      if (c.tb == token && (c.kind == Cand.Kind.NAME || c.kind == Cand.Kind.DEMONYM)) {
        return c;
      }
    }
    return null;
  }

  private static @Nullable Cand endingAt(List<Cand> cands, int token) {
    for (Cand c : cands) {
      if (c.te == token && (c.kind == Cand.Kind.NAME || c.kind == Cand.Kind.DEMONYM)) {
        return c;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return head
        + descriptors
        + "/"
        + det
        + (contrast != null ? "/" + contrast : "")
        + (when != null ? "@" + when : "")
        + (place != null ? " in " + place : "");
  }
}
