/**
 * Entities and their mentions: {@link org.newsgraph.entity.Entity}, {@link
 * org.newsgraph.entity.EntityType}, {@link org.newsgraph.entity.Mention}, {@link
 * org.newsgraph.entity.TextSpan}.
 */
@NullMarked
package org.newsgraph.entity;

import org.jspecify.annotations.NullMarked;
