package org.dateline.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.corpus.ArticleFacts.Alias;
import org.dateline.corpus.ArticleFacts.EntityFact;
import org.dateline.model.EntityType;
import org.dateline.model.MentionKind;

/**
 * Resolves the entities of many articles into {@link Dossier}s: "Lavrov" in one article and "Sergey Lavrov" in
 * another are one person; two people called Smith are not, unless something says so.
 *
 * <h2>Rules, applied in this order</h2>
 * Only names and acronyms identify an entity across articles: the canonical name and the aliases the article
 * writes as a name or an upper-case acronym. Descriptions ("the Minister"), pronouns, demonyms ("Italian") and
 * metonyms ("Moscow" for Russia) do not. Names are compared in a normal form (case, accents, dots, quotation
 * marks and a leading "the" ignored: "U.S.-led coalition" = "US-led coalition"), and only within compatible types
 * (a person only with a person; a place with a place or nationality; an organization with an organization or
 * other name).
 * <ol>
 *   <li>{@code name} / {@code acronym}: entities that share a full name or an acronym are one ("Sergey Lavrov" =
 *       "Sergey Lavrov"; "Islamic State" with alias ISIL = "ISIL" with alias ISIS = "ISIS"). For people, a full
 *       name has at least two words; a one-word person name is a bare surname and waits for rule 4.</li>
 *   <li>{@code name-variant+context}: two full names with the same surname whose first names are spelling
 *       variants ("Sergei"/"Sergey": one letter apart, five letters or more) or an initial ("S. Lavrov") are one
 *       when their articles share context (below).</li>
 *   <li>{@code short-form}: a full name that is a longer one without its first words ("Tayyip Erdogan" of "Recep
 *       Tayyip Erdogan") or without its particles ("Bashar Assad" of "Bashar al-Assad") joins it when the corpus
 *       has exactly one such longer name (a different middle word is another person: "George W. Bush" is not a
 *       form of "George H. W. Bush");
 *       {@code short-form+context}: when it has several, the one whose articles share context, if exactly one
 *       does.</li>
 *   <li>{@code surname}: a bare surname ("Lavrov") joins a full name ending in it when the corpus has exactly one
 *       such person; {@code surname+context}: when it has several, it joins the one whose articles share context
 *       with its own, if exactly one does; when it has none, bare surnames join each other only when their
 *       articles share context. Otherwise the bare surname stays a dossier of its own.</li>
 * </ol>
 * <b>Context</b> is at least {@value #MIN_SHARED_CONTEXT} other people or organizations (after rule 1) that both
 * sides' articles mention, none of them common (mentioned in more than max({@value #MIN_COMMON_DF}, 2% of the
 * articles)) nor a news agency ({@link Agencies}: every Reuters story names Reuters). Stories are not used: they are threaded on dossiers, and co-mentioned people and organizations are
 * what makes two articles one story anyway.
 *
 * <p>Every join is recorded as a {@link Dossier.Merge} naming both sides, the rule and the shared words. Joins are
 * reversible with {@link Split}s: a split entity is kept apart from every other member of the dossier it was
 * split from (a cannot-link constraint, honoured by every rule, so no other path can re-join it).
 *
 * <p>Deterministic: the result does not depend on the order of the articles. Cost: linear in the number of
 * article entities through hash indexes by name; context is compared only between candidates sharing a surname.
 */
public final class EntityResolver {

