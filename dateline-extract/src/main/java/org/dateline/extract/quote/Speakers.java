package org.dateline.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Quote;

/**
 * The entities of one article as possible speakers: every mention in the body (names, titles, pronouns the entity
 * layer resolved), so that the words of an attribution ("said the Minister", "he said", "informed the Russian
 * dipvedomstva") lead to an entity. One instance per article.
 */
final class Speakers {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’.-]\\p{L}+)*");
    /** Verbs whose object is the one spoken to, not the speaker ("Urzua told Pinera"). */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("told", "tells", "asked", "urged", "assured", "warned", "reminded");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "to", "with", "from", "for", "by", "after",
            "before", "of", "about", "during", "via", "through", "outside", "inside");
    /** Lower-case words that may follow a subject before its verb without making it a modifier. */
    private static final Set<String> FUNCTION_WORDS = Set.of("has", "had", "have", "also", "then", "later", "further",
            "again", "once", "himself", "herself", "itself", "themselves", "on", "in", "at", "after", "before", "during",
            "earlier", "previously", "recently", "now", "however", "too", "separately", "and", "who", "which", "told",
            "was", "is", "were", "would", "will", "could", "said");

    /** Titles written after the name of what they belong to ("UN Secretary-General", "NASA Administrator"). */
    private static final Set<String> TITLES = Set.of("secretary-general", "secretary", "president", "minister", "chairman",
            "chairwoman", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "administrator", "director",
            "governor", "ambassador", "envoy", "commander", "official", "officials", "prosecutor", "mayor", "leader", "ceo");

    private final List<Mention> mentions;
    private final Map<String, Entity> byId = new HashMap<>();

    Speakers(List<Entity> entities) {
        List<Mention> all = new ArrayList<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
            for (Mention m : e.mentions()) {
                if (m.span().field() == Field.BODY && m.kind() != MentionKind.DEMONYM) {
                    all.add(m);
                }
            }
        }
        all.sort(Comparator.comparing(Mention::span));
        this.mentions = List.copyOf(all);
    }

    /**
     * The speaker named in an attribution {@code [from, to)} whose verb is at {@code verb}. The subject before the
     * verb wins ("Lavrov said", "the ministry's spokesman Zakharova told reporters"); after the verb only in inverted
     * attributions ("said the Minister"), never an addressee ("told Pinera") or a place after a preposition ("said in
     * Rome"). A name that modifies a noun is not the speaker ("the U.S. space agency said"). Among candidates a person
     * comes before an organization before a place ("Moscow considers"), then the nearest to the verb.
     */
    Optional<Quote.Speaker> in(String text, int from, int to, int verb) {
        int verbEnd = verb;
        while (verbEnd < text.length() && Character.isLetter(text.charAt(verbEnd))) {
            verbEnd++;
        }
        String verbWord = text.substring(verb, verbEnd).toLowerCase(Locale.ROOT);
        Mention before = null;
        Mention after = null;
        for (Mention m : mentions) {
            if (m.span().start() < from || m.span().end() > to) {
                continue;
            }
            int rank = rank(byId.get(m.entityId()).type());
            if (rank < 0) {
                continue;
            }
            if (m.span().end() <= verb) {
                if (!modifiesANoun(text, m.span().end(), verb) && !ofSomeoneElse(text, from, m.span().start())
                        && better(m, before, verb)) {
                    before = m;
                }
            } else if (m.span().start() >= verbEnd && !ADDRESSEE_VERBS.contains(verbWord)
                    && directlyAfter(text, verbEnd, m.span().start()) && better(m, after, verb)) {
                after = m;
            }
        }
        Mention best = before != null ? before : after;
        return Optional.ofNullable(best).map(m -> speaker(m.entityId(), m));
    }

    /** The speaker a phrase names by itself ("According to Lavrov", "as the minister put it"): the best-ranked mention in it. */
    Optional<Quote.Speaker> named(String text, int from, int to) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().start() >= from && m.span().end() <= to && rank(byId.get(m.entityId()).type()) >= 0
                    && !modifiesANoun(text, m.span().end(), to) && better(m, best, from)) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(m -> speaker(m.entityId(), m));
    }

    private boolean better(Mention m, Mention than, int verb) {
        if (than == null) {
            return true;
        }
        int r = rank(byId.get(m.entityId()).type());
        int rt = rank(byId.get(than.entityId()).type());
        return r < rt || r == rt && distance(m, verb) < distance(than, verb);
    }

    private static int distance(Mention m, int verb) {
        return m.span().end() <= verb ? verb - m.span().end() : m.span().start() - verb;
    }

    /**
     * The word after a name is a noun or a title the name modifies: "the U.S. space agency", "the Paris fire brigade",
     * "UN Secretary-General Ban Ki-moon" (the speaker is the agency, the brigade, the Secretary-General).
     */
    private static boolean modifiesANoun(String text, int nameEnd, int limit) {
        Matcher w = WORD.matcher(text).region(nameEnd, limit);
        if (!w.find() || w.start() > nameEnd + 1) {
            return false;
        }
        String word = w.group();
        return Character.isLowerCase(word.charAt(0)) && !FUNCTION_WORDS.contains(word)
                || TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "The head of the Suez Canal Authority said": the speaker is the head, not the authority. */
    private static boolean ofSomeoneElse(String text, int from, int nameStart) {
        String before = text.substring(Math.max(from, nameStart - 8), nameStart);
        return before.endsWith("of ") || before.endsWith("of the ");
    }

    /** Only titles and articles between an inverted verb and its subject ("said the Minister", "said Lavrov"). */
    private static boolean directlyAfter(String text, int verbEnd, int nameStart) {
        Matcher w = WORD.matcher(text).region(verbEnd, nameStart);
        int n = 0;
        while (w.find()) {
            if (PREPOSITIONS.contains(w.group().toLowerCase(Locale.ROOT)) || ++n > 3) {
                return false;
            }
        }
        return true;
    }

    /** The last person named before {@code offset}, no further back than {@code notBefore}. */
    Optional<Quote.Speaker> lastPersonBefore(int offset, int notBefore) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.span().start() >= notBefore && byId.get(m.entityId()).type() == EntityType.PERSON) {
                last = m;
            }
        }
        return Optional.ofNullable(last).map(m -> speaker(m.entityId(), null));
    }

    /** The entities mentioned in {@code [from, to)} outside {@code [skipFrom, skipTo)}, by id, in order. */
    List<String> mentionedIn(int from, int to, int skipFrom, int skipTo) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.span().start() >= from && m.span().end() <= to && (m.span().end() <= skipFrom || m.span().start() >= skipTo)) {
                ids.add(m.entityId());
            }
        }
        return List.copyOf(ids);
    }

    private Quote.Speaker speaker(String entityId, Mention m) {
        return new Quote.Speaker(entityId, byId.get(entityId).name(), m == null ? null : m.span());
    }

    /** Who can speak: people, then organizations, then places standing for their governments. */
    private static int rank(EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case LOCATION -> 2;
            default -> -1;
        };
    }
}
