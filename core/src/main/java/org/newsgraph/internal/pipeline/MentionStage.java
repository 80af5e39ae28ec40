package org.newsgraph.internal.pipeline;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;

/**
 * Finds the mentions of people, countries, places, organisations and dates: countries (names,
 * variants, demonyms) from the lexicon, the rest from CoreNLP's NER spans, and personal pronouns
 * for later resolution.
 */
final class MentionStage implements Stage {

  private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");

  /** The dashes that join two words into one ("Russia-Ukraine", "Iran–Iraq"), as tokens. */
  static final Set<String> JOINING_DASHES = Set.of("-", "\u2013", "\u2014");

  /** Quotation marks as the tokenizer writes them. */
  private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201c", "\u201d");

  /** NER spans that may hold a country name without being about the country. */
  private static final Set<String> NAME_CONTAINERS =
      Set.of(
          "ORGANIZATION",
          "MISC",
          "PERSON",
          "CAUSE_OF_DEATH",
          "RELIGION",
          "IDEOLOGY",
          "CITY",
          "STATE_OR_PROVINCE"); // "Mexico City", "New Mexico": no country in them

  private static final Set<String> HONORIFICS =
      Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady");

  /** Words that, followed by "of" and a name, name a state: "Kingdom of Prussia". */
  private static final Set<String> STATE_WORDS =
      Set.of(
          "Kingdom",
          "Principality",
          "Duchy",
          "Empire",
          "Republic",
          "Colony",
          "Emirate",
          "Sultanate",
          "Khanate",
          "Protectorate",
          "State",
          "Commonwealth",
          "Federation");

  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");

  /** Continents and world regions, which the fine-grained tagger may call cities. */
  private static final Set<String> REGIONS =
      Set.of(
          "Asia",
          "Europe",
          "Africa",
          "Oceania",
          "Antarctica",
          "Eurasia",
          "Scandinavia",
          "Balkans",
          "Caucasus",
          "Arctic");

  /** A regnal number that took the sentence's full stop: "Harald V." */
  private static final Pattern REGNAL_STOP = Pattern.compile("[IVX]{1,4}\\.");

  /** Words between an organisation's first word and a country's name in its name. */
  private static final Set<String> CONNECTORS =
      Set.of("for", "of", "de", "di", "du", "del", "des", "do", "da");

  /**
   * Capitalised words that start organisations' names that hold a country's: "Reform UK", "Air
   * India".
   */
  private static final Set<String> ORGANISATION_LEADS =
      Set.of(
          "Alternative",
          "Reform",
          "Team",
          "Air",
          "Stade",
          "Stadio",
          "Estadio",
          "Stadium",
          "Bank",
          "Banque",
          "Banco",
          "Banca",
          "University",
          "Universidad",
          "Universidade",
          "Université",
          "Radio",
          "Visit",
          "Invest",
          "Campaign");

  /**
   * Capitalised words that end organisations' names that start with a country's: "Kenya Airways".
   */
  private static final Set<String> ORGANISATION_TAILS =
      Set.of(
          "Airways",
          "Airlines",
          "Air",
          "Telecom",
          "Post",
          "Rail",
          "Railways",
          "Today",
          "Times",
          "Inc",
          "Ltd",
          "Plc",
          "Holdings",
          "Petroleum",
          "Steel",
          "Motors",
          "Bank");

  /** English nouns that, after a name, make it an organisation's: "the Ratz party". */
  private static final Set<String> ORGANISATION_HEADS =
      Set.of("party", "movement", "coalition", "alliance", "bloc");

  private final Lexicon lexicon;
  private final Cities cities;

  MentionStage(Lexicon lexicon, Cities cities) {
    this.lexicon = lexicon;
    this.cities = cities;
  }

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public ImmutableSet<Layer> requires() {
    return ImmutableSet.of(Layer.SENTENCES, Layer.NER_TAGS);
  }

  @Override
  public ImmutableSet<Layer> provides() {
    return ImmutableSet.of(Layer.MENTIONS);
  }

