package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TextSpan;
import org.newsgraph.relation.Evidence;
import org.newsgraph.relation.Relation;

/**
 * What the extractor saw in a text and what it read there, for people who write and debug rules
 * ({@code newsgraph explain "..."}): per sentence, the tokens with their lemma, part-of-speech tag
 * and CoreNLP NER tag, the dependency edges the rules match (enhanced++ Universal Dependencies),
 * and every mention with its type, its kind and the entity it resolves to; and the {@link Document}
 * itself, whose relations name the rule that found them ({@link Evidence#foundBy()}).
 *
 * <p>Obtain one from {@link Extractor#explain(String)}. The document is the one {@link
 * Extractor#extract(String)} returns for the same text; the analysis covers every sentence, also
 * those extraction did not need to parse. Immutable and thread-safe.
 *
 * <pre>{@code
 * Explanation ex = extractor.explain("Kazakh President Kassym-Jomart Tokayev attended the parade.");
 * for (Explanation.SentenceAnalysis s : ex.sentences()) {
 *   for (Explanation.Dependency d : s.dependencies()) {
 *     System.out.println(s.describe(d));              // attended-5 -nsubj-> Tokayev-4
 *   }
 *   for (Relation r : ex.relationsIn(s.sentence().index())) {
 *     System.out.println(r + " " + r.evidence().get(0).foundBy());
 *   }
 * }
 * }</pre>
 *
 * @param document the extracted document
 * @param sentences the analysis of each of its sentences, in text order
 */
public record Explanation(Document document, ImmutableList<SentenceAnalysis> sentences) {

  /** Validates the explanation: one analysis per sentence of the document, in order. */
  public Explanation {
    requireNonNull(document, "document");
    sentences = ImmutableList.copyOf(sentences);
    checkArgument(
        sentences.size() == document.sentences().size(),
        "an explanation needs one analysis per sentence: the document has %s sentences, but %s"
            + " analyses were given",
        document.sentences().size(),
        sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      checkArgument(
          sentences.get(i).sentence().equals(document.sentences().get(i)),
          "analysis %s is of %s, not of the document's sentence %s",
          i,
          sentences.get(i).sentence(),
          document.sentences().get(i));
    }
  }

  /**
   * Returns the document's relations with evidence in this sentence, in the document's order; the
   * evidence entry of that sentence names the rule that read the relation there.
   */
  public ImmutableList<Relation> relationsIn(int sentence) {
    return document.relations().stream()
        .filter(r -> r.evidence().stream().anyMatch(e -> e.sentence() == sentence))
        .collect(ImmutableList.toImmutableList());
  }

  /** How a mention refers to its entity. */
  public enum MentionKind {
    /** A proper name: "Kassym-Jomart Tokayev", "Russia", "Victory Day parade". */
    NAME,
    /** A country's demonym or adjective: "Kazakh". */
    DEMONYM,
    /** A common noun phrase that refers back: "the parade". */
    NOMINAL,
    /** A personal pronoun: "he", "his". */
    PRONOUN,
    /** A common-noun event: "the summit", "talks", "next week's trade meeting". */
    COMMON
  }

  /**
   * One token.
   *
   * @param index the position in its sentence, counting from 1 as CoreNLP's dependency output
   *     ({@code attended-5}) and CoNLL-U do
   * @param word the token as the tokenizer gives it
   * @param lemma its lemma
   * @param tag its Penn Treebank part-of-speech tag, e.g. {@code NNP}, {@code VBD}
   * @param nerTag CoreNLP's named-entity tag, e.g. {@code PERSON}, {@code NATIONALITY}, {@code
   *     TITLE}, or {@code O} for none; NewsGraph's own types are on the {@link MentionAnalysis}
   * @param span its character offsets into the document text
   */
  public record Token(
      int index, String word, String lemma, String tag, String nerTag, TextSpan span) {

    /** Validates the token. */
    public Token {
      checkArgument(index >= 1, "token index counts from 1, but was %s", index);
      requireNonNull(word, "word");
      requireNonNull(lemma, "lemma");
      requireNonNull(tag, "tag");
      requireNonNull(nerTag, "nerTag");
      requireNonNull(span, "span");
    }
  }

