/**
 * Your own entities and relations without training: {@link org.newsgraph.rules.Gazetteer} phrase
 * lists for custom or built-in entity types, and {@link org.newsgraph.rules.RelationRule} verb
 * patterns for custom or built-in relation types. Give them to {@code
 * Extractor.builder().gazetteer(...)} and {@code .rule(...)}; see {@code docs/rules.md}.
 */
@NullMarked
package org.newsgraph.rules;

import org.jspecify.annotations.NullMarked;