    static final int MIN_SHARED_CONTEXT = 2;
    static final int MIN_COMMON_DF = 10;
    /** Bare surnames with no full name are compared with at most this many others of the same surname. */
    static final int BARE_WINDOW = 200;
    /** Words of a surname a shorter form may leave out. */
    static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "da",
            "di", "del", "della", "dos", "das", "du", "la", "le");

    private EntityResolver() {
    }

    public static List<Dossier> resolve(List<ArticleFacts> articles) {
        return resolve(articles, List.of());
    }

    /** The dossiers of the corpus, most widely reported first, with the given merges undone. */
    public static List<Dossier> resolve(List<ArticleFacts> articles, Collection<Split> splits) {
        Corpus corpus = new Corpus(sortedById(articles));
        List<Dossier> unconstrained = new Run(corpus, Map.of()).dossiers();
        if (splits == null || splits.isEmpty()) {
            return unconstrained;
        }
        Map<Integer, Set<Integer>> cannot = new HashMap<>();
        Map<String, Dossier> byId = new HashMap<>();
        for (Dossier d : unconstrained) {
            byId.put(d.id(), d);
        }
        for (Split s : splits) {
            Dossier d = byId.get(s.dossierId());
            Integer node = corpus.nodeOf.get(s.member());
            if (d == null || node == null || !d.members().contains(s.member())) {
                continue;
            }
            for (EntityRef other : d.members()) {
                int o = corpus.nodeOf.get(other);
                if (o != node) {
                    cannot.computeIfAbsent(node, k -> new HashSet<>()).add(o);
                    cannot.computeIfAbsent(o, k -> new HashSet<>()).add(node);
                }
            }
        }
        return cannot.isEmpty() ? unconstrained : new Run(corpus, cannot).dossiers();
    }

    static List<ArticleFacts> sortedById(List<ArticleFacts> articles) {
        List<ArticleFacts> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(ArticleFacts::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("article id appears twice: " + sorted.get(i).id());
            }
        }
        return sorted;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The corpus as nodes (one per article entity) with their name keys

    /** A name that identifies, as compared ("P|sergey lavrov") and as written ("Sergey Lavrov"). */
    private record Key(String key, String written, boolean acronym) {
    }

    private static final class Corpus {
        final List<ArticleFacts> articles;
        final int[] articleOf;
        final EntityFact[] entity;
        final EntityRef[] ref;
        final List<List<Key>> fullKeys = new ArrayList<>();
        /** For people with a full name: surname -> first names ("lavrov" -> ["sergey"]); else empty. */
        final List<Map<String, Set<String>>> surnames = new ArrayList<>();
        /** For people with a full name: the words of each full name ("sergey", "lavrov"), canonical first. */
        final List<List<List<String>>> fullNames = new ArrayList<>();
        /** For people named by one word only: that word ("lavrov"); else null. */
        final String[] bare;
        final Map<EntityRef, Integer> nodeOf = new HashMap<>();
        final int[][] articleNodes;
        final Agencies agencies;
        /** Normal forms already computed: names repeat across a corpus far more than they differ. */
        final Map<String, String> normal = new HashMap<>();

        String normalize(String name) {
            String out = normal.get(name);
            if (out == null) {
                out = Names.normalize(name);
                normal.put(name, out);
            }
            return out;
        }

        Corpus(List<ArticleFacts> articles) {
            this.articles = articles;
            this.agencies = Agencies.of(articles);
            int n = 0;
            for (ArticleFacts a : articles) {
                n += a.entities().size();
            }
            articleOf = new int[n];
            entity = new EntityFact[n];
            ref = new EntityRef[n];
            bare = new String[n];
            articleNodes = new int[articles.size()][];
            int node = 0;
            for (int ai = 0; ai < articles.size(); ai++) {
                ArticleFacts a = articles.get(ai);
                articleNodes[ai] = new int[a.entities().size()];
                int k = 0;
                for (EntityFact e : a.entities()) {
                    articleOf[node] = ai;
                    entity[node] = e;
                    ref[node] = new EntityRef(a.id(), e.id());
                    if (nodeOf.put(ref[node], node) != null) {
                        throw new IllegalArgumentException("entity id appears twice in article " + a.id() + ": " + e.id());
                    }
                    keys(node, e);
                    articleNodes[ai][k++] = node;
                    node++;
                }
            }
        }

        private void keys(int node, EntityFact e) {
            char group = Names.group(e.type());
            List<Key> keys = new ArrayList<>();
            Map<String, Set<String>> personSurnames = new TreeMap<>();
            List<List<String>> personNames = new ArrayList<>();
            List<String[]> names = new ArrayList<>(); // {written, normalized}
            List<Key> acronyms = new ArrayList<>();
            if (e.name() != null) {
                if (Names.looksLikeAcronym(e.name())) {
                    acronyms.add(new Key(group + "|" + normalize(e.name()), e.name(), true));
                } else if (Names.identifies(e.name(), MentionKind.NAME)) {
                    names.add(new String[] {e.name(), normalize(e.name())});
                }
            }
            for (Alias alias : e.aliases()) {
                if (!Names.identifies(alias.text(), alias.kind())) {
                    continue;
                }
                if (alias.kind() == MentionKind.ACRONYM) {
                    acronyms.add(new Key(group + "|" + normalize(alias.text()), alias.text(), true));
                } else {
                    names.add(new String[] {alias.text(), normalize(alias.text())});
                }
            }
            String bareName = null;
            if (e.type() == EntityType.PERSON) {
                for (String[] nm : names) {
                    List<String> tokens = Names.tokens(nm[1]);
                    if (tokens.size() >= 2) {
                        keys.add(new Key(group + "|" + nm[1], nm[0], false));
                        personSurnames.computeIfAbsent(tokens.get(tokens.size() - 1), s -> new HashSet<>()).add(tokens.get(0));
                        if (!personNames.contains(tokens)) {
                            personNames.add(tokens);
                        }
                    }
                }
                if (personSurnames.isEmpty() && !names.isEmpty()) {
                    bareName = names.get(0)[1]; // the canonical name when it identifies, else the first name alias
                }
            } else {
                for (String[] nm : names) {
                    keys.add(new Key(group + "|" + nm[1], nm[0], false));
                }
            }
            keys.addAll(acronyms);
            fullKeys.add(dedupe(keys));
            surnames.add(personSurnames);
            fullNames.add(personNames);
            bare[node] = bareName;
        }

        private static List<Key> dedupe(List<Key> keys) {
            Map<String, Key> out = new LinkedHashMap<>();
            for (Key k : keys) {
                out.putIfAbsent(k.key(), k);
            }
            return List.copyOf(out.values());
        }

        int size() {
            return entity.length;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // One resolution: union-find with cannot-links, then dossiers

    static final class Run {
        final Corpus c;
        final int[] parent;
        final Map<Integer, Set<Integer>> cannot;
        /** Per root: its members that carry a cannot-link. */
        final Map<Integer, List<Integer>> constrained = new HashMap<>();
        final List<Dossier.Merge> merges = new ArrayList<>();
        final List<int[]> mergeNodes = new ArrayList<>();
        int[][] context;
        /** The groups after rule 1 (by their first node), which context is made of. */
        int[] r1;
        /** Union by size; per root, its group's size and its first (smallest) node, the group's stable id. */
        final int[] size;
        final int[] first;

        Run(Corpus c, Map<Integer, Set<Integer>> cannot) {
            this.c = c;
            this.cannot = cannot;
            parent = new int[c.size()];
            size = new int[c.size()];
            first = new int[c.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                size[i] = 1;
                first[i] = i;
            }
            for (Integer n : cannot.keySet()) {
                constrained.computeIfAbsent(n, k -> new ArrayList<>()).add(n);
            }
        }

        List<Dossier> dossiers() {
            joinSharedNames();
            context = contexts();
            joinNameVariants();
            joinShortForms();
            joinSurnames();
            return build();
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** Joins the groups of a and b unless a split forbids it. */
        boolean union(int a, int b, String rule, String evidence) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb || !allowed(ra, rb)) {
                return false;
            }
            boolean raLarger = size[ra] > size[rb] || (size[ra] == size[rb] && ra < rb);
            int root = raLarger ? ra : rb;
            int child = raLarger ? rb : ra;
            parent[child] = root;
            size[root] += size[child];
            first[root] = Math.min(first[root], first[child]);
            List<Integer> moved = constrained.remove(child);
            if (moved != null) {
                constrained.computeIfAbsent(root, k -> new ArrayList<>()).addAll(moved);
            }
            merges.add(new Dossier.Merge(c.ref[a], c.ref[b], rule, evidence));
            mergeNodes.add(new int[] {a, b});
            return true;
        }

        private boolean allowed(int ra, int rb) {
            if (cannot.isEmpty()) {
                return true;
            }
            List<Integer> ca = constrained.get(ra);
            List<Integer> cb = constrained.get(rb);
            if (ca == null || cb == null) {
                return true;
            }
            List<Integer> smaller = ca.size() <= cb.size() ? ca : cb;
            int other = smaller == ca ? rb : ra;
            for (int m : smaller) {
                for (int f : cannot.getOrDefault(m, Set.of())) {
                    if (find(f) == other) {
                        return false;
                    }
                }
            }
            return true;
        }

        // --- rule 1: shared full names and acronyms

        private void joinSharedNames() {
            Map<String, List<Integer>> byKey = new LinkedHashMap<>();
            for (int n = 0; n < c.size(); n++) {
                for (Key k : c.fullKeys.get(n)) {
                    byKey.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(n);
                }
            }
            for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
                List<Integer> nodes = e.getValue();
                for (int i = 1; i < nodes.size(); i++) {
                    int b = nodes.get(i);
                    for (int j = 0; j < i; j++) {
                        int a = nodes.get(j);
                        if (find(a) == find(b)) {
                            break;
                        }
                        Key ka = keyOf(a, e.getKey());
                        Key kb = keyOf(b, e.getKey());
                        boolean acronym = ka.acronym() && kb.acronym();
                        String evidence = ka.written().equals(kb.written())
                                ? "both are " + (acronym ? "called " : "named ") + quote(ka.written())
                                : quote(ka.written()) + " and " + quote(kb.written()) + " are the same " + (acronym ? "acronym" : "name");
                        if (union(a, b, acronym ? "acronym" : "name", evidence)) {
                            break;
                        }
                    }
                }
            }
        }

        private Key keyOf(int node, String key) {
            for (Key k : c.fullKeys.get(node)) {
                if (k.key().equals(key)) {
                    return k;
                }
            }
            throw new AssertionError(key);
        }

        // --- context: the uncommon people and organizations each article mentions, after rule 1

        private int[][] contexts() {
            r1 = roots();
            int common = Math.max(MIN_COMMON_DF, c.articles.size() / 50);
            Map<Integer, Integer> df = new HashMap<>();
            int[][] roots = new int[c.articles.size()][];
            for (int ai = 0; ai < roots.length; ai++) {
                Set<Integer> set = new HashSet<>();
                for (int n : c.articleNodes[ai]) {
                    EntityType t = c.entity[n].type();
                    if ((t == EntityType.PERSON || t == EntityType.ORGANIZATION) && !c.fullKeys.get(n).isEmpty()
                            && !c.agencies.contains(c.entity[n])) {
                        set.add(r1[n]);
                    }
                }
                roots[ai] = set.stream().mapToInt(Integer::intValue).sorted().toArray();
                for (int r : roots[ai]) {
                    df.merge(r, 1, Integer::sum);
                }
            }
            for (int ai = 0; ai < roots.length; ai++) {
                roots[ai] = Arrays.stream(roots[ai]).filter(r -> df.get(r) <= common).toArray();
            }
            return roots;
        }

        /** The context roots the two sets of articles share, leaving out the entities compared themselves. */
        private List<Integer> sharedContext(Collection<Integer> articlesA, Collection<Integer> articlesB, int rootA, int rootB) {
            Set<Integer> a = new HashSet<>();
            for (int ai : articlesA) {
                for (int r : context[ai]) {
                    a.add(r);
                }
            }
            Set<Integer> shared = new java.util.TreeSet<>();
            for (int bi : articlesB) {
                for (int r : context[bi]) {
                    if (a.contains(r) && r != rootA && r != rootB) {
                        shared.add(r);
                    }
                }
            }
            return new ArrayList<>(shared);
        }

        private String contextEvidence(List<Integer> shared) {
            List<String> names = new ArrayList<>();
            for (int r : shared.subList(0, Math.min(shared.size(), 4))) {
                names.add(quote(c.entity[r].name()));
            }
            return "their articles also mention " + String.join(", ", names) + (shared.size() > 4 ? " and " + (shared.size() - 4) + " more" : "");
        }

        /** Each node's group, named by the group's first node (stable, whatever the union order). */
        private int[] roots() {
            int[] out = new int[c.size()];
            for (int n = 0; n < out.length; n++) {
                out[n] = first[find(n)];
            }
            return out;
        }

        /** The articles of each group, by its root in {@code roots}, in article order. */
        private Map<Integer, List<Integer>> articlesByRoot(int[] roots) {
            Map<Integer, List<Integer>> out = new HashMap<>();
            for (int n = 0; n < c.size(); n++) {
                List<Integer> list = out.computeIfAbsent(roots[n], k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != c.articleOf[n]) {
                    list.add(c.articleOf[n]);
                }
            }
            return out;
        }

        // --- rule 2: spelling variants of a full name, with context

        private void joinNameVariants() {
            Map<String, List<Integer>> bySurname = surnameIndex();
            int[] before = roots();
            Map<Integer, List<Integer>> articles = articlesByRoot(before);
            for (Map.Entry<String, List<Integer>> e : bySurname.entrySet()) {
                List<Integer> nodes = e.getValue();
                for (int i = 1; i < nodes.size(); i++) {
                    for (int j = 0; j < i; j++) {
                        int a = nodes.get(j);
                        int b = nodes.get(i);
                        if (find(a) == find(b)) {
                            continue;
                        }
                        String variant = variant(c.surnames.get(a).get(e.getKey()), c.surnames.get(b).get(e.getKey()));
                        if (variant == null) {
                            continue;
                        }
                        List<Integer> shared = sharedContext(articles.get(before[a]), articles.get(before[b]), r1[a], r1[b]);
                        if (shared.size() >= MIN_SHARED_CONTEXT) {
                            union(a, b, "name-variant+context", quote(c.entity[a].name()) + " and " + quote(c.entity[b].name())
                                    + " differ only in " + variant + "; " + contextEvidence(shared));
                        }
                    }
                }
            }
        }

        /** Full-name people by surname, nodes in order, one node per group after rule 1. */
        private Map<String, List<Integer>> surnameIndex() {
            Map<String, List<Integer>> out = new TreeMap<>();
            Map<String, Set<Integer>> seenRoots = new HashMap<>();
            for (int n = 0; n < c.size(); n++) {
                for (String surname : c.surnames.get(n).keySet()) {
                    if (seenRoots.computeIfAbsent(surname, k -> new HashSet<>()).add(find(n))) {
                        out.computeIfAbsent(surname, k -> new ArrayList<>()).add(n);
                    }
                }
            }
            return out;
        }

        /** How two sets of first names of one surname are variants of each other ("spelling", "an initial"), or null. */
        private static String variant(Set<String> firstA, Set<String> firstB) {
            for (String a : firstA) {
                for (String b : firstB) {
                    if (a.equals(b) || a.charAt(0) != b.charAt(0)) {
                        continue;
                    }
                    if (a.length() == 1 || b.length() == 1) {
                        return "an initial";
                    }
                    if (Math.min(a.length(), b.length()) >= 5 && oneEditApart(a, b)) {
                        return "the spelling of the first name";
                    }
                }
            }
            return null;
        }

        static boolean oneEditApart(String a, String b) {
            if (Math.abs(a.length() - b.length()) > 1) {
                return false;
            }
            int i = 0;
            int j = 0;
            int edits = 0;
            while (i < a.length() && j < b.length()) {
                if (a.charAt(i) == b.charAt(j)) {
                    i++;
                    j++;
                    continue;
                }
                if (++edits > 1) {
                    return false;
                }
                if (a.length() > b.length()) {
                    i++;
                } else if (b.length() > a.length()) {
                    j++;
                } else {
                    i++;
                    j++;
                }
            }
            return edits + (a.length() - i) + (b.length() - j) <= 1;
        }

        // --- rule 3: bare surnames

        /**
         * A full name that is a shorter form of longer ones ({@link #shorterForm}) joins the only longer one of the
         * corpus, or the only one sharing its context.
         */
        private void joinShortForms() {
            int[] before = roots();
            // surname -> group -> (a node of it, its full names); each group once, however many articles name it
            Map<String, Map<Integer, Integer>> bySurname = new HashMap<>();
            Map<Integer, Set<List<String>>> namesOf = new HashMap<>();
            for (int n = 0; n < c.size(); n++) {
                if (c.fullNames.get(n).isEmpty()) {
                    continue;
                }
                namesOf.computeIfAbsent(before[n], k -> new HashSet<>()).addAll(c.fullNames.get(n));
                for (String surname : c.surnames.get(n).keySet()) {
                    bySurname.computeIfAbsent(surname, k -> new TreeMap<>()).putIfAbsent(before[n], n);
                }
            }
            Map<Integer, List<Integer>> articles = null;
            Map<List<Object>, Map<Integer, Integer>> seen = new HashMap<>();
            for (int n = 0; n < c.size(); n++) {
                if (c.fullNames.get(n).isEmpty()) {
                    continue;
                }
                List<String> shorter = c.fullNames.get(n).get(0);
                int group = before[n];
                Map<Integer, Integer> candidates = seen.computeIfAbsent(List.of(group, shorter), k -> {
                    Map<Integer, Integer> out = new TreeMap<>(); // group before this rule -> a node of it
                    for (Map.Entry<Integer, Integer> g : bySurname.getOrDefault(shorter.get(shorter.size() - 1), Map.of()).entrySet()) {
                        if (g.getKey() == group) {
                            continue;
                        }
                        for (List<String> longer : namesOf.get(g.getKey())) {
                            if (shorterForm(shorter, longer)) {
                                out.put(g.getKey(), g.getValue());
                                break;
                            }
                        }
                    }
                    return out;
                });
                if (candidates.size() == 1) {
                    int m = candidates.values().iterator().next();
                    union(m, n, "short-form", quote(c.entity[n].name()) + " is a shorter form of the only longer name of the corpus, "
                            + quote(longest(namesOf.get(before[m]), c.entity[m].name())));
                } else if (candidates.size() > 1) {
                    if (articles == null) {
                        articles = articlesByRoot(before);
                    }
                    pickByContext(n, candidates, articles, "short-form+context",
                            quote(c.entity[n].name()) + " is a shorter form of " + candidates.size() + " names of the corpus; only ");
                }
            }
        }

        /** The canonical name, unless a name of the group has more words (then that one, as the article wrote it). */
        private static String longest(Set<List<String>> names, String canonical) {
            int words = Names.tokens(Names.normalize(canonical)).size();
            List<String> best = null;
            for (List<String> n : names) {
                if (n.size() > words && (best == null || n.size() > best.size() || n.size() == best.size() && n.toString().compareTo(best.toString()) < 0)) {
                    best = n;
                }
            }
            return best == null ? canonical : String.join(" ", best);
        }

        /**
         * True when {@code shorter} is {@code longer} without its first words ("Tayyip Erdogan", "Recep Tayyip
         * Erdogan") or without its particles ("Bashar Assad", "Bashar al-Assad"); not when a middle word differs
         * ("George W. Bush" is not a form of "George H. W. Bush").
         */
        static boolean shorterForm(List<String> shorter, List<String> longer) {
            if (longer.size() <= shorter.size()) {
                return false;
            }
            if (longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)) {
                return true;
            }
            List<String> withoutParticles = new ArrayList<>(longer);
            withoutParticles.removeIf(PARTICLES::contains);
            return withoutParticles.equals(shorter);
        }

        /** Joins n to the one candidate group whose articles share context with n's article, if exactly one does. */
        private void pickByContext(int n, Map<Integer, Integer> candidates, Map<Integer, List<Integer>> articles, String rule,
                                   String evidence) {
            List<Integer> own = List.of(c.articleOf[n]);
            int chosen = -1;
            List<Integer> chosenShared = null;
            int matching = 0;
            for (Map.Entry<Integer, Integer> cand : candidates.entrySet()) {
                List<Integer> shared = sharedContext(own, articles.get(cand.getKey()), r1[n], r1[cand.getValue()]);
                if (shared.size() >= MIN_SHARED_CONTEXT) {
                    matching++;
                    chosen = cand.getValue();
                    chosenShared = shared;
                }
            }
            if (matching == 1) {
                union(chosen, n, rule, evidence + quote(c.entity[chosen].name()) + " shares its context: " + contextEvidence(chosenShared));
            }
        }

        private void joinSurnames() {
            Map<String, List<Integer>> fullBySurname = new HashMap<>();
            for (int n = 0; n < c.size(); n++) {
                for (String surname : c.surnames.get(n).keySet()) {
                    fullBySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(n);
                }
            }
            int[] before = roots();
            Map<Integer, List<Integer>> articles = articlesByRoot(before);
            Map<String, List<Integer>> unmatched = new TreeMap<>();
            for (int n = 0; n < c.size(); n++) {
                String surname = c.bare[n];
                if (surname == null) {
                    continue;
                }
                List<Integer> full = fullBySurname.getOrDefault(surname, List.of());
                Map<Integer, Integer> candidates = new TreeMap<>(); // group before this rule -> a node of it
                for (int f : full) {
                    candidates.putIfAbsent(before[f], f);
                }
                String written = c.entity[n].name();
                if (candidates.size() == 1) {
                    int f = candidates.values().iterator().next();
                    union(f, n, "surname", quote(written) + " is the surname of the only person of the corpus named so, "
                            + quote(c.entity[f].name()));
                } else if (candidates.size() > 1) {
                    pickByContext(n, candidates, articles, "surname+context",
                            quote(written) + " is the surname of " + candidates.size() + " people of the corpus; only ");
                } else {
                    unmatched.computeIfAbsent(surname, k -> new ArrayList<>()).add(n);
                }
            }
            for (List<Integer> nodes : unmatched.values()) {
                for (int i = 1; i < nodes.size(); i++) {
                    int b = nodes.get(i);
                    for (int j = Math.max(0, i - BARE_WINDOW); j < i; j++) {
                        int a = nodes.get(j);
                        if (find(a) == find(b) || c.articleOf[a] == c.articleOf[b]) {
                            continue;
                        }
                        List<Integer> shared = sharedContext(List.of(c.articleOf[a]), List.of(c.articleOf[b]), r1[a], r1[b]);
                        if (shared.size() >= MIN_SHARED_CONTEXT) {
                            union(a, b, "surname+context", "both are " + quote(c.entity[b].name()) + " and no full name says who; "
                                    + contextEvidence(shared));
                        }
                    }
                }
            }
        }

        // --- dossiers

        private List<Dossier> build() {
            Map<Integer, List<Integer>> groups = new TreeMap<>();
            for (int n = 0; n < c.size(); n++) {
                groups.computeIfAbsent(find(n), k -> new ArrayList<>()).add(n);
            }
            Map<Integer, List<Dossier.Merge>> mergesByRoot = new HashMap<>();
            for (int i = 0; i < merges.size(); i++) {
                mergesByRoot.computeIfAbsent(find(mergeNodes.get(i)[0]), k -> new ArrayList<>()).add(merges.get(i));
            }
            List<Draft> drafts = new ArrayList<>(groups.size());
            for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
                drafts.add(draft(g.getValue(), mergesByRoot.getOrDefault(g.getKey(), List.of())));
            }
            drafts.sort(Comparator.<Draft>comparingInt(d -> -d.articleIds.size())
                    .thenComparingInt(d -> -d.mentions)
                    .thenComparing(d -> d.members.get(0)));
            Set<String> used = new HashSet<>();
            List<Dossier> out = new ArrayList<>(drafts.size());
            for (Draft d : drafts) {
                String base = Names.slug(d.name);
                String id = base;
                for (int k = 2; !used.add(id); k++) {
                    id = base + "-" + k;
                }
                out.add(new Dossier(id, d.type, d.name, d.aliases, d.roles, d.articleIds, d.members, d.mentions, d.merges));
            }
            return out;
        }

        private record Draft(EntityType type, String name, List<String> aliases, List<String> roles, List<String> articleIds,
                             List<EntityRef> members, int mentions, List<Dossier.Merge> merges) {
        }

        private Draft draft(List<Integer> nodes, List<Dossier.Merge> merges) {
            Map<EntityType, Integer> types = new TreeMap<>();
            Map<String, Integer> names = new HashMap<>();
            Counter aliases = new Counter(c::normalize);
            Counter roles = new Counter(c::normalize);
            List<String> articleIds = new ArrayList<>();
            List<EntityRef> members = new ArrayList<>(nodes.size());
            int mentions = 0;
            for (int n : nodes) {
                EntityFact e = c.entity[n];
                types.merge(e.type(), 1, Integer::sum);
                if (e.name() != null) {
                    names.merge(e.name(), Math.max(1, e.mentions()), Integer::sum);
                    aliases.add(e.name());
                }
                for (Alias a : e.aliases()) {
                    if (a.kind() != MentionKind.PRONOUN) {
                        aliases.add(a.text());
                    }
                }
                for (String r : e.roles()) {
                    roles.add(r);
                }
                if (articleIds.isEmpty() || !articleIds.get(articleIds.size() - 1).equals(c.ref[n].articleId())) {
                    articleIds.add(c.ref[n].articleId()); // nodes come in article id order
                }
                members.add(c.ref[n]);
                mentions += e.mentions();
            }
            EntityType type = types.entrySet().stream()
                    .max(Comparator.<Map.Entry<EntityType, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(EntityType.MISC);
            String name = names.isEmpty() ? c.ref[nodes.get(0)].toString() : fullest(names, type);
            members.sort(null);
            return new Draft(type, name, aliases.ranked(c.normalize(name)), roles.ranked(null), List.copyOf(articleIds),
                    members, mentions, merges);
        }

        /**
         * The canonical name of a dossier: for a person, the name with most words (the full name over the bare
         * surname); for anything else, a name over an acronym, then the one its members are referred to by most
         * (summing their mentions); ties by length, then alphabetically.
         */
        private static String fullest(Map<String, Integer> names, EntityType type) {
            Comparator<Map.Entry<String, Integer>> byWords = Comparator.comparingInt(e -> Names.tokens(Names.normalize(e.getKey())).size());
            if (names.size() == 1) {
                return names.keySet().iterator().next();
            }
            Comparator<Map.Entry<String, Integer>> byUse = Comparator.comparingInt(Map.Entry::getValue);
            Comparator<Map.Entry<String, Integer>> notAcronym = Comparator.comparing(e -> !Names.looksLikeAcronym(e.getKey()));
            Comparator<Map.Entry<String, Integer>> order = type == EntityType.PERSON
                    ? byWords.thenComparing(byUse)
                    : notAcronym.thenComparing(byUse).thenComparing(byWords);
            order = order.thenComparingInt(e -> e.getKey().length())
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
            return names.entrySet().stream().max(order).orElseThrow().getKey();
        }
    }

    /** Counts written forms, folding those that compare equal; ranks them by use. */
    private static final class Counter {
        private final Map<String, Map<String, int[]>> byNorm = new HashMap<>();
        private final java.util.function.UnaryOperator<String> normalize;

        Counter(java.util.function.UnaryOperator<String> normalize) {
            this.normalize = normalize;
        }

        void add(String written) {
            if (written == null || written.isBlank()) {
                return;
            }
            String norm = normalize.apply(written);
            byNorm.computeIfAbsent(norm.isEmpty() ? written : norm, k -> new HashMap<>(4)).computeIfAbsent(written, k -> new int[1])[0]++;
        }

        /** Most used first, one written form per normal form (its most used), leaving out {@code exclude}. */
        List<String> ranked(String exclude) {
            record Ranked(String text, int count) {
            }
            List<Ranked> out = new ArrayList<>(byNorm.size());
            for (Map.Entry<String, Map<String, int[]>> e : byNorm.entrySet()) {
                if (e.getKey().equals(exclude)) {
                    continue;
                }
                int total = 0;
                String best = null;
                int bestCount = 0;
                for (Map.Entry<String, int[]> w : e.getValue().entrySet()) {
                    int count = w.getValue()[0];
                    total += count;
                    if (count > bestCount || count == bestCount && w.getKey().compareTo(best) < 0) {
                        best = w.getKey();
                        bestCount = count;
                    }
                }
                out.add(new Ranked(best, total));
            }
            out.sort(Comparator.comparingInt((Ranked r) -> -r.count()).thenComparing(Ranked::text));
            List<String> texts = new ArrayList<>(out.size());
            for (Ranked r : out) {
                texts.add(r.text());
            }
            return texts;
        }
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