  @Override
  public void apply(WorkingDocument doc) {
    for (Sent s : doc.sentences) {
      boolean[] taken = new boolean[s.size()];
      findCountries(doc, s, taken);
      for (NerSpan span : mergeNicknames(s, mergePlaces(s.ner))) {
        if (anyTaken(taken, span.begin(), span.end())) {
          continue;
        }
        Cand c = fromNer(doc, s, span);
        if (c != null) {
          doc.cands.add(c);
          mark(taken, c.tb, c.te);
        }
      }
      for (int i = 0; i < s.size(); i++) {
        Tok t = s.tok(i);
        if (!taken[i] && PRONOUNS.contains(t.lower()) && t.pos().startsWith("PRP")) {
          doc.cands.add(new Cand(s, i, i + 1, EntityType.PERSON, Cand.Kind.PRONOUN));
        }
      }
    }
  }

  private void findCountries(WorkingDocument doc, Sent s, boolean[] taken) {
    findStates(doc, s, taken);
    int n = s.size();
    for (int i = 0; i < n; i++) {
      if (!s.tok(i).isCapitalized()) {
        continue;
      }
      for (int j = Math.min(n, i + lexicon.longestCountryForm()); j > i; j--) {
        String surface = doc.text.substring(s.tok(i).begin(), s.tok(j - 1).end());
        if (j == i + 1 && surface.length() > 3 && surface.regionMatches(true, 0, "ex-", 0, 3)) {
          surface =
              surface.substring(
                  3); // "Ex-Pakistani Prime Minister X": the demonym, its "ex-" is the title's
        }
        Lexicon.CountryForm form = lexicon.country(surface);
        if (form == null || insideLargerName(s, i, j) || insideOrganisationName(s, i, j)) {
          continue;
        }
        Cand c =
            new Cand(
                s, i, j, EntityType.COUNTRY, form.demonym() ? Cand.Kind.DEMONYM : Cand.Kind.NAME);
        c.code = form.country().code();
        c.canonical = form.country().name();
        doc.cands.add(c);
        mark(taken, i, j);
        i = j - 1;
        break;
      }
    }
  }

  /**
   * "Kingdom of Saudi Arabia", "Principality of Guria", "Crown Colony of Sarawak": a word for a
   * state, "of" and a name is a country, the known one if the name is in the lexicon.
   */
  private void findStates(WorkingDocument doc, Sent s, boolean[] taken) {
    int n = s.size();
    for (int i = 0; i + 2 < n; i++) {
      if (!STATE_WORDS.contains(s.tok(i).word()) || !s.tok(i + 1).word().equals("of")) {
        continue;
      }
      int b = i;
      if (b > 0 && (s.tok(b - 1).word().equals("Grand") || s.tok(b - 1).word().equals("Crown"))) {
        b--;
      }
      int e = i + 2;
      while (e < n
          && e < i + 5
          && s.tok(e).isCapitalized()
          && s.tok(e).pos().startsWith("NNP")
          && !s.tok(e).ner().equals("PERSON")) {
        e++;
      }
      // the longest known country the name starts with: "Republic of Kazakhstan Nursultan
      // Nazarbayev"
      for (int k = e; k > i + 2; k--) {
        if (lexicon.country(doc.text.substring(s.tok(i + 2).begin(), s.tok(k - 1).end())) != null) {
          e = k;
          break;
        }
      }
      if (e == i + 2 || anyTaken(taken, b, e)) {
        continue;
      }
      Lexicon.CountryForm known =
          lexicon.country(doc.text.substring(s.tok(i + 2).begin(), s.tok(e - 1).end()));
      Cand c = new Cand(s, b, e, EntityType.COUNTRY, Cand.Kind.NAME);
      if (known != null && !known.demonym()) {
        c.code = known.country().code();
        c.canonical = known.country().name();
      } else {
        c.canonical = Lexicon.normalize(doc.text.substring(s.tok(b).begin(), s.tok(e - 1).end()));
      }
      doc.cands.add(c);
      mark(taken, b, e);
      i = e - 1;
    }
  }

