package org.newsgraph.internal.pipeline;

import org.newsgraph.relation.RelationType;

/** Identity of a relation within one document: type and the two entity clusters. */
record RelationKey(RelationType type, int subject, int object) {}
