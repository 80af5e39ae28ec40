package org.newsgraph.internal.pipeline;

import static java.util.Objects.requireNonNull;
import static org.newsgraph.relation.RelationType.ATTENDS;
import static org.newsgraph.relation.RelationType.CITIZEN_OF;
import static org.newsgraph.relation.RelationType.HOSTED_BY;
import static org.newsgraph.relation.RelationType.LOCATED_IN;
import static org.newsgraph.relation.RelationType.ON_DATE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.EventClass;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.RelationType;
import org.newsgraph.relation.Tenure;
import org.newsgraph.rules.RelationRule;

/**
 * Reads relations from titles, nationalities and event contexts over the mentions of each sentence.
 *
 * <ul>
 *   <li>The title {@link RelationRule}s (NewsGraph's LEADER_OF and the user's): a title next to a
 *       person and the entity it is of: "Kazakh President X", "Tajikistan's President X",
 *       "President of Chile X", "X, the president of Y", "X, Y's prime minister", "X is the
 *       president of Y", "Presidents A of B and C of D", "X leads Y" (the title "leader"), and a
 *       bare capitalised title ("Prime Minister X") read against the country the document is about.
 *   <li>CITIZEN_OF from the same constructions with any role noun ("Foreign Minister", "striker"),
 *       from a demonym alone ("German Angela Merkel"), from a birthplace ("born in Bergen,
 *       Norway"), life dates and a national team. The nationality readings that are token sequences
 *       ("X of Y", "X from Y", "Iran-born", "his native Peru", a role in a national body) are rules
 *       in {@code nationality.rules}; the guesses from the article's main country run after the
 *       rules, in {@link ArticleStage}.
 *   <li>ATTENDS for the sides named after "between" an event.
 *   <li>LOCATED_IN, ON_DATE and HOSTED_BY from an event's name ("2001 Italian general election"),
 *       what follows it ("... on May 9th in Moscow"), "held in", and a possessive host ("Russia's
 *       annual Victory Day parade").
 * </ul>
 *
 * <p>Verb and noun rules, ATTENDS among them, run in {@link RuleStage}.
 */
final class RelationStage implements Stage {

  private static final Set<String> TITLE_MODIFIERS =
      Set.of(
          "former",
          "ex",
          "late",
          "then",
          "acting",
          "interim",
          "outgoing",
          "incumbent",
          "new",
          "newly",
          "elected",
          "current",
          "ousted",
          "deposed",
          "exiled",
          "longtime",
          "long-time",
          "veteran",
          "embattled",
          "powerful",
          "authoritarian",
          "-",
          "elect",
          "incoming",
          "sitting",
          "future",
          "caretaker",
          "provisional",
          "designate",
          "erstwhile",
          // honorifics between a title and a name: "Prime Minister Dr. X"
          "dr",
          "dr.",
          "mr",
          "mr.",
          "mrs",
          "mrs.",
          "ms",
          "ms.",
          "sir",
          "dame",
          "prof",
          "prof.",
          "sheikh");

  /** Modifiers that say a title is held now: "current president X". */
  private static final Set<String> IN_OFFICE =
      Set.of("current", "incumbent", "sitting", "acting", "interim");

  private static final Set<String> COPULA =
      Set.of("is", "was", "became", "remains", "becomes", "'s");

  /** A role named after another person's: "his Japanese counterpart Taro Aso". */
  private static final Set<String> COUNTERPARTS =
      Set.of("counterpart", "counterparts", "opposite number");

  private static final Set<String> LEAD_VERBS = Set.of("lead", "head", "rule", "govern");

  /** A regnal number after a name: "King Constantine I of Greece". */
  private static final Pattern REGNAL = Pattern.compile("[IVX]{1,4}");

  /**
   * Roles that a country's name before them is the subject of: "a Russia expert", "China watcher".
   */
  private static final Set<String> TOPIC_ROLES =
      Set.of(
          "expert",
          "specialist",
          "watcher",
          "scholar",
          "observer",
          "hand",
          "analyst",
          "researcher",
          "historian");

  /** Nouns a country's "national" side is named with: "the Netherlands national team". */
  private static final Set<String> SIDES = Set.of("team", "squad", "side", "eleven");

  /** Finite verb tags: a clause, not a modifier, between a national body and a name. */
  private static final Set<String> FINITE = Set.of("VB", "VBD", "VBZ", "VBP", "MD");

  /**
   * Verbs that give a role: their subject the one after "as" ("X was appointed as Y's ambassador"),
   * their object the one after it ("they elected X the president of Y").
   */
  private static final Set<String> AS_VERBS =
      Set.of(
          "appoint",
          "name",
          "elect",
          "serve",
          "work",
          "act",
          "install",
          "nominate",
          "confirm",
          "reappoint",
          "re-elect",
          "make",
          "crown",
          "proclaim",
          "declare");

  private static final Set<EntityType> PLACES =
      Set.of(EntityType.COUNTRY, EntityType.CITY, EntityType.LOCATION);

  /**
   * Head nouns that say a "person" the tagger found is a place, a group or a work, so no
   * nationality or title is read from them: "X is a village in Germany", "the Norwegian club X".
   */
  private static final Set<String> NOT_PEOPLE =
      Set.of(
          "village",
          "town",
          "city",
          "municipality",
          "commune",
          "parish",
          "district",
          "county",
          "province",
          "region",
          "suburb",
          "neighbourhood",
          "neighborhood",
          "settlement",
          "locality",
          "hamlet",
          "river",
          "lake",
          "mountain",
          "island",
          "peninsula",
          "valley",
          "club",
          "team",
          "company",
          "firm",
          "band",
          "group",
          "orchestra",
          "ensemble",
          "choir",
          "label",
          "newspaper",
          "magazine",
          "airport",
          "station",
          "school",
          "university",
          "hospital",
          "church",
          "cathedral",
          "museum",
          "gallery",
          "park",
          "stadium",
          "bridge",
          "building",
          "song",
          "album",
          "single",
          "film",
          "novel",
          "book",
          "poem",
          "ballad",
          "party",
          "organization",
          "organisation",
          "agency",
          "ship",
          "airline",
          "brand",
          "resort",
          "conglomerate",
          "manufacturer",
          "maker",
          "carmaker",
          "automaker",
          "retailer",
          "broadcaster",
          "publisher",
          "lender",
          "insurer",
          "carrier",
          "bank",
          "giant",
          "chain",
          "operator",
          "startup",
          "start-up",
          "isthmus",
          "area",
          "port",
          "harbour",
          "castle",
          "palace",
          "monument",
          "statue",
          "street",
          "square");

  /**
   * Roles a person holds in a country's politics or state: "a politician in Nova Scotia, Canada",
   * "a federal judge in the United States".
   */
  private static final Set<String> POLITICAL =
      Set.of(
          "politician",
          "legislator",
          "lawmaker",
          "senator",
          "deputy",
          "parliamentarian",
          "statesman",
          "judge",
          "magistrate",
          "prosecutor",
          "mayor",
          "governor",
          "minister");

  /**
   * The longest parenthesis after a name that is stepped over: "X (May 22, 1913 in Y – 2004 in Z)".
   */
  private static final int PARENTHESIS = 45;

  /** Verbs between an event and its place or date: "opens on August 30 in Venice". */
  private static final Set<String> HAPPENING =
      Set.of(
          "be",
          "will",
          "hold",
          "take",
          "place",
          "open",
          "begin",
          "start",
          "end",
          "close",
          "run",
          "kick",
          "off",
          "unfold",
          "erupt",
          "break",
          "schedule",
          "set",
          "due",
          "slate",
          "plan",
          "stage",
          "scheduled",
          "expected",
          "fight",
          "wage");

  /**
   * The confidence of a title reading relative to the rule's own, by construction: "Kazakh
   * President X" reads at the rule's confidence; a former or future title, "X leads Y", a name in a
   * list headed by a title, and a bare title read against the document's country less.
   */
  private static final double DIRECT = 1.0;

  private static final double FORMER_OR_FUTURE = 0.7 / 0.9;
  private static final double LIST = 0.75 / 0.9;
  private static final double LEAD_VERB = 0.7 / 0.9;
  private static final double BARE = 0.5 / 0.9;

  /**
   * What is won at an event, and so contested where it is: "the European Championship title in
   * Ukraine".
   */
  private static final Set<String> PRIZES =
      Set.of(
          "title", "medal", "trophy", "crown", "victory", "win", "gold", "silver", "bronze",
          "triumph");

  /** Generational suffixes written after a comma: "Elwood Buchanan, Sr". */
  private static final Set<String> NAME_SUFFIXES =
      Set.of("Sr", "Sr.", "Jr", "Jr.", "II", "III", "IV");

  /** Dashes that open an apposition. */
  private static final Set<String> DASHES = Set.of("—", "–", "--");

  /**
   * The last word of an armed force's name: "the United States Navy", "the Royal Canadian Air
   * Force".
   */
  private static final Set<String> FORCES =
      Set.of(
          "army",
          "armies",
          "navy",
          "force",
          "forces",
          "corps",
          "guard",
          "guards",
          "marines",
          "regiment",
          "brigade",
          "battalion",
          "squadron",
          "fleet",
          "legion",
          "militia",
          "wehrmacht",
          "luftwaffe",
          "kriegsmarine");

  /** Before a maiden name: "Eva Bosakova, née Vechtova". */
  private static final Set<String> NEE = Set.of("née", "nee");

  /**
   * Tags of the words that may stand in the noun phrase an event is said to be: "a failed 1355
   * coup".
   */
  private static final Set<String> IN_NOUN_PHRASE = Set.of("VBN", "CD", "HYPH");

  private final Lexicon lexicon;
  private final ImmutableSet<RelationType> wanted;

  /** Title rules by the titles they list. */
  private final ImmutableMap<String, ImmutableList<RelationRule>> ruleTitles;

  private final ImmutableSet<String> ruleTitleWords;

  /** The entity types a title may be of: countries, and every title rule's object types. */
  private final ImmutableSet<EntityType> holders;

