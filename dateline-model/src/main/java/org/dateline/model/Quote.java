package org.dateline.model;

import java.util.List;

/**
 * A statement the article attributes to someone: a direct quote (words inside quotation marks) or reported
 * speech ("Lavrov said Russia is not about to join ...").
 *
 * @param span       the quoted words, without the quotation marks; for a quote interrupted by its attribution
 *                   ("..., – said the Minister. – For it ...") the whole stretch, attribution included
 * @param text       the covered text
 * @param direct     true for words inside quotation marks, false for reported speech
 * @param speaker    the entity that said it, or null when the article does not say
 * @param cue        the attribution that names the speaker ("said the Minister", "According to Lavrov"), or null
 * @param entityIds  the entities the quote mentions, by id, in order of first mention
 * @param timexes    the time expressions inside the quote
 */
public record Quote(Span span, String text, boolean direct, Speaker speaker, Span cue, List<String> entityIds,
                    List<TimeExpression> timexes) implements Annotation {

    public Quote {
        entityIds = List.copyOf(entityIds);
        timexes = List.copyOf(timexes);
    }

    /**
     * Who said it: an entity of the same article, and how the attribution refers to it.
     *
     * @param entityId the entity's id ("e1")
     * @param name     the entity's canonical name ("Sergey Lavrov")
     * @param mention  the words of the attribution that name the speaker ("the Minister", "he"), or null when the
     *                 speaker is carried over from the statement the quote continues
     */
    public record Speaker(String entityId, String name, Span mention) {
    }
}