  /**
   * One dependency edge, {@code governor -relation-> dependent}, between the tokens of a sentence.
   *
   * @param governor the governing token's {@link Token#index() index}, or 0 for the root
   * @param relation the Universal Dependencies relation with its enhanced++ specifier, e.g. {@code
   *     nsubj}, {@code obl:in}, {@code nmod:poss}, {@code root}
   * @param dependent the dependent token's index
   */
  public record Dependency(int governor, String relation, int dependent) {

    /** Validates the edge. */
    public Dependency {
      requireNonNull(relation, "relation");
      checkArgument(
          governor >= 0 && dependent >= 1,
          "token indices count from 1 (0 is the root's governor), but the edge was %s -%s-> %s",
          governor,
          relation,
          dependent);
    }

    /** Returns whether this is the edge from the root to the sentence's head. */
    public boolean isRoot() {
      return governor == 0;
    }
  }

  /**
   * A mention the pipeline found, with the entity it resolves to.
   *
   * @param mention its text, span and sentence
   * @param type its NewsGraph entity type
   * @param kind how it refers: name, demonym, common noun or pronoun
   * @param entity the document's entity it belongs to; empty when it resolves to none that the
   *     document keeps (a common noun or pronoun left unresolved, a type not asked for)
   */
  public record MentionAnalysis(
      Mention mention, EntityType type, MentionKind kind, Optional<Entity> entity) {

    /** Validates the mention. */
    public MentionAnalysis {
      requireNonNull(mention, "mention");
      requireNonNull(type, "type");
      requireNonNull(kind, "kind");
      requireNonNull(entity, "entity");
    }
  }

  /**
   * The analysis of one sentence.
   *
   * @param sentence the document's sentence
   * @param tokens its tokens, with indices 1, 2, ...
   * @param dependencies its dependency edges, sorted by governor, then dependent; empty when the
   *     extractor finds no relation type, since it then loads no parser
   * @param mentions the mentions in it, in text order
   */
  public record SentenceAnalysis(
      Sentence sentence,
      ImmutableList<Token> tokens,
      ImmutableList<Dependency> dependencies,
      ImmutableList<MentionAnalysis> mentions) {

    /** Validates the analysis: token indices run 1, 2, ...; edges join tokens of the sentence. */
    public SentenceAnalysis {
      requireNonNull(sentence, "sentence");
      tokens = ImmutableList.copyOf(tokens);
      dependencies = ImmutableList.copyOf(dependencies);
      mentions = ImmutableList.copyOf(mentions);
      for (int i = 0; i < tokens.size(); i++) {
        checkArgument(
            tokens.get(i).index() == i + 1,
            "token %s of sentence %s has the index %s; indices run 1, 2, ...",
            i + 1,
            sentence.index(),
            tokens.get(i).index());
      }
      for (Dependency d : dependencies) {
        checkArgument(
            d.governor() <= tokens.size() && d.dependent() <= tokens.size(),
            "edge %s -%s-> %s joins a token that sentence %s, of %s tokens, does not have",
            d.governor(),
            d.relation(),
            d.dependent(),
            sentence.index(),
            tokens.size());
      }
    }

    /**
     * Returns the edge as CoreNLP prints it, word and index at each end: {@code attended-5 -nsubj->
     * Tokayev-4}, {@code ROOT-0 -root-> attended-5}.
     *
     * @throws IllegalArgumentException if the edge joins tokens this sentence does not have
     */
    public String describe(Dependency d) {
      requireNonNull(d, "d");
      checkArgument(
          d.governor() <= tokens.size() && d.dependent() <= tokens.size(),
          "edge %s -%s-> %s is not of sentence %s",
          d.governor(),
          d.relation(),
          d.dependent(),
          sentence.index());
      String gov = d.isRoot() ? "ROOT" : tokens.get(d.governor() - 1).word();
      return gov
          + "-"
          + d.governor()
          + " -"
          + d.relation()
          + "-> "
          + tokens.get(d.dependent() - 1).word()
          + "-"
          + d.dependent();
    }
  }
}