  RelationStage(Lexicon lexicon, Set<RelationType> wanted, List<RelationRule> rules) {
    this.lexicon = lexicon;
    this.wanted = ImmutableSet.copyOf(wanted);
    Map<String, List<RelationRule>> byTitle = new HashMap<>();
    Set<String> words = new HashSet<>();
    Set<EntityType> holderTypes = new LinkedHashSet<>();
    holderTypes.add(EntityType.COUNTRY);
    for (RelationRule r : rules) {
      if (r.trigger() != RelationRule.Trigger.TITLE || !wanted.contains(r.type())) {
        continue;
      }
      holderTypes.addAll(r.objectTypes());
      for (String t : r.words()) {
        byTitle.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
        words.addAll(List.of(t.split("[ -]")));
      }
    }
    words.remove("of");
    ImmutableMap.Builder<String, ImmutableList<RelationRule>> b = ImmutableMap.builder();
    byTitle.forEach((t, rs) -> b.put(t, ImmutableList.copyOf(rs)));
    this.ruleTitles = b.buildOrThrow();
    this.ruleTitleWords = ImmutableSet.copyOf(words);
    this.holders = ImmutableSet.copyOf(holderTypes);
  }

  /**
   * A title as the rules see it: the known title that ends a phrase, its lexicon kind, the title
   * rules that list it.
   */
  private record TitleMatch(
      String title, Lexicon.@Nullable TitleKind kind, List<RelationRule> rules) {}

  /**
   * The longest known title (in the lexicon or a title rule) that ends the phrase, or, with {@code
   * exact}, the phrase itself if it is one; null if none.
   */
  private @Nullable TitleMatch resolve(String phrase, boolean exact) {
    String p = phrase.toLowerCase(Locale.ROOT).trim();
    while (!p.isEmpty()) {
      Lexicon.TitleKind k = lexicon.exactTitleKind(p);
      List<RelationRule> rs = ruleTitles.getOrDefault(p, ImmutableList.of());
      if (k != null || !rs.isEmpty()) {
        return new TitleMatch(p, k, rs);
      }
      int space = p.indexOf(' ');
      if (exact || space < 0) {
        return null;
      }
      p = p.substring(space + 1);
    }
    return null;
  }

  private boolean isTitleWord(String lower) {
    if (lower.startsWith("ex-") && lower.length() > 3) {
      lower = lower.substring(3); // "ex-president"
    } else if (lower.startsWith("then-") && lower.length() > 5) {
      lower = lower.substring(5); // "then-president"
    } else if (lower.endsWith("-elect") || lower.endsWith("-designate")) {
      lower = lower.substring(0, lower.lastIndexOf('-')); // "president-elect"
    }
    return lexicon.isTitleWord(lower) || ruleTitleWords.contains(lower);
  }

  /** Adds the relation of every title rule that lists the title and takes the holder's type. */
  private void ruleRelations(
      WorkingDocument doc,
      String construction,
      @Nullable TitleMatch m,
      int person,
      Cand holder,
      double share,
      Found.Span span,
      Map<String, String> attributes) {
    if (m == null) {
      return;
    }
    for (RelationRule r : m.rules()) {
      if (r.objectTypes().contains(holder.type)) {
        add(
            doc,
            r.name() + "/" + construction,
            r.type(),
            person,
            holder.entity,
            r.confidence() * share,
            Modality.ASSERTED,
            span,
            attributes);
      }
    }
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
    int dominant = ArticleFocus.mainCountry(doc);
    for (Sent s : doc.sentences) {
      View v = new View(doc, s, bySentence.getOrDefault(s, List.of()), dominant);
      titles(v);
      personOfCountry(v);
      birthplaces(v);
      lifeDates(v);
      nationalTeams(v);
      leadVerbs(v);
      eventContext(v);
      armedForces(v);
    }
    titledNominals(doc, bySentence, dominant);
    bareTitles(doc, bySentence, dominant);
  }

  // ------------------------------------------------------------------ titles: LEADER_OF,
  // CITIZEN_OF

  /** A run of title words ending just before {@code end}: [begin, end), or begin == end if none. */
  private int titleRunStart(View v, int end) {
    int b = end;
    int plain = 0;
    int separators = 0;
    while (b > 0) {
      Tok t = v.s.tok(b - 1);
      String w = t.lower();
      // "Australian recording artist and songwriter X", "the Polish pianist, composer and teacher
      // X"
      if ((w.equals("and") || w.equals(",")) && b < end && separators < 2 && b >= 2) {
        Tok before = v.s.tok(b - 2);
        // singular roles only: "Chinese officials and President X" are two parties
        if (!before.isCapitalized() && before.pos().equals("NN") && v.at(b - 2, holders) == null) {
          separators++;
          b--;
          continue;
        }
      }
      boolean titleish =
          t.ner().equals("TITLE")
              || isTitleWord(w)
              || isTitleWord(t.lemmaLower())
              || TITLE_MODIFIERS.contains(w)
              // "Secretary of State", "Minister of Defence": "of" between two title words
              || w.equals("of")
                  && b < end
                  && b >= 2
                  && isTitleWord(v.s.tok(b - 2).lower())
                  && (isTitleWord(v.s.tok(b).lower()) || v.s.tok(b).ner().equals("TITLE"));
      // other words of a role phrase: "US experimental composer John Cage"
      boolean role =
          !titleish
              && !t.isCapitalized()
              && plain < 3
              && (t.pos().startsWith("JJ") || t.pos().equals("NN") || t.pos().equals("NNS"));
      Cand holder = v.at(b - 1, holders);
      Cand born = w.equals("born") && b >= 3 ? v.at(b - 3, holders) : null;
      if (born != null && bornEnd(v, born) == b) {
        b = born.tb; // "Russia's German-born Empress X": a birthplace, not the role's country
        continue;
      }
      if (!(titleish || role) || holder != null || v.at(b - 1, EntityType.PERSON) != null) {
        break;
      }
      plain += role ? 1 : 0;
      b--;
    }
    while (b < end && (v.word(b).equals("and") || v.word(b).equals(","))) {
      b++; // a run starts with a word, not with the separator before it
    }
    return b;
  }

  private void titles(View v) {
    for (Cand p : v.of(EntityType.PERSON)) {
      if (p.kind != Cand.Kind.NAME) {
        continue;
      }
      int end = p.tb;
      boolean copula = false;
      if (end > 0 && v.word(end - 1).equals(",")) {
        end--; // "Tajikistan's president, Emomali Rahmon"
        if (atTheTime(v, end - 3)) {
          end -= 3; // "Italy's prime minister at the time, X": a former title (see titleRelation)
        }
      } else if (end > 1
          && (v.word(end - 1).equals("was") || v.word(end - 1).equals("is"))
          && v.endingAt(end - 1, holders) != null) {
        end--; // "the first prime minister of Siam was Phraya Manopakorn"
        copula = true;
      }
      // TITLE of [ADJ] COUNTRY [,|was] PERSON: "President of Chile Gabriel Boric", "prime minister
      // of independent Ghana, Kwame Nkrumah", "the first prime minister of Siam was X"
      Cand c2 = v.endingAt(end, holders);
      int of = c2 == null ? -1 : c2.tb - 1;
      if (of >= 2
          && (v.s.tok(of).pos().startsWith("JJ") || v.word(of).equals("the"))
          && v.word(of - 1).equals("of")) {
        of--; // "prime minister of independent Ghana, X", "President of the Republic of Kazakhstan
        // X"
      }
      if (c2 != null && c2.kind == Cand.Kind.NAME && of >= 1 && v.word(of).equals("of")) {
        int tb2 = titleRunStart(v, of);
        if (tb2 < of) {
          titleRelation(v, "title-of-country-before-name", p, c2, c2.tb, tb2, of, tb2, p.te);
          continue;
        }
      }
      if (copula) {
        continue;
      }
      int tb = titleRunStart(v, end);
      // [COUNTRY|DEMONYM] ['s] TITLE PERSON
      if (tb < end || end == p.tb) {
        int k = tb - 1;
        boolean possessive = k >= 0 && v.s.tok(k).isPossessive();
        if (possessive) {
          k--;
        }
        Cand c = k >= 0 ? v.endingAt(k + 1, holders) : null;
        int to = c == null ? -1 : c.tb - 1;
        if (to > 0 && v.word(to).equals("the")) {
          to--;
        }
        if (c != null && tb == end && to > 0 && v.word(to).equals("to")) {
          // "Pakistan's Ambassador to the United States X": the country after "to" is the host
          int tb2 = titleRunStart(v, to);
          int ownEnd = tb2 > 0 && v.s.tok(tb2 - 1).isPossessive() ? tb2 - 1 : tb2;
          Cand own = tb2 < to && ownEnd > 0 ? v.endingAt(ownEnd, holders) : null;
          if (own != null) {
            titleRelation(
                v, "title-ambassador-of-own-country", p, own, own.tb, tb2, to, own.tb, p.te);
          }
          continue;
        }
        if (c != null && (!possessive || c.kind == Cand.Kind.NAME)) {
          stackedDemonyms(v, p, c);
          titleRelation(v, "country-title-name", p, c, c.tb, tb, end, Math.min(c.tb, p.tb), p.te);
          if (tb < end && end == p.tb && v.s.tok(end - 1).pos().equals("NNS")) {
            pluralRole(v, p, c); // "the Swedish chemists Anders Berg and Karl Lind"
          }
          continue;
        }
        // "the country's sitting president, Paul Kagame": the country named last before it
        Cand country =
            c == null
                    && possessive
                    && k >= 1
                    && tb < end
                    && (v.word(k).equalsIgnoreCase("country")
                        || v.word(k).equalsIgnoreCase("nation"))
                    && Set.of("the", "this").contains(v.word(k - 1).toLowerCase(Locale.ROOT))
                ? v.countryBefore(k - 1)
                : null;
        if (country != null) {
          titleRelation(v, "the-countrys-title-name", p, country, k - 1, tb, end, k - 1, p.te);
          continue;
        }
        // "the Afghan Taliban spokesman X", "German Green Party co-leader X": a role in a national
        // body
        Cand body =
            c == null && !possessive && tb < end ? v.endingAt(tb, EntityType.ORGANIZATION) : null;
        Cand nation = body != null ? v.endingAt(body.tb, EntityType.COUNTRY) : null;
        if (nation != null
            && nation.kind == Cand.Kind.DEMONYM
            && v.s.tok(end - 1).pos().startsWith("NN")) {
          add(
              v.doc,
              "nationality-role-in-national-body",
              CITIZEN_OF,
              p.entity,
              nation.entity,
              0.55,
              Modality.ASSERTED,
              v.span(nation.tb, p.te),
              Map.of());
        }
      }
      // PERSON , [the|a] (COUNTRY 's | DEMONYM)? TITLE (of [the] COUNTRY)?   and   PERSON is ...
      int i = p.te;
      Cand maiden =
          i + 2 < v.s.size() && v.word(i).equals(",") && NEE.contains(v.word(i + 1))
              ? v.startingAt(i + 2, EntityType.PERSON)
              : null;
      if (maiden != null) {
        i = maiden.te; // "Eva Bosakova, née Vechtova (1931 – 1991) was"
      }
      if (i + 1 < v.s.size()
          && v.word(i).equals(",")
          && (v.word(i + 1).equals("(") || NAME_SUFFIXES.contains(v.word(i + 1)))) {
        i += v.word(i + 1).equals("(") ? 1 : 2; // "X, (1837 – 1916) was", "Elwood Buchanan, Sr was"
      }
      while (i < v.s.size() && v.word(i).equals("(")) {
        // "X (born 1950) is an American actor", "X () (1918 – 1978) was": step over parentheses
        int close = closing(v, i, PARENTHESIS);
        if (close < 0) {
          break;
        }
        i = close + 1;
      }
      boolean asVerb = asRole(v, i);
      // "The assembly elected X the president of Y": a role given by the verb before the name
      boolean given =
          i == p.te
              && i < v.s.size()
              && p.tb > 0
              && Set.of("the", "a").contains(v.word(i))
              && v.s.tok(p.tb - 1).pos().startsWith("VB")
              && AS_VERBS.contains(v.s.tok(p.tb - 1).lemmaLower());
      // "books by Ursula Jones — a retired British actress": a dash opens an apposition as a comma
      // does
      boolean comma = i < v.s.size() && (v.word(i).equals(",") || DASHES.contains(v.word(i)));
      if (i < v.s.size() && (comma || COPULA.contains(v.word(i)) || asVerb || given)) {
        int next = role(v, p, asVerb || given ? i : i + 1);
        // "X was a Zambian politician who was the second President of Zambia": the person's role
        // goes on in a relative clause, another apposition, or the predicate after an apposition
        boolean appositive = comma;
        while (true) {
          int more = next >= 0 && next < v.s.size() ? moreRole(v, next) : -1;
          if (more < 0 && appositive) {
            more =
                predicateAfter(
                    v, next >= 0 ? next : i + 1); // "X, a member of the ANC, was Y's minister"
            appositive = false;
          }
          if (more < 0) {
            break;
          }
          next = role(v, p, more);
        }
      }
      // "X served as a general in the war, and then served as Prime Minister of South Africa"
      for (int k = p.te + 1; k + 1 < v.s.size(); k++) {
        if (k != i && asRole(v, k) && subjectOf(v, k, p)) {
          role(v, p, k);
        }
      }
    }
  }