  /**
   * Whether CoreNLP saw tokens [b, e) as part of a longer organisation or other name. A word the
   * tagger only joined to another name by a dash ("Russia-Ukraine war", "German-Jewish") is no
   * longer name, unless it is a person's or an organisation's ("German-speaking" stays one word).
   */
  private static boolean insideLargerName(Sent s, int b, int e) {
    boolean dashed =
        e + 1 < s.size() && JOINING_DASHES.contains(s.tok(e).word()) && s.tok(e + 1).isCapitalized()
            || b > 1
                && JOINING_DASHES.contains(s.tok(b - 1).word())
                && s.tok(b - 2).isCapitalized();
    for (NerSpan span : s.ner) {
      if (span.begin() <= b
          && e <= span.end()
          && span.end() - span.begin() > e - b
          && NAME_CONTAINERS.contains(span.tag())
          && !(dashed && !span.tag().equals("PERSON") && !span.tag().equals("ORGANIZATION"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens [b, e), a country's name, are part of an organisation's name that the tagger did
   * not mark: a word that heads such names before it ("Alternative for Germany", "Stade de France",
   * "Reform UK", "Air India", "Team GB") or after it ("Kenya Airways", "India Today").
   */
  private static boolean insideOrganisationName(Sent s, int b, int e) {
    int lead = b - 1;
    if (lead >= 1 && CONNECTORS.contains(s.tok(lead).word())) {
      lead--; // "Alternative for Germany", "Stade de France", "Bank of England"
    }
    if (lead >= 0 && ORGANISATION_LEADS.contains(s.tok(lead).word())) {
      return true;
    }
    return e < s.size()
        && ORGANISATION_TAILS.contains(s.tok(e).word())
        && s.tok(e).pos().startsWith("NNP");
  }

  /**
   * Joins place spans that touch ("Central" LOCATION + "Asia" CITY) into one LOCATION: the
   * fine-grained tagger splits region names it knows only in part.
   */
  private static List<NerSpan> mergePlaces(List<NerSpan> spans) {
    List<NerSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(NerSpan::begin));
    List<NerSpan> out = new ArrayList<>();
    for (NerSpan span : sorted) {
      NerSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.end() == span.begin()
          && PLACE_TAGS.contains(last.tag())
          && PLACE_TAGS.contains(span.tag())) {
        out.set(out.size() - 1, new NerSpan(last.begin(), span.end(), "LOCATION", null));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /**
   * Joins a name with a quoted nickname inside it into one person: 'Wilfried "Willi" Schneider',
   * 'Joaquin "El Chapo" Guzman', which the tagger reads as two or three people.
   */
  private static List<NerSpan> mergeNicknames(Sent s, List<NerSpan> spans) {
    List<NerSpan> out = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      NerSpan first = spans.get(k);
      int open = first.end();
      if (!first.tag().equals("PERSON")
          || open >= s.size()
          || !QUOTES.contains(s.tok(open).word())) {
        out.add(first);
        continue;
      }
      int close = open + 1;
      while (close < Math.min(s.size(), open + 5)
          && !QUOTES.contains(s.tok(close).word())
          && s.tok(close).isCapitalized()) {
        close++;
      }
      int last = k + 1;
      while (last < spans.size() && spans.get(last).end() <= close) {
        last++;
      }
      if (close == open + 1
          || close >= s.size()
          || !QUOTES.contains(s.tok(close).word())
          || last == spans.size()
          || spans.get(last).begin() != close + 1
          || !spans.get(last).tag().equals("PERSON")) {
        out.add(first);
        continue;
      }
      out.add(new NerSpan(first.begin(), spans.get(last).end(), "PERSON", null));
      k = last;
    }
    return out;
  }

  private @Nullable Cand fromNer(WorkingDocument doc, Sent s, NerSpan span) {
    if (span.tag().equals("PERSON")
        && span.end() - span.begin() == 1
        && PRONOUNS.contains(s.tok(span.begin()).lower())) {
      return null; // "His" at the start of a sentence is a pronoun, not a name
    }
    if (span.tag().equals("CITY")
        && span.end() - span.begin() == 1
        && REGIONS.contains(s.tok(span.begin()).word())) {
      return new Cand(s, span.begin(), span.end(), EntityType.LOCATION, Cand.Kind.NAME);
    }
    EntityType type;
    switch (span.tag()) {
      case "PERSON":
        type = EntityType.PERSON;
        break;
      case "CITY":
        type = EntityType.CITY;
        break;
      case "STATE_OR_PROVINCE":
      case "LOCATION":
        type = EntityType.LOCATION;
        break;
      case "COUNTRY":
        if (insideOrganisationName(s, span.begin(), span.end())) {
          return null; // "Alternative for Germany", "Reform UK"
        }
        type = EntityType.COUNTRY;
        break;
      case "ORGANIZATION":
        type = EntityType.ORGANIZATION;
        break;
      case "DATE":
        return DateMentions.cand(doc, s, span);
      default:
        return null; // NATIONALITY outside the lexicon, TITLE, MISC (events), numbers: not entities
    }
    int b = span.begin();
    int e = span.end();
    if (type.equals(EntityType.PERSON) && organisationName(s, b, e)) {
      type = EntityType.ORGANIZATION; // "Parti Québécois", "the Hetz party"
    }
    if (type.equals(EntityType.PERSON)) {
      // the tagger often misses a rare first name: "Recep Tayyip Erdogan"
      while (b > 0
          && s.tok(b - 1).pos().equals("NNP")
          && s.tok(b - 1).ner().equals("O")
          && s.tok(b - 1).isCapitalized()
          && !HONORIFICS.contains(s.tok(b - 1).word())
          && lexicon.country(s.tok(b - 1).word()) == null
          && !lexicon.isTitleWord(s.tok(b - 1).lower())) {
        b--;
      }
    }
    while (b < e && (s.tok(b).pos().equals("DT") || s.tok(b).isPossessive())) {
      b++;
    }
    while (e > b && (s.tok(e - 1).isPossessive() || s.tok(e - 1).pos().equals("POS"))) {
      e--;
    }
    if (b >= e) {
      return null;
    }
    Cities.City city = type.equals(EntityType.PERSON) ? null : cities.city(words(s, b, e));
    if (type.equals(EntityType.CITY)
        && city == null
        && e - b == 1
        && b > 0
        && (s.tok(b - 1).lower().equals("the")
            || s.tok(b - 1).isCapitalized() && s.tok(b - 1).pos().matches("NNP.*|JJ"))) {
      return null; // "the African Union", "the Union": a capitalised noun in a name, not a town of
      // the gazetteer
    }
    if (span.tag().equals("LOCATION") && city != null) {
      type = EntityType.CITY; // CoreNLP's fine-grained list lacks Tehran, Tripoli, Nablus, Gaza
    }
    Cand c = new Cand(s, b, e, type, Cand.Kind.NAME);
    if (type.equals(EntityType.CITY) && city != null && city.capital()) {
      c.capitalOf = city.countryCode();
    }
    boolean last = e == s.size() || e == s.size() - 1 && s.tok(e).word().equals(".");
    if (type.equals(EntityType.PERSON)
        && last
        && e - b > 1
        && REGNAL_STOP.matcher(s.tok(e - 1).word()).matches()) {
      c.trimEnd = 1; // "appointed by King Harald V.": the sentence's full stop is not the name's
    }
    return c;
  }

  private static String words(Sent s, int b, int e) {
    StringBuilder sb = new StringBuilder(s.tok(b).word());
    for (int i = b + 1; i < e; i++) {
      sb.append(' ').append(s.tok(i).word());
    }
    return sb.toString();
  }

  /**
   * Whether a name the tagger took for a person's is an organisation's: it holds a party or
   * movement word of another language ("Nueva Izquierda"), or is followed by one in English ("the
   * Ratz party").
   */
  private boolean organisationName(Sent s, int b, int e) {
    for (int i = b; i < e; i++) {
      if (lexicon.isOrganisationWord(s.tok(i).lower())) {
        return true;
      }
    }
    return e < s.size()
        && ORGANISATION_HEADS.contains(s.tok(e).lower())
        && s.tok(e).pos().startsWith("NN");
  }

  private static boolean anyTaken(boolean[] taken, int b, int e) {
    for (int i = b; i < e; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] taken, int b, int e) {
    for (int i = b; i < e; i++) {
      taken[i] = true;
    }
  }
}
