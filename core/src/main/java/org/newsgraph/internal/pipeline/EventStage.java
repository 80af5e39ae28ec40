package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;

/**
 * Finds events, which CoreNLP does not tag: a head noun from the event lexicon ("parade",
 * "election", "war") made specific by a name, a place or a year before it ("Victory Day parade",
 * "2001 Italian general election", "Ukraine conflict"), by capitals ("World War II"), or by a place
 * after it ("the conflict in Ukraine"); and plain noun phrases ("the parade", "the occasion") that
 * later refer back to an event.
 */
final class EventStage implements Stage {

  /** Lower-case modifiers that belong inside an event name. */
  private static final Set<String> EVENT_ADJECTIVES =
      Set.of(
          "general",
          "federal",
          "presidential",
          "parliamentary",
          "legislative",
          "local",
          "mayoral",
          "municipal",
          "regional",
          "national",
          "provincial",
          "state",
          "snap",
          "midterm",
          "senate",
          "gubernatorial",
          "european",
          "civil",
          "world",
          "military",
          "victory",
          "independence",
          "leadership",
          "party",
          "constitutional",
          "olympic",
          "summer",
          "winter");

  /** Heads that name an event only with capitals or a year: alone they are too often generic. */
  private static final Set<String> WEAK_HEADS =
      Set.of(
          "attack",
          "attacks",
          "strike",
          "protest",
          "protests",
          "riots",
          "meeting",
          "session",
          "show",
          "fair",
          "debate",
          "dialogue",
          "talks",
          "negotiations",
          "offensive",
          "intervention",
          "occupation",
          "crisis",
          "scandal",
          "affair",
          "disaster",
          "pandemic",
          "epidemic",
          "famine",
          "earthquake",
          "tsunami",
          "wedding",
          "funeral",
          "concert",
          "exhibition",
          "assembly",
          "convention",
          "congress",
          "primary",
          "primaries",
          "gala",
          "rally",
          "day",
          "eve",
          "spring",
          "cup",
          "games",
          "bombing",
          "bombings",
          "blockade",
          "conference",
          "rising",
          "campaign",
          "raid",
          "incident",
          "tour",
          "awards");

  /** Heads that name an event only with a year: "Euro 2016", "Expo 2020". */
  private static final Set<String> YEAR_ONLY = Set.of("euro", "expo");

  /** Words that make "polls" the voting, not a survey: "won presidential polls in 1994". */
  private static final Set<String> ELECTORAL =
      Set.of(
          "presidential",
          "parliamentary",
          "general",
          "legislative",
          "local",
          "municipal",
          "regional",
          "national",
          "provincial",
          "mid-term",
          "midterm");

  /** Heads that take a place after them as part of their name: "the conflict in Ukraine". */
  private static final Set<EventClass> PLACE_AFTER =
      Set.of(EventClass.CONFLICT, EventClass.PROTEST, EventClass.ELECTION);

  /** Nouns that refer back to the event talked about. */
  private static final Set<String> ANAPHORS =
      Set.of("occasion", "event", "festivities", "gathering", "celebration", "celebrations");

