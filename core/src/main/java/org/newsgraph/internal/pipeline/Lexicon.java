package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EventClass;

/**
 * The word lists the rules read: countries with their codes, variants and demonyms; titles and
 * whether they lead a country; event head nouns and their class. Loaded once per extractor from
 * classpath resources; immutable after construction.
 */
final class Lexicon {

  /** A country: ISO code (null for a former state that had none) and canonical name. */
  record Country(@Nullable String code, String name) {}

  /** A surface form of a country, and whether it is a demonym or adjective. */
  record CountryForm(Country country, boolean demonym) {}

  enum TitleKind {
    OFFICE,
    OTHER
  }

  /**
   * A common noun that names an event (issue 17), from {@code event-nouns.tsv}: its class, the
   * WordNet 3.1 synsets of its event senses (the most frequent first; none for a noun WordNet
   * lacks) and their hypernyms up to their class's root.
   */
  record EventNoun(
      String lemma, EventClass cls, ImmutableList<Long> synsets, ImmutableSet<Long> ancestors) {

    /**
     * Whether one of this noun's events is a kind of the other's main one: "summit" of "meeting",
     * "war" of "conflict", "negotiations" of "talks" (the same sense).
     */
    boolean isKindOf(EventNoun other) {
      if (lemma.equals(other.lemma)) {
        return true;
      }
      if (other.synsets.isEmpty()) {
        return false;
      }
      long main = other.synsets.get(0);
      return synsets.contains(main) || ancestors.contains(main);
    }

    /** Whether the two nouns share their main sense: "talks" and "negotiations". */
    boolean isSynonymOf(EventNoun other) {
      return lemma.equals(other.lemma)
          || !synsets.isEmpty()
              && !other.synsets.isEmpty()
              && synsets.get(0).equals(other.synsets.get(0));
    }
  }

  private static final String BASE = "/org/newsgraph/internal/lexicon/";

  private final ImmutableMap<String, CountryForm> countryForms;
  private final int longestCountryForm;
  private final ImmutableMap<String, TitleKind> titles;
  private final ImmutableSet<String> titleWords;
  private final ImmutableSet<String> organisationWords;
  private final ImmutableMap<String, EventClass> eventHeads;
  private final ImmutableMap<String, EventClass> eventNames;
  private final int longestEventName;
  private final ImmutableMap<String, EventNoun> eventNouns;
  private final ImmutableSet<String> notEventForms;

  Lexicon() {
    Map<String, CountryForm> forms = new HashMap<>();
    int longest = 1;
    List<String[]> countryRows = new ArrayList<>(rows("countries.tsv"));
    countryRows.addAll(rows("former-countries.tsv"));
    for (String[] row : countryRows) {
      Country c = new Country(row[0].equals("-") ? null : row[0], row[1]);
      List<String> names = new ArrayList<>();
      names.add(row[1]);
      if (row.length > 2 && !row[2].isEmpty()) {
        names.addAll(List.of(row[2].split("\\|")));
      }
      for (String n : names) {
        String key = normalize(n.startsWith("the ") ? n.substring(4) : n);
        forms.putIfAbsent(key, new CountryForm(c, false));
        longest = Math.max(longest, key.split(" ").length);
      }
      if (row.length > 3 && !row[3].isEmpty()) {
        for (String n : row[3].split("\\|")) {
          forms.putIfAbsent(normalize(n), new CountryForm(c, true));
        }
      }
    }
    this.countryForms = ImmutableMap.copyOf(forms);
    this.longestCountryForm = longest;

    Map<String, TitleKind> t = new HashMap<>();
    Set<String> words = new HashSet<>();
    for (String[] row : rows("titles.tsv")) {
      t.put(row[0], TitleKind.valueOf(row[1]));
      words.addAll(List.of(row[0].split("[ -]")));
    }
    words.remove("of");
    this.titles = ImmutableMap.copyOf(t);
    this.titleWords = ImmutableSet.copyOf(words);

    Set<String> orgWords = new HashSet<>();
    for (String[] row : rows("organisation-words.tsv")) {
      orgWords.add(row[0]);
    }
    this.organisationWords = ImmutableSet.copyOf(orgWords);

    Map<String, EventClass> e = new HashMap<>();
    for (String[] row : rows("events.tsv")) {
      e.put(row[0], EventClass.valueOf(row[1]));
    }
    this.eventHeads = ImmutableMap.copyOf(e);

    Map<String, EventClass> names = new HashMap<>();
    int longestName = 1;
    for (String[] row : rows("event-names.tsv")) {
      names.put(normalize(row[0]), EventClass.valueOf(row[1]));
      longestName = Math.max(longestName, row[0].split(" ").length);
    }
    this.eventNames = ImmutableMap.copyOf(names);
    this.longestEventName = longestName;

    Map<String, EventNoun> nouns = new HashMap<>();
    Set<String> notEvents = new HashSet<>();
    for (String[] row : rows("event-nouns.tsv")) {
      if (row[1].equals("-")) {
        notEvents.add(row[0]); // "votes": ballots, though "vote" is an election
      } else {
        nouns.put(
            row[0],
            new EventNoun(
                row[0], EventClass.valueOf(row[1]), offsets(row[2]).asList(), offsets(row[3])));
      }
    }
    this.notEventForms = ImmutableSet.copyOf(notEvents);
    this.eventNouns = ImmutableMap.copyOf(nouns);
  }

