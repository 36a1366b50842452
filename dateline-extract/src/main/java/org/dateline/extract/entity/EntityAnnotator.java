package org.dateline.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Sentence;
import org.dateline.model.Span;

/**
 * Finds the entities of an article: every person, organization and place, each with one canonical name and
 * every way the article refers to it.
 *
 * <p>Names come from the taggers (a gazetteer of countries, places and organizations, a statistical model),
 * institution names are composed on them ({@link Institutions}), and the dateline's place is a mention too.
 * Overlaps are resolved longest first. Mentions are then grouped: a country by its canonical name whatever it is
 * called ("US", "U.S.", "the United States"); a surname with the full name it ends ("Lavrov" with "Sergey
 * Lavrov"); an acronym with the name its initials spell; a nationality adjective with its country when the country
 * is named, else as a group of its own; a capital standing for its government ("Moscow considers") with its
 * country; titles and descriptions ("the Minister", "the Russian side", "Italian counterpart") with what they point
 * to ({@link References}). Immutable and thread-safe.
 */
public final class EntityAnnotator {

    private final List<NameTagger> taggers;
    private final Function<String, Optional<String>> countryOfCapital;
    private final Institutions institutions = new Institutions();
    private final FirstNames firstNames = FirstNames.load();
    private final References references;

    /** @param knowledge the name taggers, most trusted first, and the capital and acronym lookups */
    public EntityAnnotator(EntityTaggers knowledge) {
        this.taggers = knowledge.taggers();
        this.countryOfCapital = knowledge.countryOfCapital();
        this.references = new References(knowledge.acronymsOf(), firstNames);
    }

    /** The entities of an article, in order of first mention; ids are "e1", "e2", .... */
    public List<Entity> annotate(Article article, List<Sentence> titleSentences, List<Sentence> bodySentences, Dateline dateline) {
        List<NameSpan> names = new ArrayList<>();
        names.addAll(names(article.title(), Field.TITLE, titleSentences, null));
        names.addAll(names(article.text(), Field.BODY, bodySentences, dateline));
        MentionGroups groups = new MentionGroups(article, countryOfCapital);
        names.forEach(groups::addName);
        groups.linkSurnamesAndAcronyms();
        references.resolve(article, groups);
        return groups.entities();
    }

    private List<NameSpan> names(String text, Field field, List<Sentence> sentences, Dateline dateline) {
        List<NameSpan> all = new ArrayList<>();
        for (NameTagger tagger : taggers) {
            all.addAll(tagger.tag(text, field, sentences));
        }
        all = PersonNames.refine(all, text, sentences, firstNames);
        List<NameSpan> places = all.stream()
                .filter(n -> (n.type() == EntityType.LOCATION || n.kind() == MentionKind.DEMONYM) && n.canonical() != null).toList();
        all.addAll(0, institutions.find(text, field, places));
        if (dateline != null && dateline.place() != null && dateline.placeSpan() != null) {
            Span s = dateline.placeSpan();
            all.add(0, new NameSpan(s, s.coveredText(text), EntityType.LOCATION, MentionKind.NAME, dateline.place(), 1.0, "dateline"));
        }
        return withoutOverlaps(all);
    }

    /**
     * Longest first. On the same words, a span of the same type from a more trusted tagger wins (it knows the
     * canonical name); of another type, the more confident one ("Lincoln" the president, not the city). A place
     * or organization inside a longer MISC name is kept as well ("UN" in "UN Charter"): the name of a treaty still
     * mentions its body.
     */
    static List<NameSpan> withoutOverlaps(List<NameSpan> all) {
        Map<NameSpan, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            rank.putIfAbsent(all.get(i), i);
        }
        Map<Span, NameSpan> bySpan = new LinkedHashMap<>();
        for (NameSpan n : all) {
            bySpan.merge(n.span(), n, (a, b) -> a.type() == b.type() || a.confidence() >= b.confidence() ? a : b);
        }
        List<NameSpan> order = new ArrayList<>(bySpan.values());
        order.sort(Comparator.comparingInt((NameSpan n) -> n.span().length()).reversed().thenComparingInt(rank::get));
        List<NameSpan> kept = new ArrayList<>();
        for (NameSpan n : order) {
            boolean clash = false;
            for (NameSpan k : kept) {
                if (k.span().overlaps(n.span()) && !(k.type() == EntityType.MISC && k.span().contains(n.span())
                        && n.type() != EntityType.MISC)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(n);
            }
        }
        kept.sort(Comparator.comparing(NameSpan::span));
        return kept;
    }
}