  /**
   * Whether {@code p} is the subject of verb {@code k}, itself (the parser copies a shared subject
   * to each conjoined verb) or through the verb it is conjoined to.
   */
  private static boolean subjectOf(View v, int k, Cand p) {
    for (int subj : v.s.children(k, "nsubj")) {
      if (p.covers(subj)) {
        return true;
      }
    }
    if (!v.s.children(k, "nsubj").isEmpty() || !v.s.children(k, "nsubj:pass").isEmpty()) {
      return false;
    }
    for (Dep up : v.s.parents(k)) {
      if (up.relation().startsWith("conj")) {
        for (int subj : v.s.children(up.governor(), "nsubj")) {
          if (p.covers(subj)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Where the role said of a person goes on after token {@code at}, or -1: in a relative clause ("X
   * was a Zambian politician who was the second President of Zambia", "a politician who served as
   * mayor of Calgary") or in another apposition ("X, a military leader, Marshal of Poland"; "a
   * lawyer and a legislator from Y").
   */
  private int moreRole(View v, int at) {
    int i = at;
    if (i < v.s.size() && v.word(i).equals(",")) {
      i++;
    }
    if (i < v.s.size() && v.word(i).equals("and")) {
      i++;
    }
    if (i + 1 >= v.s.size()) {
      return -1;
    }
    if (v.word(i).equals("who")) {
      return COPULA.contains(v.word(i + 1)) || asRole(v, i + 1)
          ? i
          : -1; // "who was", "who served as"
    }
    if (i == at) {
      return -1; // an apposition starts after a comma or "and"
    }
    int j = Set.of("a", "an", "the").contains(v.word(i)) ? i + 1 : i;
    return isTitleToken(v, j)
            || v.s.tok(j).pos().startsWith("JJ") && v.at(j, EntityType.PERSON) == null
        ? i
        : -1;
  }

  /**
   * The copula that follows the apposition ending at or after token {@code at} ("X, a member of the
   * ANC, was ..."), or -1: the apposition's closing comma comes before any verb or other name.
   */
  private int predicateAfter(View v, int at) {
    for (int k = at; k < Math.min(v.s.size() - 1, at + 12); k++) {
      if (v.word(k).equals(",")) {
        return COPULA.contains(v.word(k + 1)) && !v.word(k + 1).equals("'s") ? k + 1 : -1;
      }
      if (FINITE.contains(v.s.tok(k).pos())
          || v.at(k, EntityType.PERSON) != null
          || v.word(k).equals("(")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Reads the role said of {@code p} from token {@code i} on: "[who is] [the|a] (COUNTRY's |
   * DEMONYM)? TITLE (of [the] COUNTRY)?". Returns the token after the role, or -1 if there is none.
   */
  private int role(View v, Cand p, int i) {
    if (i < v.s.size() && i - 1 > p.te && v.word(i - 1).equals(",") && COPULA.contains(v.word(i))) {
      i++; // "X (born 1959), is an American former basketball player"
    }
    if (i < v.s.size() && (v.word(i).equals("who") || v.word(i).equals("now"))) {
      i++;
      if (i < v.s.size() && COPULA.contains(v.word(i))) {
        i++;
      }
    }
    if (asRole(v, i)) {
      i += 2; // "X was appointed as Venezuela's ambassador", "X, who served as"
    }
    if (i < v.s.size() && Set.of("the", "a", "an").contains(v.word(i))) {
      i++;
    }
    int adjectives = i;
    while (adjectives < v.s.size()
        && adjectives < i + 2
        && (v.s.tok(adjectives).pos().startsWith("JJ") || v.s.tok(adjectives).pos().equals("VBN"))
        && v.at(adjectives, holders) == null) {
      adjectives++; // "a retired Ugandan athlete", "an acclaimed French director"
    }
    Cand c = v.startingAt(adjectives, holders);
    if (c != null && c.kind == Cand.Kind.DEMONYM && dashed(v, c) && c.te + 1 < v.s.size()) {
      Cand last = v.startingAt(c.te + 1, holders);
      if (last != null && last.kind == Cand.Kind.DEMONYM) {
        c = last; // "a Cuban-American singer", "a Greek-French journalist": the last one is the
        // nationality
      }
    }
    while (c != null && c.kind == Cand.Kind.DEMONYM) {
      Cand next = v.startingAt(c.te, holders); // "a Soviet Russian composer": both
      if (next == null || next.kind != Cand.Kind.DEMONYM || next.entity == c.entity) {
        break;
      }
      add(
          v.doc,
          "nationality-stacked-before-role",
          CITIZEN_OF,
          p.entity,
          c.entity,
          0.6,
          Modality.ASSERTED,
          v.span(p.tb, next.te),
          Map.of());
      c = next;
    }
    if (c == null && adjectives > i && isTitleToken(v, adjectives)) {
      i = adjectives; // "the constitutional President of Bolivia", "the first prime minister of Y"
    }
    if (c != null) {
      i = c.te;
      if (i < v.s.size() && v.s.tok(i).isPossessive()) {
        i++;
      } else if (c.kind != Cand.Kind.DEMONYM) {
        if (i == v.s.size() || !isTitleToken(v, i)) {
          return -1; // a country's name before a title works as its demonym: "a U.S.
          // Representative"
        }
      } else if (i == v.s.size() || !v.s.tok(i).pos().startsWith("NN")) {
        // "Brom, who is Israeli,": a nationality with no role noun
        add(
            v.doc,
            "nationality-predicate",
            CITIZEN_OF,
            p.entity,
            c.entity,
            0.6,
            Modality.ASSERTED,
            v.span(p.tb, c.te),
            Map.of());
        return -1;
      }
    }
    int te = i;
    int plain = 0;
    while (te < v.s.size()) {
      if (isTitleToken(v, te)) {
        te++;
      } else if (c != null
          && c.kind == Cand.Kind.DEMONYM
          && plain < 3
          && !v.s.tok(te).isCapitalized()
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
    if (te < v.s.size() && v.startingAt(te, EntityType.PERSON) != null) {
      // "Lula, German Chancellor Olaf Scholz and ...": a list, whose next item is a name with its
      // own title, not an apposition that says what the first one is
      return -1;
    }
    if (te > i && NOT_PEOPLE.contains(v.s.tok(te - 1).lemmaLower())) {
      return -1; // "X is a Norwegian football club": no person
    }
    if (te == i) {
      if (c != null && c.kind == Cand.Kind.DEMONYM) {
        // "X was a Soviet Armenian Grandmaster": a nationality before an unread role
        add(
            v.doc,
            "nationality-before-role",
            CITIZEN_OF,
            p.entity,
            c.entity,
            0.6,
            Modality.ASSERTED,
            v.span(p.tb, c.te),
            Map.of());
      }
      int words = i;
      while (c == null
          && words < Math.min(v.s.size(), i + 3)
          && !v.s.tok(words).isCapitalized()
          && (v.s.tok(words).pos().startsWith("JJ") || v.s.tok(words).pos().startsWith("NN"))) {
        words++; // "a folk singer from Malatya, Turkey": a role of plain words, then its place
      }
      return words > i ? placeOfRole(v, p, words) : -1;
    }
    if (c == null && te + 1 < v.s.size() && v.word(te).equals("of")) {
      int j = te + 1;
      if (v.word(j).equals("the")) {
        j++;
      }
      if (j + 1 < v.s.size() && v.s.tok(j).pos().startsWith("JJ") && v.at(j, holders) == null) {
        j++; // "prime minister of independent Ghana"
      }
      c = v.startingAt(j, holders);
      if (c != null
          && c.kind == Cand.Kind.NAME
          && c.te < v.s.size()
          && v.s.tok(c.te).isPossessive()) {
        // "X, president of Rwanda's Green Party": the title is of something the country has
        add(
            v.doc,
            "nationality-title-of-countrys-body",
            CITIZEN_OF,
            p.entity,
            c.entity,
            0.55,
            Modality.ASSERTED,
            v.span(p.tb, c.te),
            Map.of());
      } else if (c != null && c.kind == Cand.Kind.NAME) {
        titleRelation(v, "name-title-of-country", p, c, c.tb, i, te, p.tb, c.te);
      } else if (c != null) {
        // "X, chairman of the Angolan NGO ...": a national body, so a national
        add(
            v.doc,
            "nationality-title-of-national-body",
            CITIZEN_OF,
            p.entity,
            c.entity,
            0.55,
            Modality.ASSERTED,
            v.span(p.tb, c.te),
            Map.of());
      }
    } else if (c != null) {
      titleRelation(v, "name-country-title", p, c, c.tb, i, te, p.tb, te);
    } else {
      int end = placeOfRole(v, p, te);
      return end >= 0 ? end : te;
    }
    return te;
  }

  /**
   * A role's country after it, at token {@code te}: "X is a pastor from Nigeria", "a singer from
   * Malatya, Turkey", "a politician in Nova Scotia, Canada", "a politician in the Canadian province
   * of Alberta". Returns the token after the country, or -1 if there is none.
   */
  private int placeOfRole(View v, Cand p, int te) {
    if (te + 1 >= v.s.size()) {
      return -1;
    }
    Cand country = null;
    double confidence = 0.55;
    if (v.word(te).equals("from")) {
      country = countryAmong(v, te + 1);
    } else if (v.word(te).equals("in") && political(v, te - 1)) {
      int j = v.word(te + 1).equals("the") ? te + 2 : te + 1;
      Cand demonym = j < v.s.size() ? v.startingAt(j, EntityType.COUNTRY) : null;
      country = demonym != null && demonym.kind == Cand.Kind.DEMONYM ? demonym : countryAmong(v, j);
      confidence = 0.5;
    }
    if (country == null || country.kind == Cand.Kind.NOMINAL || country.kind == Cand.Kind.PRONOUN) {
      return -1;
    }
    add(
        v.doc,
        "nationality-role-in-country",
        CITIZEN_OF,
        p.entity,
        country.entity,
        confidence,
        Modality.ASSERTED,
        v.span(p.tb, country.te),
        Map.of());
    int end = country.te;
    Cand within =
        end + 2 < v.s.size() && v.s.tok(end).pos().startsWith("NN") && v.word(end + 1).equals("of")
            ? placeAt(v, end + 2)
            : null;
    return within != null
        ? within.te
        : end; // "in the Canadian province of Alberta, who served as ..."
  }

  /**
   * "Soviet Armenian chess player X", "X was a Soviet Russian composer": each demonym stacked
   * before the one next to the role makes the person a national too.
   */
  private void stackedDemonyms(View v, Cand p, Cand c) {
    Cand before = c.kind == Cand.Kind.DEMONYM ? v.endingAt(c.tb, EntityType.COUNTRY) : null;
    while (before != null && before.kind == Cand.Kind.DEMONYM && before.entity != c.entity) {
      add(
          v.doc,
          "nationality-stacked-demonyms",
          CITIZEN_OF,
          p.entity,
          before.entity,
          0.6,
          Modality.ASSERTED,
          v.span(Math.min(p.tb, before.tb), Math.max(p.te, c.te)),
          Map.of());
      before = v.endingAt(before.tb, EntityType.COUNTRY);
    }
  }

  /**
   * Whether the role ending at token {@code i} is a political one: "politician", "political
   * figure".
   */
  private static boolean political(View v, int i) {
    String w = v.s.tok(i).lemmaLower();
    return POLITICAL.contains(w)
        || w.equals("figure") && i > 0 && v.s.tok(i - 1).lower().equals("political");
  }

  /**
   * Whether a word says a title is not held now: "former", "ex-president", "-elect", "incoming".
   */
  private static boolean notNow(String word) {
    Tenure t = TenureWords.of(word);
    return t == Tenure.FORMER || t == Tenure.FUTURE;
  }

  /** Whether "at the time" starts at token {@code i}. */
  private static boolean atTheTime(View v, int i) {
    return i >= 0
        && i + 2 < v.s.size()
        && v.word(i).equals("at")
        && v.word(i + 1).equals("the")
        && v.word(i + 2).equals("time");
  }

  /**
   * Whether the country mention is a birthplace, "German-born", "Iran-born": the token after its
   * "born", or -1.
   */
  private static int bornEnd(View v, Cand c) {
    if (c.sent != v.s) {
      return -1;
    }
    if (v.s.tok(c.te - 1).lower().endsWith("-born")) {
      return c.te;
    }
    return c.te + 1 < v.s.size()
            && v.word(c.te).equals("-")
            && v.s.tok(c.te + 1).lower().equals("born")
        ? c.te + 2
        : -1;
  }

  /**
   * Whether a verb that gives its subject a role stands at {@code i}, followed by "as": "served
   * as".
   */
  private static boolean asRole(View v, int i) {
    return i + 1 < v.s.size()
        && v.s.tok(i).pos().startsWith("VB")
        && AS_VERBS.contains(v.s.tok(i).lemmaLower())
        && v.word(i + 1).equals("as");
  }

  /**
   * The other names of the list a plural role heads ("French writers A, B and C"): citizens of the
   * role's country too.
   */
  private void pluralRole(View v, Cand first, Cand country) {
    for (int j = nextItem(v, first.te); j >= 0; ) {
      Cand next = v.startingAt(j, EntityType.PERSON);
      if (next == null || next.kind != Cand.Kind.NAME) {
        return;
      }
      add(
          v.doc,
          "nationality-plural-role",
          CITIZEN_OF,
          next.entity,
          country.entity,
          0.55,
          Modality.ASSERTED,
          v.span(Math.min(country.tb, first.tb), next.te),
          Map.of());
      j = nextItem(v, next.te);
    }
  }

  /**
   * Where the next item of a list starts after token {@code i} (", ", " and ", ", and "), or -1.
   */
  private static int nextItem(View v, int i) {
    if (i + 1 >= v.s.size() || !(v.word(i).equals(",") || v.word(i).equals("and"))) {
      return -1;
    }
    return v.word(i).equals(",") && v.word(i + 1).equals("and") ? i + 2 : i + 1;
  }

  private boolean isTitleToken(View v, int i) {
    Tok t = v.s.tok(i);
    return (t.ner().equals("TITLE")
            || isTitleWord(t.lower())
            || TITLE_MODIFIERS.contains(t.lower()))
        && v.at(i, EntityType.PERSON) == null
        && v.at(i, holders) == null;
  }

  /**
   * Reads a title between {@code tb} and {@code te} that names {@code person} and is of {@code
   * country} (named from token {@code countryStart} of the sentence); the evidence is {@code [eb,
   * ee)}.
   */
  private void titleRelation(
      View v,
      String construction,
      Cand person,
      Cand country,
      int countryStart,
      int tb,
      int te,
      int eb,
      int ee) {
    StringBuilder title = new StringBuilder();
    Tenure tenure = atTheTime(v, te) ? Tenure.FORMER : null;
    // "Former Peruvian President X": a time word may stand before the country too
    for (int i = Math.max(0, Math.min(tb, countryStart) - 2); i < Math.min(tb, countryStart); i++) {
      tenure = TenureWords.stronger(tenure, TenureWords.of(v.word(i)));
    }
    if (country.sent == v.s && v.word(country.tb).toLowerCase(Locale.ROOT).startsWith("ex-")) {
      tenure = TenureWords.stronger(tenure, Tenure.FORMER); // "Ex-Pakistani Prime Minister X"
    }
    for (int i = tb; i < te; i++) {
      String w = v.word(i).toLowerCase(Locale.ROOT);
      Tenure said = TenureWords.of(w);
      tenure = TenureWords.stronger(tenure, said);
      String word = v.word(i);
      // "the Ecuadorian ex-president X", "President-elect X": the title without its time word
      String bare =
          said == null || w.indexOf('-') <= 0
              ? null
              : w.startsWith("ex-") || w.startsWith("then-")
                  ? word.substring(word.indexOf('-') + 1)
                  : word.substring(0, word.lastIndexOf('-'));
      if (bare != null && isTitleWord(bare.toLowerCase(Locale.ROOT))) {
        title.append(title.length() == 0 ? "" : " ").append(bare);
      } else if (!TITLE_MODIFIERS.contains(w) && said == null) {
        title.append(title.length() == 0 ? "" : " ").append(v.word(i));
      }
    }
    Found.Span span = v.span(eb, ee);
    if (te > tb && NOT_PEOPLE.contains(v.s.tok(te - 1).lemmaLower())) {
      return; // "the Norwegian club X": no person
    }
    if (title.length() == 0) {
      // "German Angela Merkel", "Hungary's Orban": a nationality with no role
      if (te == tb) {
        add(
            v.doc,
            "nationality-alone-before-name",
            CITIZEN_OF,
            person.entity,
            country.entity,
            0.55,
            Modality.ASSERTED,
            span,
            Map.of());
      }
      return;
    }
    TitleMatch m = resolve(title.toString(), false);
    String t = capitalize(title.toString());
    boolean notNow = tenure == Tenure.FORMER || tenure == Tenure.FUTURE;
    double share = notNow ? FORMER_OR_FUTURE : DIRECT;
    if (m == null && COUNTERPARTS.contains(title.toString().toLowerCase(Locale.ROOT))) {
      // "Xi Jinping met his South African counterpart Jacob Zuma": the title of the other person
      TitleMatch other = earlierTitle(v, person);
      if (other != null) {
        ruleRelations(
            v.doc,
            "counterpart",
            other,
            person.entity,
            country,
            LIST,
            span,
            Map.of("title", capitalize(other.title())));
      }
    }
    // "former President X", "President-elect Y", "interim President Z": the role, and when it is
    // held
    Map<String, String> attributes =
        tenure != null
            ? Map.of("title", t, TenureWords.ATTRIBUTE, tenure.name())
            : Map.of("title", t);
    ruleRelations(v.doc, construction, m, person.entity, country, share, span, attributes);
    if (m != null) {
      add(
          v.doc,
          "nationality-title",
          CITIZEN_OF,
          person.entity,
          country.entity,
          m.rules().isEmpty() ? 0.7 : 0.8,
          Modality.ASSERTED,
          span,
          Map.of());
    } else if (te > tb && v.s.tok(te - 1).pos().startsWith("NN") && !aboutCountry(v, country, te)) {
      // an unlisted role noun: "our British colleague X", "Egyptian cleric X"
      add(
          v.doc,
          "nationality-role-noun",
          CITIZEN_OF,
          person.entity,
          country.entity,
          0.6,
          Modality.ASSERTED,
          span,
          Map.of());
    }
  }

  /**
   * Whether a country's name before a role says what the role is about, not whose it is: "Syria
   * expert X", "China watcher Y" (a demonym or a possessive says whose: "Syrian expert X").
   */
  private static boolean aboutCountry(View v, Cand country, int roleEnd) {
    return country.kind == Cand.Kind.NAME
        && country.sent == v.s
        && country.te < v.s.size()
        && !v.s.tok(country.te).isPossessive()
        && TOPIC_ROLES.contains(v.s.tok(roleEnd - 1).lemmaLower());
  }

  /**
   * "Presidents Dilma Rousseff of Brazil, Vladimir Putin of Russia": a person followed by "of" and
   * a country is its leader when a leader title stands before the name or heads the list. (That the
   * person is the country's citizen is the rule {@code nationality-name-of-country} in {@code
   * nationality.rules}.)
   */
  private void personOfCountry(View v) {
    for (Cand p : v.of(EntityType.PERSON)) {
      int of = p.te < v.s.size() && REGNAL.matcher(v.word(p.te)).matches() ? p.te + 1 : p.te;
      if (p.kind != Cand.Kind.NAME || of + 1 >= v.s.size() || !v.word(of).equals("of")) {
        continue;
      }
      Cand c = v.startingAt(of + 1, holders);
      if (c == null || c.kind != Cand.Kind.NAME) {
        continue;
      }
      Found.Span span = v.span(p.tb, c.te);
      TitleMatch title = leadingTitle(v, p.tb);
      if (title != null) {
        ruleRelations(
            v.doc,
            "titled-name-of-country",
            title,
            p.entity,
            c,
            LIST,
            span,
            Map.of("title", capitalize(title.title())));
      } else if (of > p.tb && REGNAL.matcher(v.word(of - 1)).matches()) {
        // "Gustav III of Sweden", "Louis XIV of France": a regnal number names a monarch
        ruleRelations(
            v.doc,
            "regnal-name-of-country",
            resolve("monarch", true),
            p.entity,
            c,
            LIST,
            span,
            Map.of("title", "Monarch"));
      }
    }
  }

  /**
   * "X was born in Bergen, Norway", "X (born 1969 in Greece)": a person born in a country, named or
   * as the last place of "in City, Country", is read as its citizen, at a low confidence.
   */
  private void birthplaces(View v) {
    for (int b = 0; b < v.s.size(); b++) {
      if (!v.s.tok(b).lower().equals("born") || !v.s.tok(b).pos().equals("VBN")) {
        continue;
      }
      Cand person = null;
      for (int subj : v.s.children(b, "nsubj")) {
        person = person != null ? person : v.at(subj, EntityType.PERSON);
      }
      if (person == null && b >= 2 && v.word(b - 1).equals("(")) {
        person =
            v.endingAt(b - 1, EntityType.PERSON); // "Nikos Aliagas (born 13 May 1969 in Paris)"
      }
      if (person == null && b >= 1 && v.word(b - 1).equals("(")) {
        person = v.startingAt(b + 1, EntityType.PERSON); // "Zevs (born Christophe Schwarz on ...)"
      }
      for (int role : v.s.parents(b, "acl")) {
        // "X, born in Y,", "X was a playwright born in Y", "X, a chemist born in Y"
        person = person != null ? person : v.at(role, EntityType.PERSON);
        List<Integer> named = v.s.children(role, "nsubj");
        named.addAll(v.s.parents(role, "appos"));
        for (int first : v.s.parents(role, "appos")) {
          named.addAll(
              v.s.children(
                  first, "nsubj")); // "X was a prosecutor, lawyer and playwright born in Y"
        }
        for (int h : named) {
          person = person != null ? person : v.at(h, EntityType.PERSON);
        }
      }
      if (person == null || person.kind == Cand.Kind.DEMONYM) {
        continue;
      }
      Cand country = null;
      int end = Math.min(v.s.size() - 1, b + 12);
      for (int i = b + 1; i < end && country == null; i++) {
        String w = v.word(i);
        if (w.equals(")") || w.equals(";") || v.s.tok(i).pos().startsWith("VB")) {
          break;
        }
        if (!w.equals("in")) {
          continue;
        }
        country = countryAmong(v, i + 1);
      }
      if (country != null) {
        add(
            v.doc,
            "nationality-birthplace",
            CITIZEN_OF,
            person.entity,
            country.entity,
            0.5,
            Modality.ASSERTED,
            v.span(Math.min(person.tb, b), Math.max(b + 1, country.te)),
            Map.of());
      }
    }
  }

  /**
   * The country among the places of "(the) Bronx, New York, United States" from token {@code j} on;
   * null if none.
   */
  private static @Nullable Cand countryAmong(View v, int j) {
    Cand country = null;
    if (j < v.s.size() && v.word(j).equals("the")) {
      j++;
    }
    while (j < v.s.size()) {
      Cand place = placeAt(v, j);
      if (place == null) {
        break;
      }
      if (place.type.equals(EntityType.COUNTRY)) {
        country = place;
      }
      j = place.te < v.s.size() && v.word(place.te).equals(",") ? place.te + 1 : v.s.size();
    }
    return country;
  }

  /**
   * "Alberto Llanos (San Fernando, Chile, August 29, 1869 – Santiago, Chile, July 23, 1925)", "X
   * (May 22, 1913 in Saint Petersburg, Russian Empire – April 4, 2004 in Moscow, Russia)": the
   * countries of the places in the life dates after a name, the birthplace's (0.5) before the dash
   * and the place of death's (0.4) after it.
   */
  private void lifeDates(View v) {
    for (Cand p : v.of(EntityType.PERSON)) {
      if (p.kind != Cand.Kind.NAME || p.te >= v.s.size() || !v.word(p.te).equals("(")) {
        continue;
      }
      int close = p.te + 1;
      int dash = -1;
      boolean dated = false;
      while (close < v.s.size() && close < p.te + PARENTHESIS && !v.word(close).equals(")")) {
        String w = v.word(close);
        boolean glued =
            close + 1 < v.s.size()
                && v.s.tok(close - 1).end() == v.s.tok(close).begin()
                && v.s.tok(close).end() == v.s.tok(close + 1).begin(); // "Saint-Petersburg"
        if (dash < 0
            && !glued
            && (w.equals("\u2013") || w.equals("-") || w.equals("--") || w.equals("\u2014"))) {
          dash = close;
        }
        dated |= v.startingAt(close, EntityType.DATE) != null || v.s.tok(close).pos().equals("CD");
        close++;
      }
      if (close == v.s.size() || !v.word(close).equals(")") || dash < 0 || !dated) {
        continue;
      }
      for (Cand c : v.of(EntityType.COUNTRY)) {
        if (c.kind == Cand.Kind.NAME && c.tb > p.te && c.te <= close) {
          add(
              v.doc,
              "nationality-life-dates",
              CITIZEN_OF,
              p.entity,
              c.entity,
              c.tb < dash ? 0.5 : 0.4,
              Modality.ASSERTED,
              v.span(p.tb, close + 1),
              Map.of());
        }
      }
    }
  }

  /**
   * "She made her debut for the Netherlands national team", "X plays for Brazil's national side": a
   * person playing for a country's national team is its citizen. The person is the subject of the
   * nearest verb above the team's noun.
   */
  private void nationalTeams(View v) {
    for (int i = 2; i < v.s.size(); i++) {
      if (!SIDES.contains(v.s.tok(i).lower()) || !v.word(i - 1).equalsIgnoreCase("national")) {
        continue;
      }
      int k = i - 1;
      if (v.s.tok(k - 1).isPossessive()) {
        k--;
      }
      Cand country = v.endingAt(k, EntityType.COUNTRY);
      if (country == null) {
        continue;
      }
      int verb = i;
      for (int up = 0; up < 4 && verb >= 0 && !v.s.tok(verb).pos().startsWith("VB"); up++) {
        List<Integer> gov = new ArrayList<>();
        for (String rel : List.of("obl", "nmod", "obj", "xcomp")) {
          gov.addAll(v.s.parents(verb, rel));
        }
        verb = gov.isEmpty() ? -1 : gov.get(0);
      }
      if (verb < 0 || !v.s.tok(verb).pos().startsWith("VB")) {
        continue;
      }
      for (int subj : v.s.children(verb, "nsubj")) {
        Cand p = v.at(subj, EntityType.PERSON);
        if (p != null && p.kind != Cand.Kind.DEMONYM) {
          add(
              v.doc,
              "nationality-national-team",
              CITIZEN_OF,
              p.entity,
              country.entity,
              0.6,
              Modality.ASSERTED,
              v.span(Math.min(p.tb, country.tb), Math.max(p.te, i + 1)),
              Map.of());
        }
      }
    }
  }

  /**
   * The title rule title of the nearest person named before {@code person} in the sentence, or
   * null.
   */
  private @Nullable TitleMatch earlierTitle(View v, Cand person) {
    Cand best = null;
    for (Cand q : v.of(EntityType.PERSON)) {
      if (q.kind == Cand.Kind.NAME
          && q.te <= person.tb
          && q.entity != person.entity
          && (best == null || q.tb > best.tb)) {
        best = q;
      }
    }
    if (best == null) {
      return null;
    }
    int tb = titleRunStart(v, best.tb);
    StringBuilder sb = new StringBuilder();
    for (int k = tb; k < best.tb; k++) {
      String w = v.word(k).toLowerCase(Locale.ROOT);
      if (notNow(w)) {
        return null;
      }
      if (!TITLE_MODIFIERS.contains(w)) {
        sb.append(sb.length() == 0 ? "" : " ").append(v.word(k));
      }
    }
    TitleMatch m = sb.length() == 0 ? null : resolve(sb.toString(), false);
    return m != null && !m.rules().isEmpty() ? m : null;
  }

  /**
   * The leader title before a name ("President X"), or heading the list the name is in ("Presidents
   * A of B, C of D"); null if none.
   */
  private @Nullable TitleMatch leadingTitle(View v, int personStart) {
    int i = personStart - 1;
    for (int guard = 0; i >= 0 && guard < 12; guard++) {
      Tok t = v.s.tok(i);
      if (t.word().equals(",")
          || t.lower().equals("and")
          || t.lower().equals("of")
          || v.at(i, EntityType.PERSON) != null
          || v.at(i, holders) != null) {
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
      if (notNow(v.word(k))) {
        return null;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(v.s.tok(k).lemma());
    }
    TitleMatch m = resolve(sb.toString(), false);
    return m != null && !m.rules().isEmpty() ? m : null;
  }

  /**
   * "Prime Minister Enrico Letta" in an article about Italy: a bare title before a name, with no
   * country in the sentence's construction, is read against the country the person was given
   * elsewhere in the document ("Hungary's Orban ... Prime Minister Viktor Orban"), else against the
   * country the document is mostly about, when one country clearly dominates it.
   */
  private void bareTitles(WorkingDocument doc, Map<Sent, List<Cand>> bySentence, int dominant) {
    for (Sent s : doc.sentences) {
      View v = new View(doc, s, bySentence.getOrDefault(s, List.of()), dominant);
      int actor = capitalActor(doc, v);
      for (Cand p : v.of(EntityType.PERSON)) {
        if (p.kind != Cand.Kind.NAME) {
          continue;
        }
        int own = ArticleFocus.statedCountry(doc, p.entity);
        // "Moscow sent Prime Minister X" in an article about Brazil: the capital's government
        // sends its own people, whatever country the article is about
        int country = own >= 0 ? own : actor != NO_ACTOR ? actor : dominant;
        if (country < 0) {
          continue;
        }
        int te = p.tb;
        int tb = p.tb > 0 ? titleRunStart(v, p.tb) : p.tb;
        if (tb == te) {
          te = copularTitleEnd(v, p); // "X became Prime Minister in 2008"
          tb = te > 0 ? titleRunStart(v, te) : te;
          if (tb < p.te + 1) {
            continue;
          }
        }
        if (tb == te
            || tb > 0 && (v.at(tb - 1, holders) != null || v.s.tok(tb - 1).isPossessive())) {
          continue; // no title, or a country names it already
        }
        for (int k = tb; k < te; k++) {
          if (v.word(k).equals("and") || v.word(k).equals(",")) {
            tb = k + 1; // "the economist and Prime Minister X": the title next to the name
          }
        }
        StringBuilder sb = new StringBuilder();
        boolean time = false;
        boolean capitalized = false;
        boolean inOffice = false;
        for (int k = tb; k < te; k++) {
          String w = v.word(k).toLowerCase(Locale.ROOT);
          time |= notNow(w);
          // "current president X": news style writes a title after a modifier in lower case
          inOffice |= IN_OFFICE.contains(w);
          if (!TITLE_MODIFIERS.contains(w)) {
            capitalized |= sb.length() == 0 && v.s.tok(k).isCapitalized();
            sb.append(sb.length() == 0 ? "" : " ").append(v.word(k));
          }
        }
        if (sb.length() == 0) {
          continue;
        }
        // only a capitalised title of state ("Prime Minister X", "Foreign Minister X") says which
        // country a bare name belongs to; professions ("coach X") and lower-case roles do not
        TitleMatch m = resolve(sb.toString(), true);
        if (m == null || m.kind() == Lexicon.TitleKind.OTHER && m.rules().isEmpty()) {
          continue;
        }
        Found.Span span = v.span(Math.min(tb, p.tb), Math.max(te, p.te));
        // a lower-case "leader" may lead a party; only a capitalised title of state, or one said to
        // be held now, leads the country
        if (!time
            && (capitalized
                || inOffice
                    && m.kind() == Lexicon.TitleKind.OFFICE
                    && !m.title().equals("leader"))) {
          Cand head = doc.clusters.get(country).get(0);
          ruleRelations(
              doc,
              "bare-title-main-country",
              m,
              p.entity,
              head,
              BARE,
              span,
              Map.of("title", capitalize(sb.toString())));
        }
        if (own < 0) {
          add(
              doc,
              "nationality-bare-title-main-country",
              CITIZEN_OF,
              p.entity,
              country,
              0.45,
              Modality.ASSERTED,
              span,
              Map.of());
        }
      }
    }
  }

  /** Titles of the heads of a monarchy: "the Norwegian monarch" is the person named "King X". */
  private static final Set<String> MONARCHS =
      Set.of(
          "king",
          "queen",
          "monarch",
          "emperor",
          "empress",
          "sultan",
          "emir",
          "amir",
          "shah",
          "tsar",
          "grand duke");

  /** A title's family: "monarch" for a king, "prime minister" for a premier, else the title. */
  private static String titleFamily(String title) {
    return MONARCHS.contains(title)
        ? "monarch"
        : title.equals("premier") ? "prime minister" : title;
  }

  /**
   * "King Harald V arrived in Brasilia ... the Norwegian monarch said": a title with a country and
   * no name ("the Norwegian monarch", "Norway's king") refers back to the person last named with a
   * title of its family (a king or queen for "monarch", a prime minister for "premier"), whose
   * leadership of that country it states, with that person's own title.
   */
  private void titledNominals(WorkingDocument doc, Map<Sent, List<Cand>> bySentence, int dominant) {
    Map<String, Cand> lastTitled = new HashMap<>();
    Map<String, String> titleOf = new HashMap<>();
    for (Sent s : doc.sentences) {
      View v = new View(doc, s, bySentence.getOrDefault(s, List.of()), dominant);
      for (Cand c : v.of(EntityType.COUNTRY)) {
        if (c.entity < 0 || c.kind == Cand.Kind.PRONOUN || c.kind == Cand.Kind.NOMINAL) {
          continue;
        }
        boolean possessive =
            c.kind == Cand.Kind.NAME && c.te < s.size() && s.tok(c.te).isPossessive();
        boolean determined =
            c.kind == Cand.Kind.DEMONYM && c.tb > 0 && v.word(c.tb - 1).equalsIgnoreCase("the");
        if (!possessive && !determined) {
          continue;
        }
        int tb = possessive ? c.te + 1 : c.te;
        int te = tb;
        while (te < s.size() && isTitleToken(v, te) && TenureWords.of(v.word(te)) == null) {
          te++;
        }
        if (te == tb
            || te < s.size()
                && (v.word(te).equals("of")
                    || v.word(te).equals(",")
                    || v.at(te, EntityType.PERSON) != null
                    || s.tok(te).pos().startsWith("NN"))) {
          continue; // no title, or one that names its holder or goes on: "the Norwegian king's son"
        }
        StringBuilder sb = new StringBuilder();
        for (int k = tb; k < te; k++) {
          if (!TITLE_MODIFIERS.contains(v.word(k).toLowerCase(Locale.ROOT))) {
            sb.append(sb.length() == 0 ? "" : " ").append(s.tok(k).lemma());
          }
        }
        TitleMatch m = sb.length() == 0 ? null : resolve(sb.toString(), true);
        if (m == null || m.rules().isEmpty()) {
          continue;
        }
        Cand person = lastTitled.get(titleFamily(m.title()));
        String title = titleOf.get(titleFamily(m.title()));
        if (person == null || title == null) {
          continue;
        }
        int own = ArticleFocus.statedCountry(doc, person.entity);
        if (own >= 0 && own != c.entity) {
          continue; // "Queen Margrethe ... the Swedish king": another monarch
        }
        ruleRelations(
            doc,
            "title-refers-back",
            resolve(title, true),
            person.entity,
            c,
            LIST,
            v.span(possessive ? c.tb : c.tb - 1, te),
            Map.of("title", capitalize(title)));
      }
      for (Cand q : v.of(EntityType.PERSON)) {
        if (q.kind != Cand.Kind.NAME || q.entity < 0) {
          continue;
        }
        int tb = titleRunStart(v, q.tb);
        StringBuilder sb = new StringBuilder();
        boolean now = true;
        for (int k = tb; k < q.tb; k++) {
          String w = v.word(k).toLowerCase(Locale.ROOT);
          now &= !notNow(w);
          if (!TITLE_MODIFIERS.contains(w) && !w.equals(",") && !w.equals("and")) {
            sb.append(sb.length() == 0 ? "" : " ")
                .append(s.tok(k).lemma().toLowerCase(Locale.ROOT));
          }
        }
        TitleMatch m = sb.length() == 0 || !now ? null : resolve(sb.toString(), false);
        if (m != null && !m.rules().isEmpty()) {
          lastTitled.put(titleFamily(m.title()), q);
          titleOf.put(titleFamily(m.title()), m.title());
        }
      }
    }
  }

  /** {@link #capitalActor}: no capital acts in the sentence. */
  private static final int NO_ACTOR = -2;

  /**
   * The country whose capital is the subject of a verb in the sentence ("Moscow sent ...", "Beijing
   * said ...", "Washington warned ..."): a capital as an actor stands for its government. Returns
   * the country's entity, -1 if the document does not name that country, or {@link #NO_ACTOR} if no
   * capital acts.
   */
  private static int capitalActor(WorkingDocument doc, View v) {
    for (Cand c : v.of(EntityType.CITY)) {
      if (c.capitalOf == null || c.kind != Cand.Kind.NAME) {
        continue;
      }
      for (Dep d : v.s.parents(c.head())) {
        if (d.relation().equals("nsubj")) {
          for (int k = 0; k < doc.clusters.size(); k++) {
            List<Cand> cl = doc.clusters.get(k);
            if (!cl.isEmpty()
                && cl.get(0).type.equals(EntityType.COUNTRY)
                && c.capitalOf.equals(cl.get(0).code)) {
              return k;
            }
          }
          return -1;
        }
      }
    }
    return NO_ACTOR;
  }

  /**
   * The end of a title said of the person by a copula and standing alone, "X became Prime Minister
   * in 2008", "X was the Prime Minister": no country, no "of" after it; -1 if none.
   */
  private int copularTitleEnd(View v, Cand p) {
    int i = p.te;
    if (i >= v.s.size() || !COPULA.contains(v.word(i)) || v.word(i).equals("'s")) {
      return -1;
    }
    i++;
    if (i < v.s.size() && v.word(i).equals("the")) {
      i++;
    }
    int te = i;
    while (te < v.s.size() && isTitleToken(v, te)) {
      te++;
    }
    if (te == i
        || te < v.s.size()
            && (v.word(te).equals("of")
                || v.s.tok(te).isPossessive()
                || v.at(te, holders) != null
                || v.at(te, EntityType.PERSON) != null)) {
      return -1;
    }
    return te;
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
      if (!LEAD_VERBS.contains(t.lemmaLower()) || !presentOrPerfect(v.s, i)) {
        continue;
      }
      for (int subj : v.s.children(i, "nsubj")) {
        Cand p = v.at(subj, EntityType.PERSON);
        if (p == null) {
          continue;
        }
        for (int obj : v.s.children(i, "obj")) {
          Cand c = v.at(obj, holders);
          if (c == null) {
            for (int poss : v.s.children(obj, "nmod")) {
              c = c != null ? c : v.at(poss, holders);
            }
          }
          if (c != null && c.kind == Cand.Kind.NAME) {
            // "X leads Y" says what the title "leader" says
            ruleRelations(
                v.doc,
                "lead-verb",
                resolve("leader", true),
                p.entity,
                c,
                LEAD_VERB,
                v.span(Math.min(p.tb, i), Math.max(c.te, obj + 1)),
                Map.of("title", "Leader"));
            add(
                v.doc,
                "nationality-lead-verb",
                CITIZEN_OF,
                p.entity,
                c.entity,
                0.6,
                Modality.ASSERTED,
                v.span(Math.min(p.tb, i), Math.max(c.te, obj + 1)),
                Map.of());
          }
        }
      }
    }
  }

  /** "leads", "has led", "has governed ... for a decade", "is leading": the role holds now. */
  private static boolean presentOrPerfect(Sent s, int verb) {
    String pos = s.tok(verb).pos();
    if (pos.equals("VBZ") || pos.equals("VBP")) {
      return true;
    }
    for (int aux : s.children(verb, "aux")) {
      String w = s.tok(aux).lower();
      if (pos.equals("VBN") && (w.equals("has") || w.equals("have"))
          || pos.equals("VBG") && (w.equals("is") || w.equals("are"))) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ LOCATED_IN, ON_DATE,
  // HOSTED_BY

  private void eventContext(View v) {
    Sent s = v.s;
    for (Cand e : v.of(EntityType.EVENT)) {
      if (e.kind != Cand.Kind.NAME
          && e.kind != Cand.Kind.NOMINAL
          && !(e.kind == Cand.Kind.COMMON && isNamedEvent(v.doc, e.entity))) {
        continue; // the readings of issue 17's common-noun events are rules (issue 9)
      }
      // places and years inside the name: "2001 Italian general election", "Ukraine conflict"
      if (e.kind == Cand.Kind.NAME) {
        int between = e.te;
        for (int k = e.tb; k < e.te; k++) {
          if (v.word(k).equals("between")) {
            sides(v, e, k + 1); // "the war between Russia and Ukraine": sides, not places
            between = k;
          }
        }
        Map<RelationKey, Found> into = v.doc.namedAgain(e.entity) ? v.doc.relations : v.doc.implied;
        for (Cand inner : v.cands) {
          if (inner == e
              || inner.tb < e.tb
              || inner.te > e.te
              || inner.entity == e.entity
              || inner.tb > between && inner.type.isPlace()) {
            continue;
          }
          if (inner.type.equals(EntityType.COUNTRY)
              && Lexicon.isConflict(e.eventClass)
              && dashed(v, inner)) {
            // "the Russia-Ukraine war", "the Iran–Iraq War": the sides, not the places
            add(
                v.doc,
                "event-name-sides",
                ATTENDS,
                inner.entity,
                e.entity,
                0.7,
                Modality.ASSERTED,
                v.span(e.tb, e.te),
                Map.of());
          } else if (inner.type.isPlace()) {
            add(
                v.doc,
                "event-name-place",
                into,
                LOCATED_IN,
                e.entity,
                inner.entity,
                0.7,
                Modality.ASSERTED,
                v.span(e.tb, e.te),
                Map.of());
          } else if (inner.type.equals(EntityType.DATE)) {
            // "Black Hawk War of 1832": a year after "of" dates the event, as in "the coup of 1851"
            boolean of = inner.tb > e.tb && v.word(inner.tb - 1).equals("of");
            add(
                v.doc,
                "event-name-date",
                of ? v.doc.relations : into,
                ON_DATE,
                e.entity,
                inner.entity,
                0.7,
                Modality.ASSERTED,
                v.span(e.tb, e.te),
                Map.of());
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
          while (j < Math.min(s.size() - 1, i + 4)
              && placeAt(v, j) == null
              && (s.tok(j).lower().equals("the")
                  || s.tok(j).pos().startsWith("JJ")
                  || s.tok(j).pos().equals("VBG")
                  || s.tok(j).pos().equals("VBN")
                  || s.tok(j).isProperNoun() && v.startingAt(j, (EntityType) null) == null)) {
            j++; // "in Shiite Iran", "in neighbouring Portugal"
          }
          Cand place = placeAt(v, j);
          if (place != null && !w.equals("on")) {
            // "in Thessaloniki, Greece", "in Ukraine and Poland": every place of the phrase
            while (place != null) {
              add(
                  v.doc,
                  "event-place-in",
                  LOCATED_IN,
                  e.entity,
                  place.entity,
                  0.75,
                  Modality.ASSERTED,
                  v.span(e.tb, place.te),
                  Map.of());
              i = place.te;
              int next = nextItem(v, i);
              place = next >= 0 ? placeAt(v, next) : null;
            }
            continue;
          }
          Cand date = v.startingAt(j, EntityType.DATE);
          if (date == null) {
            break;
          }
          i = onDate(v, "event-date-on", e, date, 0.75);
          continue;
        }
        if (w.equals("of") && i + 1 < s.size() && v.startingAt(i + 1, EntityType.DATE) != null) {
          i =
              onDate(
                  v,
                  "event-date-of-year",
                  e,
                  requireNonNull(v.startingAt(i + 1, EntityType.DATE)),
                  0.7); // "the French coup of 1851"
          continue;
        }
        if ((w.equals("a") || w.equals("an")) && i > e.te) {
          int k = i + 1;
          Cand year = null;
          int noun = -1;
          while (k < Math.min(s.size(), i + 8)
              && (s.tok(k).pos().startsWith("JJ")
                  || s.tok(k).pos().startsWith("NN")
                  || IN_NOUN_PHRASE.contains(s.tok(k).pos())
                  || v.startingAt(k, EntityType.DATE) != null)) {
            Cand date = v.startingAt(k, EntityType.DATE);
            year = year != null ? year : date;
            noun = date == null && s.tok(k).pos().startsWith("NN") ? k : noun;
            k = date != null ? date.te : k + 1;
          }
          if (year != null && noun >= year.te) {
            onDate(
                v,
                "event-date-in-predicate",
                e,
                year,
                0.6); // "E was a failed 1355 coup", "a fall 2007 arena tour": the noun it is
            i = noun + 1;
            continue;
          }
          if (k > i + 1
              && k < s.size()
              && (v.word(k).equals("that") || v.word(k).equals("which"))) {
            i = k; // "E was a brief conflict that took place in 1827 in Y"
            continue;
          }
        }
        if (w.equals("between") && i + 1 < s.size()) {
          i = sides(v, e, i + 1); // "the War of 1812 between Britain and the United States"
          continue;
        }
        if ((w.equals("with") || w.equals("against"))
            && i == e.te
            && Lexicon.isConflict(e.eventClass)
            && i + 1 < s.size()) {
          // "the Quasi-War with France", "the war against Iraq": the other side
          int j = v.word(i + 1).equals("the") ? i + 2 : i + 1;
          Cand side = j < s.size() ? v.startingAt(j, EntityType.COUNTRY) : null;
          if (side != null && side.kind == Cand.Kind.NAME) {
            add(
                v.doc,
                "event-other-side",
                ATTENDS,
                side.entity,
                e.entity,
                0.6,
                Modality.ASSERTED,
                v.span(e.tb, side.te),
                Map.of());
            i = side.te;
            continue;
          }
          break;
        }
        if (w.equals("(")) {
          int close =
              closing(v, i, 8); // "the Sappy Records Music Festival (or SappyFest) in Sackville"
          if (close < 0) {
            break;
          }
          Cand date = v.startingAt(i + 1, EntityType.DATE);
          if (date != null && date.te == close) { // not a span of years, "(1717 – 1720)"
            onDate(
                v,
                "event-date-parenthesis",
                e,
                date,
                0.7); // "the Battle of Burgos (1808)", "the Carnation Revolution (April 25, 1974)"
          }
          i = close + 1;
          continue;
        }
        if (w.equals(",")
            || w.equals("which")
            || w.equals("that")
            || w.equals("to")
            || w.equals("''")
            || w.equals("\"")
            || HAPPENING.contains(t.lemmaLower())) {
          i++;
          continue;
        }
        Cand date = v.startingAt(i, EntityType.DATE);
        if (date == null
            && i > e.te
            && (t.pos().equals("CD") || MentionStage.JOINING_DASHES.contains(w))) {
          i++; // the rest of a date the tagger cut short: "held on April 17–23, 2013 in Dubai"
          continue;
        }
        if (date == null) {
          break;
        }
        i = onDate(v, "event-date-after", e, date, 0.6);
      }
      // a possessive host: "Russia's annual Victory Day parade"
      if (e.kind == Cand.Kind.NAME && !Lexicon.isConflict(e.eventClass)) {
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
            RelationType type = e.eventClass == EventClass.ELECTION ? LOCATED_IN : HOSTED_BY;
            add(
                v.doc,
                "event-possessive-host",
                type,
                e.entity,
                host.entity,
                0.7,
                Modality.ASSERTED,
                v.span(host.tb, e.te),
                Map.of());
          }
          Cand town = v.endingAt(k, EntityType.CITY);
          if (host == null && town != null && town.kind == Cand.Kind.NAME) {
            // "Dunedin's 2008 Arts Festival": a city does not host, it is where the event is
            add(
                v.doc,
                "event-possessive-city",
                LOCATED_IN,
                e.entity,
                town.entity,
                0.7,
                Modality.ASSERTED,
                v.span(town.tb, e.te),
                Map.of());
          }
        }
      }
      duringIn(v, e);
    }
  }

  /**
   * Whether an event is named more than once in the document. A place or year inside the name of an
   * event named only in passing ("veterans of the Vietnam War", "at the 1936 Berlin Olympics") is
   * part of that name, not a reading of its own: the gold sets almost never annotate one
   * (docs/quality.md).
   */
  /** Whether an event entity has a name, not common nouns alone ("the summit"). */
  private static boolean isNamedEvent(WorkingDocument doc, int event) {
    return event >= 0 && doc.clusters.get(event).stream().anyMatch(c -> c.kind == Cand.Kind.NAME);
  }

  /** Reads the event's date after its name; returns the token after the date. */
  private int onDate(View v, String rule, Cand e, Cand date, double confidence) {
    add(
        v.doc,
        rule,
        ON_DATE,
        e.entity,
        date.entity,
        confidence,
        Modality.ASSERTED,
        v.span(e.tb, date.te),
        Map.of());
    return date.te;
  }

  /** The ")" closing the "(" at token {@code open}, at most {@code max} tokens after it, or -1. */
  private static int closing(View v, int open, int max) {
    for (int k = open + 1; k < v.s.size() && k <= open + max; k++) {
      if (v.word(k).equals(")")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "X served in the West Indies during the French Revolutionary Wars", "fighting in France during
   * World War I": a place and an event that frame the same clause ("in" or "at" and "during") place
   * the event there, at a low confidence.
   */
  private void duringIn(View v, Cand e) {
    for (int k = e.tb; k < e.te; k++) {
      for (Dep up : v.s.parents(k)) {
        if (e.covers(up.governor())
            || !up.relation().equals("obl:during") && !up.relation().equals("nmod:during")) {
          continue;
        }
        placesBeside(v, e, up.governor());
      }
    }
    argumentIn(v, e);
  }

  /**
   * "helped lead Spain to the European Championship title in Ukraine and Poland", "the battle was
   * fought on 10 December, between X and Y, in Syria": an event that is an argument of a verb, its
   * subject included (itself, or as the name of a prize won at it), takes the places of that verb's
   * "in" or "at".
   */
  private void argumentIn(View v, Cand e) {
    int head = -1;
    for (int k = e.tb; k < e.te; k++) {
      for (Dep up : v.s.parents(k)) {
        if (!e.covers(up.governor())) {
          head = k;
        }
      }
    }
    if (head < 0) {
      return;
    }
    for (Dep up : v.s.parents(head)) {
      if (up.relation().equals("compound") && !e.covers(up.governor())) {
        if (!PRIZES.contains(v.s.tok(up.governor()).lemmaLower())) {
          return; // "the Champions League draw in Monaco": the draw is there, not the league
        }
        head = up.governor();
        break;
      }
    }
    for (Dep up : v.s.parents(head)) {
      String r = up.relation();
      if ((r.equals("obj")
              || r.startsWith("nsubj")
              || r.startsWith("obl:") && !r.equals("obl:in") && !r.equals("obl:during"))
          && v.s.tok(up.governor()).pos().startsWith("VB")) {
        placesBeside(v, e, up.governor());
      }
    }
  }

  /** The places verb {@code governor} has in "in" or "at", as the event's places (0.5). */
  private void placesBeside(View v, Cand e, int governor) {
    for (Dep d : v.s.children(governor)) {
      String r = d.relation();
      if (r.equals("obl:in") || r.equals("obl:at") || r.equals("nmod:in") || r.equals("nmod:at")) {
        Cand place = v.at(d.dependent(), PLACES);
        if (place != null && place.kind == Cand.Kind.NAME && place.entity != e.entity) {
          add(
              v.doc,
              "event-places-beside",
              LOCATED_IN,
              e.entity,
              place.entity,
              0.5,
              Modality.ASSERTED,
              v.span(Math.min(e.tb, place.tb), Math.max(e.te, place.te)),
              Map.of());
        }
      }
    }
  }

  /**
   * The sides named after "between" ("between Britain and the United States", "between Putin and
   * Biden") take part in the event; returns the token after the last one.
   */
  private int sides(View v, Cand event, int from) {
    int i = from;
    List<Cand> sides = new ArrayList<>();
    while (i < v.s.size()) {
      String w = v.word(i).toLowerCase(Locale.ROOT);
      if (w.equals("the") || w.equals(",") || (w.equals("and") && !sides.isEmpty())) {
        i++;
        continue;
      }
      Cand c = v.startingAt(i, Set.of(EntityType.COUNTRY, EntityType.PERSON));
      if (c == null || c.kind == Cand.Kind.DEMONYM) {
        break;
      }
      sides.add(c);
      i = c.te;
    }
    if (sides.size() >= 2) {
      for (Cand c : sides) {
        add(
            v.doc,
            "event-sides",
            ATTENDS,
            c.entity,
            event.entity,
            0.7,
            Modality.ASSERTED,
            v.span(event.tb, c.te),
            Map.of());
      }
    }
    return Math.max(i, from);
  }

  /**
   * An armed force named in one sentence with a war or a battle takes part in it: "he served in the
   * United States Navy during World War II", "the town was occupied by the Wehrmacht during the
   * Battle of the Caucasus". A force's name ends with its kind ("Navy", "Air Force"), so "the Navy
   * Shipyards" is no force.
   */
  private void armedForces(View v) {
    for (Cand force : v.of(EntityType.ORGANIZATION)) {
      if (force.kind != Cand.Kind.NAME || !FORCES.contains(v.s.tok(force.te - 1).lower())) {
        continue;
      }
      for (Cand e : v.of(EntityType.EVENT)) {
        if (e.kind == Cand.Kind.NAME && Lexicon.isConflict(e.eventClass)) {
          add(
              v.doc,
              "event-armed-force",
              ATTENDS,
              force.entity,
              e.entity,
              0.5,
              Modality.ASSERTED,
              v.span(Math.min(force.tb, e.tb), Math.max(force.te, e.te)),
              Map.of());
        }
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Whether a dash joins the mention to the word before or after it: "Russia-Ukraine". */
  private static boolean dashed(View v, Cand c) {
    return c.te < v.s.size() && MentionStage.JOINING_DASHES.contains(v.word(c.te))
        || c.tb > 0 && MentionStage.JOINING_DASHES.contains(v.word(c.tb - 1));
  }

  /** The named place that starts at {@code token}, or null. */
  private static @Nullable Cand placeAt(View v, int token) {
    for (Cand c : v.cands) {
      if (c.tb == token && c.type.isPlace() && c.kind == Cand.Kind.NAME) {
        return c;
      }
    }
    return null;
  }

  private void add(
      WorkingDocument doc,
      String rule,
      RelationType type,
      int subject,
      int object,
      double confidence,
      Modality modality,
      Found.Span span,
      Map<String, String> attributes) {
    add(doc, rule, doc.relations, type, subject, object, confidence, modality, span, attributes);
  }

  /** A reading into {@code into}: the document's relations, or its implied ones. */
  private void add(
      WorkingDocument doc,
      String rule,
      Map<RelationKey, Found> into,
      RelationType type,
      int subject,
      int object,
      double confidence,
      Modality modality,
      Found.Span span,
      Map<String, String> attributes) {
    Readings.record(
        doc, into, wanted, rule, type, subject, object, confidence, modality, span, attributes);
  }

  /** One sentence with its resolved mentions, and lookups over them. */
  private static final class View {
    final WorkingDocument doc;
    final Sent s;
    final List<Cand> cands;

    /** The country the document is mostly about, or -1. */
    final int dominant;

    View(WorkingDocument doc, Sent s, List<Cand> cands, int dominant) {
      this.doc = doc;
      this.s = s;
      this.cands = cands;
      this.dominant = dominant;
    }

    String word(int i) {
      return s.tok(i).word().replace('\u2019', '\'');
    }

    /**
     * The country "the country" before token {@code token} refers to: the last country named before
     * it in this sentence or an earlier one, else the one the document is about; null if none.
     */
    @Nullable Cand countryBefore(int token) {
      Cand last = null;
      for (Cand c : doc.cands) {
        boolean before = c.sent.index < s.index || c.sent == s && c.te <= token;
        if (before
            && c.entity >= 0
            && c.type.equals(EntityType.COUNTRY)
            && c.kind == Cand.Kind.NAME
            && (last == null
                || c.sent.index > last.sent.index
                || c.sent.index == last.sent.index && c.tb > last.tb)) {
          last = c;
        }
      }
      return last != null ? last : dominant >= 0 ? doc.clusters.get(dominant).get(0) : null;
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
      return at(token, Set.of(type));
    }

    @Nullable Cand at(int token, Set<EntityType> types) {
      for (Cand c : cands) {
        if (c.covers(token) && types.contains(c.type)) {
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

    @Nullable Cand startingAt(int token, Set<EntityType> types) {
      for (Cand c : cands) {
        if (c.tb == token && types.contains(c.type)) {
          return c;
        }
      }
      return null;
    }

    @Nullable Cand endingAt(int tokenEnd, EntityType type) {
      return endingAt(tokenEnd, Set.of(type));
    }

    @Nullable Cand endingAt(int tokenEnd, Set<EntityType> types) {
      for (Cand c : cands) {
        if (c.te == tokenEnd && types.contains(c.type)) {
          return c;
        }
      }
      return null;
    }

    Found.Span span(int tb, int te) {
      return new Found.Span(s.index, s.tok(tb).begin(), s.tok(te - 1).end());
    }
  }
}
