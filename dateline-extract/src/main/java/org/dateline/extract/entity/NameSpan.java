package org.dateline.extract.entity;

import org.dateline.model.EntityType;
import org.dateline.model.MentionKind;
import org.dateline.model.Span;

/**
 * A name found by a tagger, before mentions are grouped into entities.
 *
 * @param span       where it is written
 * @param text       the covered text
 * @param type       its type
 * @param kind       how it refers: a name, an acronym, a demonym, a capital standing for its country, ...
 * @param canonical  the canonical name a knowledge source knows for it ("United States" for "U.S.", "Italy" for
 *                   "Italian", "Russia" for "Moscow" as a metonym), or null when only the text is known
 * @param confidence how sure the tagger is, from 0 to 1
 * @param source     which tagger found it ("model", "gazetteer"), for measurement and explanations
 */
public record NameSpan(Span span, String text, EntityType type, MentionKind kind, String canonical, double confidence, String source) {
}