  /**
   * The common event noun of a lower-case word or lemma ("talks", "election"), or null: nouns whose
   * WordNet senses make them events (see {@code EventNounsGenerator}).
   */
  @Nullable EventNoun eventNoun(String lower) {
    return eventNouns.get(lower);
  }

  /** Whether a lower-case word form names no event though its lemma does ("votes"). */
  boolean isNotEventForm(String lower) {
    return notEventForms.contains(lower);
  }

  /** Whether events of this class gather people who can attend them and a host. */
  static boolean isGathering(@Nullable EventClass c) {
    return c == EventClass.MEETING
        || c == EventClass.VISIT
        || c == EventClass.CEREMONY
        || c == EventClass.SPORTS
        || c == EventClass.SHOW;
  }

  /** Whether events of this class have sides rather than guests: wars, uprisings, protests. */
  static boolean isConflict(@Nullable EventClass c) {
    return c == EventClass.CONFLICT || c == EventClass.PROTEST;
  }

  /** The class of a known event name ("Champions League", "Christmas"), or null. */
  @Nullable EventClass eventName(String surface) {
    return eventNames.get(normalize(surface));
  }

  int longestEventName() {
    return longestEventName;
  }

  /** Folds curly apostrophes and runs of white space, so that surface forms compare equal. */
  static String normalize(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").trim();
  }

  @Nullable CountryForm country(String surface) {
    return countryForms.get(normalize(surface));
  }

  int longestCountryForm() {
    return longestCountryForm;
  }

  /** The kind of exactly this lower-case title, or null. */
  @Nullable TitleKind exactTitleKind(String phrase) {
    return titles.get(phrase.toLowerCase(Locale.ROOT).trim());
  }

  /** Whether a lower-case word makes a name an organisation's: "parti", "liga", "sangh". */
  boolean isOrganisationWord(String lower) {
    return organisationWords.contains(lower);
  }

  boolean isTitleWord(String lower) {
    return titleWords.contains(lower);
  }

  @Nullable EventClass eventClass(String lower) {
    return eventHeads.get(lower);
  }

  private static ImmutableSet<Long> offsets(String list) {
    ImmutableSet.Builder<Long> b = ImmutableSet.builder();
    if (!list.isEmpty()) {
      for (String o : list.split(",")) {
        b.add(Long.parseLong(o));
      }
    }
    return b.build();
  }

  private static List<String[]> rows(String file) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "lexicon resource " + BASE + file + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file, e);
    }
    return rows;
  }
}
