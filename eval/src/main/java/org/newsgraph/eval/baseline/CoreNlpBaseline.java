package org.newsgraph.eval.baseline;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.Document;
import org.newsgraph.ExtractionException;
import org.newsgraph.Sentence;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Modality;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.RelationType;

/**
 * A baseline extractor that is plain Stanford CoreNLP, producing NewsGraph {@link Document}s so the
 * evaluation scores it like NewsGraph.
 *
 * <ul>
 *   <li>{@link #ner()}: annotators {@code tokenize,ssplit,pos,lemma,ner}. Each NER mention becomes
 *       a mention (not the pronouns CoreNLP adds as entity mentions); mentions with the same type
 *       and text form one entity. PERSON, COUNTRY, CITY, ORGANIZATION and DATE keep their type,
 *       STATE_OR_PROVINCE and LOCATION become LOCATION; every other tag (NATIONALITY included: it
 *       is not turned into a country) is dropped. No events, no relations.
 *   <li>{@link #kbp()}: the same plus {@code depparse,coref,kbp}; CoreNLP's KBP relations are
 *       mapped to ours: {@code per:title} with a leader title plus {@code per:origin} of the same
 *       person gives LEADER_OF(person, origin); {@code per:origin} or {@code
 *       per:countries_of_residence} gives CITIZEN_OF(person, object). Relation objects become
 *       COUNTRY entities (a NATIONALITY object such as "Kazakh" too), relation subjects PERSON
 *       entities.
 * </ul>
 *
 * <p>Building one loads CoreNLP's models; a built baseline is thread-safe.
 */
public final class CoreNlpBaseline {

  /** What a baseline relation's evidence gives as the rule that found it. */
  static final String BASELINE_RULE = "corenlp-kbp";

  private static final ImmutableMap<String, EntityType> NER_TYPES =
      ImmutableMap.<String, EntityType>builder()
          .put("PERSON", EntityType.PERSON)
          .put("COUNTRY", EntityType.COUNTRY)
          .put("CITY", EntityType.CITY)
          .put("STATE_OR_PROVINCE", EntityType.LOCATION)
          .put("LOCATION", EntityType.LOCATION)
          .put("ORGANIZATION", EntityType.ORGANIZATION)
          .put("DATE", EntityType.DATE)
          .build();

  /** Words of a {@code per:title} object that make it a country leader's title. */
  static final ImmutableSet<String> LEADER_TITLES =
      ImmutableSet.of(
          "president",
          "prime minister",
          "premier",
          "chancellor",
          "king",
          "queen",
          "emir",
          "sultan",
          "monarch",
          "head of state",
          "head of government",
          "leader",
          "emperor",
          "taoiseach",
          "shah",
          "dictator",
          "prime-minister",
          "vice president",
          "vice-president");

  private final StanfordCoreNLP pipeline;
  private final boolean kbp;

  private CoreNlpBaseline(boolean kbp) {
    Properties props = new Properties();
    props.setProperty(
        "annotators", "tokenize,ssplit,pos,lemma,ner" + (kbp ? ",depparse,coref,kbp" : ""));
    props.setProperty("tokenize.language", "en");
    this.pipeline = new StanfordCoreNLP(props);
    this.kbp = kbp;
  }

  /** Returns the plain CoreNLP NER baseline; loads the models. */
  public static CoreNlpBaseline ner() {
    return new CoreNlpBaseline(false);
  }

  /** Returns the CoreNLP KBP relation baseline; loads the models (slow: about 80 tokens/s). */
  public static CoreNlpBaseline kbp() {
    return new CoreNlpBaseline(true);
  }