  /** Event heads that also name permanent bodies when the tagger calls them organisations. */
  private static final Set<String> STANDING_BODIES =
      Set.of("congress", "assembly", "convention", "session", "forum", "league");

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "its");

  /** Ordinals, which the tagger may call adverbs: "the country's first all-race elections". */
  private static final Set<String> ORDINALS =
      Set.of(
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth");

  /** Nouns of a share, after which "of the vote" is the votes cast, not a poll. */
  private static final Set<String> SHARES =
      Set.of(
          "percent",
          "%",
          "share",
          "majority",
          "half",
          "third",
          "quarter",
          "proportion",
          "bulk",
          "rest");

  private static final Set<String> WAR_ACRONYMS = Set.of("WWI", "WWII", "WW1", "WW2");
  private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d(-\\d\\d)?s?");
  private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

  /**
   * A number after a capitalised head; the tokenizer keeps a sentence's final stop on "I." ("World
   * War I.").
   */
  private static final Pattern NUMBERING = Pattern.compile("[IVX]+\\.?|\\d{1,4}|One|Two|Three");

  private final Lexicon lexicon;

  EventStage(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.SENTENCES, Layer.NER_TAGS, Layer.MENTIONS);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.EVENTS);
  }

  @Override
  public void apply(WorkingDocument doc) {
    retypeNamedGatherings(doc);
    List<Cand> found = new ArrayList<>();
    for (Sent s : doc.sentences) {
      List<Cand> existing = doc.candsIn(s);
      boolean headline = isHeadline(s);
      List<Cand> inSentence = new ArrayList<>();
      for (int h = s.size() - 1; h >= 0; h--) {
        final int head = h;
        if (inSentence.stream().anyMatch(c -> c.covers(head))
            || existing.stream().anyMatch(c -> c.type.equals(EntityType.EVENT) && c.covers(head))) {
          continue;
        }
        Tok t = s.tok(h);
        if (WAR_ACRONYMS.contains(t.word())) {
          Cand c = new Cand(s, h, h + 1, EntityType.EVENT, Cand.Kind.NAME);
          c.eventClass = EventClass.CONFLICT;
          inSentence.add(c);
          continue;
        }
        EventClass cls = lexicon.eventClass(t.lower());
        int dash = t.word().lastIndexOf('-');
        if (cls == null
            && dash > 0
            && t.isCapitalized()
            && dash + 1 < t.word().length()
            && Character.isUpperCase(t.word().charAt(dash + 1))) {
          cls = lexicon.eventClass(t.lower().substring(dash + 1)); // "the Quasi-War"
        }
        Lexicon.EventNoun noun = commonNoun(t);
        if (noun == null
            && t.lower().equals("polls")
            && h > 0
            && ELECTORAL.contains(s.tok(h - 1).lower())) {
          noun = lexicon.eventNoun("election"); // "presidential polls"; "opinion polls" are none
        }
        if (cls == null && noun == null
            || !t.pos().startsWith("NN")
            || insidePersonOrOrganization(existing, h)) {
          continue;
        }
        Cand c = cls != null ? named(s, h, cls, headline, existing) : null;
        if (c == null && noun != null) {
          c = common(s, h, noun, existing, doc);
        }
        if (c == null && cls != null) {
          c = nominal(s, h, cls);
        }
        if (c != null) {
          inSentence.add(c);
        }
      }
      for (int i = 0; i < s.size(); i++) {
        if (ANAPHORS.contains(s.tok(i).lower())
            && i > 0
            && DETERMINERS.contains(s.tok(i - 1).lower())
            && s.tok(i).pos().startsWith("NN")) {
          final int at = i;
          if (inSentence.stream().noneMatch(c -> c.covers(at))) {
            inSentence.add(new Cand(s, i, i + 1, EntityType.EVENT, Cand.Kind.NOMINAL));
          }
        }
      }
      knownNames(doc, s, existing, inSentence);
      found.addAll(inSentence);
    }
    dropMistypedPlaces(doc, found);
    dropPersonsInConflictNames(doc, found);
    doc.cands.addAll(found);
    trimDatesInNames(doc, found);
    Map<Sent, List<Cand>> bySentence = new HashMap<>();
    for (Cand c : doc.cands) {
      bySentence.computeIfAbsent(c.sent, k -> new ArrayList<>()).add(c);
    }
    for (List<Cand> inSentence : bySentence.values()) {
      for (Cand c : inSentence) {
        if (c.type.equals(EntityType.EVENT)
            && (c.kind == Cand.Kind.NAME || c.kind == Cand.Kind.COMMON)) {
          c.cue = EventCue.of(c, commonNoun(c.sent.tok(c.head())), inSentence);
        }
      }
    }
  }

  /** The common event noun of a token, by its word ("talks") or else its lemma ("elections"). */
  private Lexicon.@Nullable EventNoun commonNoun(Tok t) {
    if (!t.pos().equals("NN") && !t.pos().equals("NNS") || lexicon.isNotEventForm(t.lower())) {
      return null;
    }
    Lexicon.EventNoun n = lexicon.eventNoun(t.lower());
    return n != null ? n : lexicon.eventNoun(t.lemmaLower());
  }

  /**
   * A common-noun event (issue 17): the noun phrase that an event noun heads, with its
   * pre-modifiers ("next week's trade meeting" gives "trade meeting", "the country's first all-race
   * elections" gives "first all-race elections"), or null where the noun only modifies another
   * ("war crimes"), lies inside another name, or is generic ("prisoners of war").
   */
  private @Nullable Cand common(
      Sent s, int h, Lexicon.EventNoun noun, List<Cand> existing, WorkingDocument doc) {
    if (h + 1 < s.size() && (s.tok(h + 1).pos().equals("NN") || s.tok(h + 1).pos().equals("NNS"))) {
      return null; // "war crimes", "election campaign": the head is the next noun
    }
    for (Cand x : existing) {
      if (x.covers(h) && !x.type.equals(EntityType.EVENT)) {
        return null; // "Election Day", a date; "Security Council", an organisation
      }
    }
    int b = h;
    for (int j = h - 1; j >= 0; j--) {
      Tok t = s.tok(j);
      String p = t.pos();
      boolean glued =
          t.end() == s.tok(j + 1).begin()
              && (isDash(s.tok(j + 1))
                  || isDash(t)
                  || j > 0 && isDash(s.tok(j - 1)) && s.tok(j - 1).end() == t.begin());
      boolean modifier =
          glued // "20-month war", "face-to-face talks"
              || p.startsWith("JJ")
              || p.startsWith("NN")
              || p.equals("HYPH")
              || ORDINALS.contains(t.lower())
              || MentionStage.JOINING_DASHES.contains(t.word())
              || p.equals("CD")
                  && (YEAR.matcher(t.word()).matches()
                      || t.word().contains("-")
                      || dateAt(existing, j))
              || (p.equals("VBN") || p.equals("VBG"))
                  && j > 0
                  && (s.tok(j - 1).pos().equals("DT")
                      || s.tok(j - 1).pos().equals("PRP$")
                      || s.tok(j - 1).isPossessive());
      boolean nounBeforeAdjective = p.startsWith("NN") && s.tok(j + 1).pos().startsWith("JJ");
      if (!modifier
          || nounBeforeAdjective // "the 2001 general election general elections": two phrases
          || t.isCapitalized() && lexicon.eventClass(t.lower()) != null
          || inKnownName(doc, s, j)) {
        break; // "the German Cup final", "the Brexit vote": the name is an event of its own
      }
      b = j;
    }
    for (Cand x : existing) {
      if (x.tb < b && b < x.te) {
        b = x.te; // not half of a name
      }
    }
    while (b < h
        && (EventCue.NOT_DESCRIBING.contains(s.tok(b).lower())
            || EventCue.CONTRAST.contains(s.tok(b).lower())
            || isDash(s.tok(b)))
        && !(isDash(s.tok(b + 1)) && s.tok(b).end() == s.tok(b + 1).begin())) {
      b++; // "the next NATO summit" is a "NATO summit", introduced as the next
    }
    if (b == h
        && h > 0
        && s.tok(h).pos().equals("NN")
        && !s.tok(h).lower().endsWith("ing")
        && (s.tok(h - 1).lower().equals("of") || s.tok(h - 1).lower().equals("at"))) {
      return null; // "prisoners of war", "at war": no event in particular ("days of fighting" is
      // one)
    }
    int of = b > 0 && DETERMINERS.contains(s.tok(b - 1).lower()) ? b - 2 : b - 1;
    if (of > 0 && s.tok(of).lower().equals("of") && SHARES.contains(s.tok(of - 1).lower())) {
      return null; // "95 percent of the vote": a share of the votes cast
    }
    Cand c = new Cand(s, b, h + 1, EntityType.EVENT, Cand.Kind.COMMON);
    c.eventClass = noun.cls();
    return c;
  }

  /** Whether the token lies in a name of the event-name lexicon ("Brexit", "Champions League"). */
  private boolean inKnownName(WorkingDocument doc, Sent s, int token) {
    for (int i = Math.max(0, token - lexicon.longestEventName() + 1); i <= token; i++) {
      if (!s.tok(i).isCapitalized()) {
        continue;
      }
      for (int j = Math.min(s.size(), i + lexicon.longestEventName()); j > token; j--) {
        if (lexicon.eventName(doc.text.substring(s.tok(i).begin(), s.tok(j - 1).end())) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isDash(Tok t) {
    return t.pos().equals("HYPH") || MentionStage.JOINING_DASHES.contains(t.word());
  }

  private static boolean dateAt(List<Cand> cands, int token) {
    for (Cand c : cands) {
      if (c.covers(token) && c.type.equals(EntityType.DATE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Munich Security Conference", "Venice Film Festival": the tagger often calls a named event an
   * organisation; an organisation name that ends in an event head is an event (but not one of the
   * heads that also name standing bodies, such as "Congress" or "Assembly").
   */
  private void retypeNamedGatherings(WorkingDocument doc) {
    List<Cand> events = new ArrayList<>();
    List<Cand> before = new ArrayList<>(doc.cands);
    doc.cands.removeIf(
        c -> {
          if (!c.type.equals(EntityType.ORGANIZATION) || c.te - c.tb < 2) {
            return false;
          }
          String head = c.sent.tok(c.head()).lower();
          EventClass cls = lexicon.eventClass(head);
          if (cls == null || STANDING_BODIES.contains(head)) {
            return false;
          }
          Cand e =
              new Cand(c.sent, demonymBefore(before, c), c.te, EntityType.EVENT, Cand.Kind.NAME);
          e.eventClass = cls;
          events.add(e);
          return true;
        });
    doc.cands.addAll(events);
  }

  private @Nullable Cand named(
      Sent s, int h, EventClass cls, boolean headline, List<Cand> existing) {
    Tok head = s.tok(h);
    boolean headCapitalized =
        head.isCapitalized()
            && h > 0
            && !headline
            && Character.isLetterOrDigit(
                s.tok(h - 1).word().charAt(0)); // not the first word of a quote
    boolean specific = false;
    boolean year = false;
    int b = h;
    for (int j = h - 1; j >= 0; j--) {
      Tok t = s.tok(j);
      if (t.isPossessive()
          || t.pos().equals("DT")
          || t.pos().equals("IN")
          || t.pos().equals("CC")
          || t.pos().startsWith("VB")
          || t.pos().startsWith("PRP")
          || t.pos().startsWith("W")) {
        break;
      }
      if (YEAR.matcher(t.word()).matches() || ORDINAL.matcher(t.word()).matches()) {
        specific = true;
        year = true;
        b = j;
      } else if (t.isCapitalized()
          && (j > 0 || t.isProperNoun())
          && !t.word().equals("The")
          && !personAt(existing, j)) {
        specific = true;
        b = j;
      } else if (EVENT_ADJECTIVES.contains(t.lower())
          || MentionStage.JOINING_DASHES.contains(t.word())) {
        b = j;
      } else {
        break;
      }
    }
    while (b < h
        && !s.tok(b).isCapitalized()
        && !YEAR.matcher(s.tok(b).word()).matches()
        && !ORDINAL.matcher(s.tok(b).word()).matches()) {
      b++; // a name starts with its first capital or number, not with "general"
    }
    int e = h + 1;
    if (headCapitalized) {
      while (e < s.size()
              && NUMBERING.matcher(s.tok(e).word()).matches()
              && s.tok(e).isCapitalized()
              && (!s.tok(e).word().endsWith(".") || e == s.size() - 1)
          || e < s.size() && YEAR.matcher(s.tok(e).word()).matches()) {
        e++; // "World War II", "Euro 2016"
      }
    }
    if (headCapitalized && e + 1 < s.size() && s.tok(e).lower().equals("of")) {
      // "Battle of Midway", "War of the Spanish Succession", "War of 1812"; a battle or a war is
      // named after a place, so a "person" the tagger finds there is that place ("Battle of
      // Chiari")
      e = ofName(s, e, existing, Lexicon.isConflict(cls));
    }
    // "the conflict in Ukraine", "the Soviet invasion of Poland"; a name already made specific by
    // capitals, a number or an "of" phrase takes no "in": "World War I in Paris" and "the Korean
    // War in Seoul" are wars, in a city
    boolean named = e > h + 1 || b < h && s.tok(b).isCapitalized() && !headline;
    if (PLACE_AFTER.contains(cls)
        && e + 1 < s.size()
        && (s.tok(e).lower().equals("in") && !named || s.tok(e).lower().equals("of"))) {
      Cand place = placeAt(existing, e + 1);
      if (place != null) {
        e = place.te;
        specific = true;
      }
    } else if (Lexicon.isConflict(cls) && e + 3 < s.size() && s.tok(e).lower().equals("between")) {
      // "the war between Russia and Ukraine"
      Cand first = placeAt(existing, e + 1);
      Cand second =
          first != null && first.te + 1 < s.size() && s.tok(first.te).lower().equals("and")
              ? placeAt(existing, first.te + 1)
              : null;
      if (second != null) {
        e = second.te;
        specific = true;
      }
    }
    boolean weak = WEAK_HEADS.contains(head.lower());
    if (weak ? !(headCapitalized || year) : !(specific || headCapitalized)) {
      return null;
    }
    if (YEAR_ONLY.contains(head.lower()) && !year && !YEAR.matcher(s.tok(e - 1).word()).matches()) {
      return null; // "Euro 2016", but not the currency
    }
    if ((cls == EventClass.HOLIDAY) && !headCapitalized) {
      return null;
    }
    Cand c = new Cand(s, b, e, EntityType.EVENT, Cand.Kind.NAME);
    c.eventClass = cls;
    if (s.tok(e - 1).word().endsWith(".") && s.tok(e - 1).word().length() > 1) {
      c.trimEnd = 1; // "World War I.": the sentence's stop is no part of the name
    }
    return c;
  }

  /**
   * Where a gathering's name starts when the tagger left a demonym before it out of the
   * organisation: "the German Islam Conference" is named with "German".
   */
  private static int demonymBefore(List<Cand> cands, Cand c) {
    for (Cand d : cands) {
      if (d.sent == c.sent
          && d.te == c.tb
          && d.type.equals(EntityType.COUNTRY)
          && d.kind == Cand.Kind.DEMONYM
          && c.sent.tok(d.tb).isCapitalized()) {
        return d.tb;
      }
    }
    return c.tb;
  }

  /** "Battle of Chiari", "Siege of Homs": a person inside a conflict's name is a place mistaken. */
  private static void dropPersonsInConflictNames(WorkingDocument doc, List<Cand> events) {
    doc.cands.removeIf(
        x ->
            x.type.equals(EntityType.PERSON)
                && events.stream()
                    .anyMatch(
                        e ->
                            e.sent == x.sent
                                && e.kind == Cand.Kind.NAME
                                && Lexicon.isConflict(e.eventClass)
                                && e.tb < x.tb
                                && x.te <= e.te));
  }

  /**
   * "Bolotnikov Uprising": the tagger may call an event's name a location; a location inside an
   * event name that holds the event's head word is that event, not a place.
   */
  private void dropMistypedPlaces(WorkingDocument doc, List<Cand> events) {
    doc.cands.removeIf(
        x -> {
          if (!x.type.equals(EntityType.LOCATION)) {
            return false;
          }
          for (Cand e : events) {
            if (e.sent == x.sent && e.kind == Cand.Kind.NAME && e.tb <= x.tb && x.te <= e.te) {
              for (int i = x.tb; i < x.te; i++) {
                if (lexicon.eventClass(x.sent.tok(i).lower()) != null) {
                  return true;
                }
              }
            }
          }
          return false;
        });
  }

  /**
   * The end of a capitalised event name that goes on with "of" and a name or a year ("Battle of
   * Midway", "War of the Spanish Succession", "War of 1812"), or {@code of} itself if none follows.
   */
  private static int ofName(Sent s, int of, List<Cand> existing, boolean placeNamed) {
    int k = of + 1;
    if (k + 1 < s.size() && s.tok(k).lower().equals("the")) {
      k++;
    }
    int end = k;
    if (k < s.size() && YEAR.matcher(s.tok(k).word()).matches()) {
      return k + 1;
    }
    while (end < s.size()
        && s.tok(end).isCapitalized()
        && (placeNamed || !personAt(existing, end))
        && (s.tok(end).pos().startsWith("NN") || s.tok(end).pos().startsWith("JJ"))) {
      end++; // "Spanish" is an adjective inside the name, "Succession" may be tagged a common noun
    }
    while (end > k && !s.tok(end - 1).pos().startsWith("NN")) {
      end--;
    }
    return end > k ? end : of;
  }

  /**
   * "2002 Winter Olympics": SUTime reads "2002 Winter" as a season; inside an event's name only the
   * year is a date.
   */
  private static void trimDatesInNames(WorkingDocument doc, List<Cand> events) {
    List<Cand> trimmed = new ArrayList<>();
    doc.cands.removeIf(
        d -> {
          if (!d.type.equals(EntityType.DATE)) {
            return false;
          }
          for (Cand e : events) {
            if (e.sent == d.sent
                && e.kind == Cand.Kind.NAME
                && e.overlaps(d.tb, d.te)
                && !(e.tb <= d.tb && d.te <= e.te && d.te - d.tb == 1)) {
              for (int i = Math.max(d.tb, e.tb); i < Math.min(d.te, e.te); i++) {
                if (YEAR.matcher(d.sent.tok(i).word()).matches()) {
                  Cand y = new Cand(d.sent, i, i + 1, EntityType.DATE, Cand.Kind.NAME);
                  y.value = d.sent.tok(i).word().substring(0, 4);
                  trimmed.add(y);
                  break;
                }
              }
              return true;
            }
          }
          return false;
        });
    doc.cands.addAll(trimmed);
  }

  /** Events named in the lexicon of event names: "Champions League", "Christmas", "Watergate". */
  private void knownNames(WorkingDocument doc, Sent s, List<Cand> existing, List<Cand> inSentence) {
    for (int i = 0; i < s.size(); i++) {
      if (!s.tok(i).isCapitalized() && !Character.isDigit(s.tok(i).word().charAt(0))) {
        continue;
      }
      for (int j = Math.min(s.size(), i + lexicon.longestEventName()); j > i; j--) {
        EventClass cls =
            lexicon.eventName(doc.text.substring(s.tok(i).begin(), s.tok(j - 1).end()));
        final int b = i;
        final int e = j;
        if (cls == null || inSentence.stream().anyMatch(c -> c.overlaps(b, e))) {
          continue;
        }
        // "the Eurovision Song Contest 1995", "the 2006 Ryder Cup": a year names one edition
        int nb = i > 0 && YEAR.matcher(s.tok(i - 1).word()).matches() ? i - 1 : i;
        int ne = j < s.size() && YEAR.matcher(s.tok(j).word()).matches() ? j + 1 : j;
        Cand c = new Cand(s, nb, ne, EntityType.EVENT, Cand.Kind.NAME);
        c.eventClass = cls;
        inSentence.add(c);
        doc.cands.removeIf(
            x ->
                x.sent == s
                    && x.overlaps(b, e)
                    && x.tb >= b
                    && x.te <= e
                    && (x.type.equals(EntityType.ORGANIZATION)
                        || x.type.equals(EntityType.DATE)
                        || x.type.equals(EntityType.CITY)
                        || x.type.equals(EntityType.LOCATION)));
        i = ne - 1;
        break;
      }
    }
  }

  /** "the parade": a plain mention, resolved later to the named event with the same head. */
  private static @Nullable Cand nominal(Sent s, int h, EventClass cls) {
    if (h == 0 || s.tok(h).isCapitalized() && h > 0 && s.tok(h).isProperNoun()) {
      return null;
    }
    for (int j = h - 1; j >= 0 && j >= h - 3; j--) {
      Tok t = s.tok(j);
      if (DETERMINERS.contains(t.lower())) {
        Cand c = new Cand(s, h, h + 1, EntityType.EVENT, Cand.Kind.NOMINAL);
        c.eventClass = cls;
        return c;
      }
      if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN")) {
        return null;
      }
    }
    return null;
  }

  private static boolean insidePersonOrOrganization(List<Cand> cands, int token) {
    for (Cand c : cands) {
      if (c.covers(token)
          && (c.type.equals(EntityType.PERSON) || c.type.equals(EntityType.ORGANIZATION))) {
        return true;
      }
    }
    return false;
  }

  private static boolean personAt(List<Cand> cands, int token) {
    for (Cand c : cands) {
      if (c.covers(token) && c.type.equals(EntityType.PERSON)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Cand placeAt(List<Cand> cands, int token) {
    for (Cand c : cands) {
      if (c.tb == token && c.type.isPlace() && c.kind == Cand.Kind.NAME) {
        return c;
      }
    }
    return null;
  }

  /**
   * Whether the sentence is a title-case heading, where capitals say nothing about names: no final
   * punctuation and most content words capitalized.
   */
  static boolean isHeadline(Sent s) {
    Tok last = s.tok(s.size() - 1);
    if (Set.of(".", "!", "?", "''", "\"", ":").contains(last.word())) {
      return false;
    }
    int words = 0;
    int caps = 0;
    for (Tok t : s.tokens) {
      if (t.word().length() > 3 && Character.isLetter(t.word().charAt(0))) {
        words++;
        if (t.isCapitalized()) {
          caps++;
        }
      }
    }
    return words >= 3 && caps * 10 >= words * 7;
  }
}
