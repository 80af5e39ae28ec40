/** Relations between entities, with confidence, modality and evidence. */
@NullMarked
package org.newsgraph.relation;

import org.jspecify.annotations.NullMarked;