  /**
   * Extracts one text.
   *
   * @throws ExtractionException if CoreNLP fails on the text
   */
  public Document extract(String id, String text) {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    if (text.isBlank()) {
      return Document.of(id, text, List.of(), List.of(), List.of());
    }
    CoreDocument doc = new CoreDocument(text);
    try {
      pipeline.annotate(doc);
    } catch (RuntimeException e) {
      throw new ExtractionException(
          "CoreNLP baseline failed on document '" + id + "' (" + text.length() + " characters)", e);
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < doc.sentences().size(); i++) {
      CoreSentence s = doc.sentences().get(i);
      int b = s.charOffsets().first();
      int e = s.charOffsets().second();
      sentences.add(new Sentence(i, new TextSpan(b, e), text.substring(b, e)));
    }
    Entities entities = new Entities(text);
    for (CoreEntityMention m : doc.entityMentions()) {
      EntityType type = NER_TYPES.get(m.entityType());
      // CoreNLP also lists pronouns ("he", "his") as PERSON entity mentions although their tokens
      // carry no NER tag; the baseline keeps only mentions the NER tagged
      if (type == null || m.tokens().stream().allMatch(t -> "O".equals(t.ner()))) {
        continue;
      }
      int sentence = m.coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class);
      entities.add(type, m.charOffsets().first(), m.charOffsets().second(), sentence);
    }
    List<Found> relations = new ArrayList<>();
    if (kbp) {
      mapKbp(doc, entities, relations);
    }
    return entities.toDocument(id, sentences, relations);
  }

  private static void mapKbp(CoreDocument doc, Entities entities, List<Found> relations) {
    Map<String, Boolean> leader = new LinkedHashMap<>();
    List<RelationTriple> origins = new ArrayList<>();
    for (CoreMap s : doc.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
      List<RelationTriple> triples = s.get(CoreAnnotations.KBPTriplesAnnotation.class);
      if (triples == null) {
        continue;
      }
      for (RelationTriple t : triples) {
        String rel = t.relationGloss();
        String subject = t.subjectGloss();
        if (rel.equals("per:title")) {
          String title = t.objectGloss().toLowerCase(Locale.ROOT);
          if (LEADER_TITLES.stream().anyMatch(title::contains)) {
            leader.put(subject, true);
          }
        } else if (rel.equals("per:origin") || rel.equals("per:countries_of_residence")) {
          origins.add(t);
          relations.add(found(entities, RelationType.CITIZEN_OF, t));
        }
      }
    }
    for (RelationTriple t : origins) {
      if (t.relationGloss().equals("per:origin") && leader.containsKey(t.subjectGloss())) {
        relations.add(found(entities, RelationType.LEADER_OF, t));
      }
    }
  }

  private static Found found(Entities entities, RelationType type, RelationTriple t) {
    String subject =
        entities.add(EntityType.PERSON, begin(t.subject), end(t.subject), sent(t.subject));
    String object =
        entities.add(EntityType.COUNTRY, begin(t.object), end(t.object), sent(t.object));
    int sentence = sent(t.object);
    int b = begin(t.object);
    int e = end(t.object);
    if (sent(t.subject) == sentence) {
      b = Math.min(b, begin(t.subject));
      e = Math.max(e, end(t.subject));
    }
    return new Found(type, subject, object, t.confidence, sentence, b, e);
  }

  private static int begin(List<CoreLabel> toks) {
    return toks.stream().mapToInt(CoreLabel::beginPosition).min().orElseThrow();
  }

  private static int end(List<CoreLabel> toks) {
    return toks.stream().mapToInt(CoreLabel::endPosition).max().orElseThrow();
  }

  private static int sent(List<CoreLabel> toks) {
    return toks.get(0).sentIndex();
  }

  /** A relation read from KBP: entity keys, confidence and the evidence range. */
  private record Found(
      RelationType type,
      String subject,
      String object,
      double confidence,
      int sentence,
      int begin,
      int end) {}

  /** Entities keyed by type and text, with their mentions; per-call scratch state. */
  private static final class Entities {
    private final String text;
    private final Map<String, EntityType> types = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, int[]>> mentions = new LinkedHashMap<>();

    Entities(String text) {
      this.text = text;
    }

    String add(EntityType type, int begin, int end, int sentence) {
      String key = type.name() + "\u0000" + text.substring(begin, end);
      types.put(key, type);
      mentions
          .computeIfAbsent(key, k -> new TreeMap<>())
          .putIfAbsent(begin, new int[] {end, sentence});
      return key;
    }

    Document toDocument(String id, List<Sentence> sentences, List<Found> found) {
      List<String> keys = new ArrayList<>(types.keySet());
      keys.sort(Comparator.comparingInt(k -> requireNonNull(mentions.get(k)).firstKey()));
      Map<String, Entity> byKey = new LinkedHashMap<>();
      int n = 0;
      for (String key : keys) {
        String name = key.substring(key.indexOf('\u0000') + 1);
        Entity.Builder b = Entity.builder("e" + ++n, requireNonNull(types.get(key)), name);
        for (Map.Entry<Integer, int[]> m : requireNonNull(mentions.get(key)).entrySet()) {
          int begin = m.getKey();
          int end = m.getValue()[0];
          b.mention(
              new Mention(text.substring(begin, end), new TextSpan(begin, end), m.getValue()[1]));
        }
        byKey.put(key, b.build());
      }
      Map<List<String>, Relation> relations = new LinkedHashMap<>();
      for (Found f : found) {
        Entity s = byKey.get(f.subject());
        Entity o = byKey.get(f.object());
        if (s == null || o == null || s.id().equals(o.id())) {
          continue;
        }
        List<String> key = List.of(f.type().name(), s.id(), o.id());
        Evidence ev =
            new Evidence(
                f.sentence(),
                new TextSpan(f.begin(), f.end()),
                text.substring(f.begin(), f.end()),
                BASELINE_RULE);
        Relation old = relations.get(key);
        double conf = Math.max(0.0, Math.min(1.0, f.confidence()));
        if (old == null) {
          relations.put(
              key, new Relation(f.type(), s, o, conf, Modality.ASSERTED, Map.of(), List.of(ev)));
        } else {
          Set<Evidence> evs = new LinkedHashSet<>(old.evidence());
          evs.add(ev);
          relations.put(
              key,
              new Relation(
                  f.type(),
                  s,
                  o,
                  Math.max(conf, old.confidence()),
                  Modality.ASSERTED,
                  Map.of(),
                  ImmutableList.copyOf(evs)));
        }
      }
      return Document.of(id, text, sentences, byKey.values(), relations.values());
    }
  }
}
