package org.dateline.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.corpus.ArticleFacts.EntityFact;
import org.dateline.model.EntityType;

/**
 * Groups articles about the same developing story: a preview of a visit and the report of its outcome, the
 * follow-ups of a rescue.
 *
 * <h2>When two articles are one story</h2>
 * Two articles are linked when their dates are at most {@value #MAX_DAYS_APART} days apart (day and month only,
 * around the year's end, when a year is unknown or only inferred: see {@link ArticleDate#daysApart}) and their
 * <b>evidence</b> reaches {@value #LINK}: {@value #PER_LEAD} for each person or organization both <b>lead with</b>
 * (at most two), plus the TF-IDF cosine of their titles and first paragraphs. So two shared leads are enough; one
 * shared lead needs alike text (cosine {@value #ONE_LEAD_TEXT}); the same story retold needs no shared lead
 * (cosine {@value #LINK}). When an article has no date at all, the evidence must reach {@value #LINK_UNDATED}.
 *
 * <p>An article <b>leads with</b> a person or organization (a dossier of type PERSON or ORGANIZATION) that it
 * names in its title or first paragraph, refers to three times or more, quotes, or makes a participant of an event
 * of its own date (the day's news: "following the meeting with Italian counterpart Paolo Gentiloni"). Places and
 * nationalities do not count (every story about Syria names Syria), nor news agencies (every Reuters story names
 * Reuters: see {@link Agencies}), nor people and organizations so common that they are a topic rather than a story
 * (leading more than max({@value #COMMON_MIN}, 2% of the) articles, as "Islamic State" in a corpus on Syria).
 *
 * <p>Stories are the groups these links connect, strongest links first, as long as a story spans at most
 * {@value #MAX_STORY_DAYS} days (counted on certain years when it has some): a follow-up a week after the report
 * joins its story, but a year of news about the same people does not chain into one. Then each undated article
 * joins the one story its links point to most (their evidence summed), so that it cannot bridge two stories the
 * dates keep apart. A story keeps every link that made it, with its reason in words.
 *
 * <p>Calibration, on the bundled sample corpus (35 articles of 8 stories, with their gold publication dates) and
 * the two seeds: no pair of articles of different stories reaches an evidence above 0.16 (text alone: 0.14,
 * mostly under 0.05), while pairs of one story mostly score 0.2 to 0.5 on text alone. Every pair put in one story
 * is of one story (pairwise precision 1.00); 41 of the 62 pairs of the same story are found (recall 0.66): the
 * rest are a background explainer 11 months later, a reopening 5 years later, and articles of one disaster whose
 * texts share little (cosine under 0.15).
 * Candidates are found through indexes (by lead, by each article's heaviest words), and within an index only
 * articles whose dates can be close are compared, so the cost grows with the number of related pairs, not with
 * the square of the corpus.
 */
public final class StoryThreader {

    static final int MAX_DAYS_APART = 14;
    static final int MAX_STORY_DAYS = 60;
    static final double PER_LEAD = 0.15;
    static final double LINK = 0.30;
    static final double ONE_LEAD_TEXT = 0.15;
    static final double LINK_UNDATED = 0.40;
    static final int COMMON_MIN = 20;
    /** An undated article is compared through an index list only when the list is at most this long. */
    static final int UNDATED_POSTING_LIMIT = 500;
    /** How many of an article's heaviest words find its candidates. */
    static final int CANDIDATE_WORDS = 10;
    static final int KEY_ENTITIES = 5;

    private static final Set<String> STOPWORDS = new HashSet<>(Arrays.asList((
            "the and for are but not you all any can her was one our out has have had his how its may new now old see "
                    + "two who did get let put say she too use will with from that this they them then than there their "
                    + "these those what when where which while whom whose would could should about above after again "
                    + "against also among been before being below between both during each further here into more most "
                    + "other over same some such only very just under until upon within without once because were "
                    + "said says told according amid last next first year years week weeks day days today yesterday "
                    + "tomorrow month months time monday tuesday wednesday thursday friday saturday sunday january "
                    + "february march april june july august september october november december mr mrs ms").split(" ")));

    private StoryThreader() {
    }

    /**
     * The stories of a corpus, every article in exactly one (an article related to no other is a story of its own),
     * dated by the articles' own document dates.
     *
     * @param dossiers the corpus's dossiers ({@link EntityResolver#resolve}), which tell what each article is about
     */
    public static List<Story> thread(List<ArticleFacts> articles, List<Dossier> dossiers) {
        List<ArticleFacts> sorted = EntityResolver.sortedById(articles);
        Map<String, ArticleDate> dates = new HashMap<>();
        for (ArticleFacts a : sorted) {
            dates.put(a.id(), ArticleDate.of(a));
        }
        return new Threading(sorted, dossiers, dates).run();
    }

    /** The same stories with their articles ordered and spanned by other dates (article id to TIMEX3 value). */
    static List<Story> redate(List<Story> stories, Map<String, String> dateByArticle) {
        List<Story> out = new ArrayList<>(stories.size());
        for (Story s : stories) {
            List<String> ids = new ArrayList<>(s.articleIds());
            Map<String, ArticleDate> dates = new HashMap<>();
            for (String id : ids) {
                dates.put(id, ArticleDate.parse(dateByArticle.get(id), ArticleDate.BORROWED));
            }
            ids.sort(byDate(dates));
            String[] span = span(ids, dates);
            out.add(new Story(s.id(), s.title(), ids, span[0], span[1], s.keyEntities(), s.links()));
        }
        return out;
    }

    private static Comparator<String> byDate(Map<String, ArticleDate> dates) {
        return Comparator.<String>comparingInt(id -> rank(dates.get(id)))
                .thenComparingLong(id -> dates.get(id).hasYear() ? dates.get(id).date().toEpochDay()
                        : dates.get(id).undated() ? 0 : dates.get(id).dayOfYear())
                .thenComparing(id -> id);
    }

    private static int rank(ArticleDate d) {
        return d.hasYear() ? 0 : d.undated() ? 2 : 1;
    }

    private static String[] span(List<String> ids, Map<String, ArticleDate> dates) {
        String first = null;
        String last = null;
        for (String id : ids) {
            ArticleDate d = dates.get(id);
            if (d.hasYear()) {
                String day = d.date().toString();
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
        }
        return new String[] {first, last};
    }

    // ------------------------------------------------------------------------------------------------------------

    /** One threading of one corpus (package-private so that diagnostics can look inside). */
    static final class Threading {
        final List<ArticleFacts> articles;
        final ArticleDate[] when;
        /** Per article: the dossiers it leads with that count as evidence, sorted. */
        final int[][] leads;
        /** Per article: every PERSON/ORGANIZATION dossier it mentions (agencies aside): {mentions, led}. */
        final List<Map<Integer, int[]>> about = new ArrayList<>();
        final List<Dossier> dossiers;
        final Vectors text;
        private final int[] parent;
        /**
         * Per root: the first and last day (epoch days) of its articles whose year is certain ([0], [1]) and of its
         * other articles with a year ([2], [3]); MAX_VALUE and MIN_VALUE when there are none.
         */
        private final long[][] days;

        Threading(List<ArticleFacts> articles, List<Dossier> dossiers, Map<String, ArticleDate> dates) {
            this.articles = articles;
            this.dossiers = dossiers;
            int n = articles.size();
            when = new ArticleDate[n];
            leads = new int[n][];
            parent = new int[n];
            days = new long[n][];
            Agencies agencies = Agencies.of(articles);
            boolean[] agency = new boolean[dossiers.size()];
            Map<EntityRef, Integer> dossierOf = new HashMap<>();
            for (int d = 0; d < dossiers.size(); d++) {
                agency[d] = agencies.contains(dossiers.get(d));
                for (EntityRef r : dossiers.get(d).members()) {
                    dossierOf.put(r, d);
                }
            }
            List<Set<Integer>> led = new ArrayList<>(n);
            Map<Integer, Integer> leadDf = new HashMap<>();
            for (int i = 0; i < n; i++) {
                ArticleFacts a = articles.get(i);
                when[i] = dates.get(a.id());
                parent[i] = i;
                days[i] = new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
                if (when[i].hasYear()) {
                    int k = when[i].strength() == ArticleDate.CERTAIN ? 0 : 2;
                    days[i][k] = days[i][k + 1] = when[i].date().toEpochDay();
                }
                Set<Integer> lead = new HashSet<>();
                Map<Integer, int[]> mentions = new HashMap<>();
                Set<String> central = central(a);
                for (EntityFact e : a.entities()) {
                    Integer d = dossierOf.get(new EntityRef(a.id(), e.id()));
                    if (d == null || agency[d]) {
                        continue;
                    }
                    EntityType t = dossiers.get(d).type();
                    if (t != EntityType.PERSON && t != EntityType.ORGANIZATION) {
                        continue;
                    }
                    boolean leads = e.inLead() || e.mentions() >= 3 || central.contains(e.id());
                    int[] m = mentions.computeIfAbsent(d, k -> new int[2]);
                    m[0] += e.mentions();
                    m[1] |= leads ? 1 : 0;
                    if (leads) {
                        lead.add(d);
                    }
                }
                for (int d : lead) {
                    leadDf.merge(d, 1, Integer::sum);
                }
                led.add(lead);
                about.add(mentions);
            }
            int common = Math.max(COMMON_MIN, n / 50);
            for (int i = 0; i < n; i++) {
                leads[i] = led.get(i).stream().filter(d -> leadDf.get(d) <= common).mapToInt(Integer::intValue).sorted().toArray();
            }
            text = new Vectors(articles);
        }

        /** The entities an article quotes, and those acting in or undergoing an event of its own date (the day's news). */
        private static Set<String> central(ArticleFacts a) {
            Set<String> out = new HashSet<>();
            for (ArticleFacts.QuoteFact q : a.quotes()) {
                if (q.speakerId() != null) {
                    out.add(q.speakerId());
                }
            }
            String own = a.documentDate().value();
            if (own != null) {
                for (ArticleFacts.EventFact e : a.events()) {
                    if (own.equals(e.date())) {
                        for (ArticleFacts.Participant p : e.actors()) {
                            out.add(p.entityId());
                        }
                        for (ArticleFacts.Participant p : e.targets()) {
                            out.add(p.entityId());
                        }
                    }
                }
            }
            return out;
        }

        List<Story> run() {
            Map<Long, int[]> candidates = new HashMap<>(); // pair -> {shared leads}
            Map<Integer, List<Integer>> byLead = new TreeMap<>();
            for (int i = 0; i < articles.size(); i++) {
                for (int d : leads[i]) {
                    byLead.computeIfAbsent(d, k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> posting : byLead.values()) {
                pairs(posting, (a, b) -> candidates.computeIfAbsent(key(a, b), k -> new int[1])[0]++);
            }
            for (List<Integer> posting : text.wordPostings()) {
                pairs(posting, (a, b) -> candidates.computeIfAbsent(key(a, b), k -> new int[1]));
            }
            List<Candidate> linked = new ArrayList<>();
            for (Map.Entry<Long, int[]> c : candidates.entrySet()) {
                int a = (int) (c.getKey() / articles.size());
                int b = (int) (c.getKey() % articles.size());
                int shared = c.getValue()[0];
                double cos = text.cosine(a, b);
                double evidence = evidence(shared, cos);
                int apart = when[a].daysApart(when[b]);
                if (apart > MAX_DAYS_APART || evidence < (apart < 0 ? LINK_UNDATED : LINK) - 1e-9) {
                    continue;
                }
                linked.add(new Candidate(a, b, shared, cos, evidence));
            }
            linked.sort(Comparator.comparingDouble((Candidate c) -> -c.evidence()).thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
            List<Story.Link> links = new ArrayList<>();
            List<int[]> linkNodes = new ArrayList<>();
            // dated articles first, strongest links first, within the span a story may have
            Map<Integer, List<Candidate>> undatedLinks = new TreeMap<>();
            for (Candidate c : linked) {
                if (when[c.a()].undated() || when[c.b()].undated()) {
                    if (when[c.a()].undated()) {
                        undatedLinks.computeIfAbsent(c.a(), k -> new ArrayList<>()).add(c);
                    }
                    if (when[c.b()].undated()) {
                        undatedLinks.computeIfAbsent(c.b(), k -> new ArrayList<>()).add(c);
                    }
                    continue;
                }
                int ra = find(c.a());
                int rb = find(c.b());
                if (ra != rb && spanAllows(ra, rb)) {
                    join(ra, rb);
                    links.add(link(c));
                    linkNodes.add(new int[] {c.a(), c.b()});
                }
            }
            // then each undated article joins the one story its links, summed, point to most (within the span)
            for (Map.Entry<Integer, List<Candidate>> u : undatedLinks.entrySet()) {
                int self = u.getKey();
                Map<Integer, Double> total = new TreeMap<>();
                Map<Integer, Candidate> strongest = new HashMap<>();
                for (Candidate c : u.getValue()) {
                    int root = find(c.a() == self ? c.b() : c.a());
                    if (root != find(self) && spanAllows(root, find(self))) {
                        total.merge(root, c.evidence(), Double::sum);
                        strongest.putIfAbsent(root, c); // candidates come strongest first
                    }
                }
                int best = -1;
                for (Map.Entry<Integer, Double> t : total.entrySet()) {
                    if (best < 0 || t.getValue() > total.get(best) + 1e-9) {
                        best = t.getKey();
                    }
                }
                if (best >= 0) {
                    Candidate c = strongest.get(best);
                    join(find(self), best);
                    links.add(link(c));
                    linkNodes.add(new int[] {c.a(), c.b()});
                }
            }
            return assemble(links, linkNodes);
        }

        private record Candidate(int a, int b, int shared, double cosine, double evidence) {
        }

        private Story.Link link(Candidate c) {
            return new Story.Link(articles.get(c.a()).id(), articles.get(c.b()).id(), reason(c.a(), c.b(), c.shared(), c.cosine()));
        }

        /** True when the two stories together would span at most MAX_STORY_DAYS (certain years first). */
        private boolean spanAllows(int ra, int rb) {
            long[] x = days[ra];
            long[] y = days[rb];
            int k = Math.min(x[0], y[0]) != Long.MAX_VALUE ? 0 : 2;
            long first = Math.min(x[k], y[k]);
            long last = Math.max(x[k + 1], y[k + 1]);
            return first == Long.MAX_VALUE || last - first <= MAX_STORY_DAYS;
        }

        private void join(int ra, int rb) {
            int root = Math.min(ra, rb);
            int child = Math.max(ra, rb);
            parent[child] = root;
            for (int k = 0; k < 4; k += 2) {
                days[root][k] = Math.min(days[root][k], days[child][k]);
                days[root][k + 1] = Math.max(days[root][k + 1], days[child][k + 1]);
            }
        }

        static double evidence(int sharedLeads, double cosine) {
            return PER_LEAD * Math.min(sharedLeads, 2) + cosine;
        }

        private int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** One number per pair, (smaller, larger) in order, spread well by Long.hashCode (a shifted pair would not be). */
        private long key(int a, int b) {
            return (long) Math.min(a, b) * articles.size() + Math.max(a, b);
        }

        interface PairSink {
            void accept(int a, int b);
        }

        /** Every pair of the posting whose dates may be close (or that involves an undated article). */
        private void pairs(List<Integer> posting, PairSink sink) {
            if (posting.size() < 2) {
                return;
            }
            List<Integer> dated = new ArrayList<>();
            List<Integer> undated = new ArrayList<>();
            for (int i : posting) {
                (when[i].undated() ? undated : dated).add(i);
            }
            // by day of year: a window there finds every pair within MAX_DAYS_APART whatever the years, which
            // daysApart then tells apart
            dated.sort(Comparator.comparingInt((Integer i) -> when[i].dayOfYear()).thenComparingInt(i -> i));
            int[] doy = dated.stream().mapToInt(i -> when[i].dayOfYear()).toArray();
            int m = dated.size();
            for (int x = 0; x < m; x++) {
                for (int step = 1; step < m; step++) {
                    int y = (x + step) % m;
                    int gap = doy[y] - doy[x] + (x + step >= m ? 366 : 0);
                    if (gap > MAX_DAYS_APART) {
                        break;
                    }
                    int a = dated.get(x);
                    int b = dated.get(y);
                    if (when[a].daysApart(when[b]) <= MAX_DAYS_APART) {
                        sink.accept(a, b);
                    }
                }
            }
            if (!undated.isEmpty() && posting.size() <= UNDATED_POSTING_LIMIT) {
                for (int u : undated) {
                    for (int o : posting) {
                        if (o != u && (!when[o].undated() || o > u)) {
                            sink.accept(u, o);
                        }
                    }
                }
            }
        }

        /** Why a and b are one story, in words. */
        private String reason(int a, int b, int sharedLeads, double cos) {
            List<String> parts = new ArrayList<>();
            if (sharedLeads > 0) {
                List<String> names = new ArrayList<>();
                int[] la = leads[a];
                for (int d : leads[b]) {
                    if (Arrays.binarySearch(la, d) >= 0) {
                        names.add("\"" + dossiers.get(d).name() + "\"");
                    }
                }
                parts.add("both lead with " + String.join(", ", names));
            }
            parts.add(String.format(Locale.ROOT, "titles and first paragraphs alike (cosine %.2f)", cos));
            int apart = when[a].daysApart(when[b]);
            if (apart < 0) {
                parts.add("one is undated");
            } else if (when[a].hasYear() && when[b].hasYear()) {
                parts.add("dated " + apart + (apart == 1 ? " day" : " days") + " apart");
            } else {
                parts.add("dated " + apart + (apart == 1 ? " day" : " days") + " apart (day and month; a year is unknown)");
            }
            return String.join("; ", parts);
        }

        // --------------------------------------------------------------------------------------------------------

        private List<Story> assemble(List<Story.Link> links, List<int[]> linkNodes) {
            Map<Integer, List<Integer>> groups = new TreeMap<>();
            for (int i = 0; i < articles.size(); i++) {
                groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
            }
            Map<Integer, List<Story.Link>> linksByRoot = new HashMap<>();
            for (int k = 0; k < links.size(); k++) {
                linksByRoot.computeIfAbsent(find(linkNodes.get(k)[0]), x -> new ArrayList<>()).add(links.get(k));
            }
            record Draft(int root, List<String> ids, Map<String, ArticleDate> dates, int order, long at) {
            }
            List<Draft> drafts = new ArrayList<>();
            for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
                Map<String, ArticleDate> dates = new HashMap<>();
                List<String> ids = new ArrayList<>();
                for (int i : g.getValue()) {
                    ids.add(articles.get(i).id());
                    dates.put(articles.get(i).id(), when[i]);
                }
                ids.sort(byDate(dates));
                ArticleDate first = dates.get(ids.get(0));
                drafts.add(new Draft(g.getKey(), ids, dates, rank(first),
                        first.hasYear() ? first.date().toEpochDay() : first.undated() ? 0 : first.dayOfYear()));
            }
            drafts.sort(Comparator.comparingInt(Draft::order).thenComparingLong(Draft::at).thenComparing(d -> d.ids().get(0)));
            List<Story> out = new ArrayList<>(drafts.size());
            int number = 1;
            for (Draft d : drafts) {
                List<Integer> members = groups.get(d.root());
                List<Story.KeyEntity> keys = keyEntities(members);
                String title = title(members, keys, d.dates());
                String[] span = span(d.ids(), d.dates());
                out.add(new Story("s" + number++, title, d.ids(), span[0], span[1], keys,
                        linksByRoot.getOrDefault(d.root(), List.of())));
            }
            return out;
        }

        private List<Story.KeyEntity> keyEntities(List<Integer> members) {
            Map<Integer, int[]> stats = new HashMap<>(); // dossier -> {articles, led, mentions}
            for (int i : members) {
                for (Map.Entry<Integer, int[]> e : about.get(i).entrySet()) {
                    int[] s = stats.computeIfAbsent(e.getKey(), k -> new int[3]);
                    s[0]++;
                    s[1] += e.getValue()[1];
                    s[2] += e.getValue()[0];
                }
            }
            List<Map.Entry<Integer, int[]>> ranked = new ArrayList<>(stats.entrySet());
            ranked.sort(Comparator.<Map.Entry<Integer, int[]>>comparingInt(e -> -e.getValue()[0])
                    .thenComparingInt(e -> -e.getValue()[1])
                    .thenComparingInt(e -> -e.getValue()[2])
                    .thenComparing(e -> dossiers.get(e.getKey()).id()));
            List<Story.KeyEntity> out = new ArrayList<>();
            for (Map.Entry<Integer, int[]> e : ranked.subList(0, Math.min(KEY_ENTITIES, ranked.size()))) {
                Dossier d = dossiers.get(e.getKey());
                out.add(new Story.KeyEntity(d.id(), d.name(), e.getValue()[0]));
            }
            return out;
        }

        /** The title of the article that leads with most key entities; the latest when several do. */
        private String title(List<Integer> members, List<Story.KeyEntity> keys, Map<String, ArticleDate> dates) {
            Set<String> keyIds = new HashSet<>();
            for (Story.KeyEntity k : keys) {
                keyIds.add(k.dossierId());
            }
            Comparator<String> byDate = byDate(dates);
            int best = -1;
            int bestScore = -1;
            for (int i : members) {
                int score = 0;
                for (Map.Entry<Integer, int[]> e : about.get(i).entrySet()) {
                    if (e.getValue()[1] == 1 && keyIds.contains(dossiers.get(e.getKey()).id())) {
                        score++;
                    }
                }
                if (score > bestScore || (score == bestScore
                        && byDate.compare(articles.get(i).id(), articles.get(best).id()) > 0)) {
                    best = i;
                    bestScore = score;
                }
            }
            return articles.get(best).title();
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** TF-IDF vectors of each article's title and first paragraph, and an index of each article's heaviest words. */
    static final class Vectors {
        final int[][] terms;
        final float[][] weights;
        final int[] df;
        final int n;

        Vectors(List<ArticleFacts> articles) {
            n = articles.size();
            Map<String, Integer> ids = new HashMap<>();
            List<Map<Integer, Integer>> tfs = new ArrayList<>(n);
            List<Integer> dfList = new ArrayList<>();
            for (ArticleFacts a : articles) {
                Map<Integer, Integer> tf = new LinkedHashMap<>();
                for (String w : words(a.title())) {
                    tf.merge(ids.computeIfAbsent(w, k -> ids.size()), 1, Integer::sum);
                }
                for (String w : words(a.lead())) {
                    tf.merge(ids.computeIfAbsent(w, k -> ids.size()), 1, Integer::sum);
                }
                while (dfList.size() < ids.size()) {
                    dfList.add(0);
                }
                for (int id : tf.keySet()) {
                    dfList.set(id, dfList.get(id) + 1);
                }
                tfs.add(tf);
            }
            df = dfList.stream().mapToInt(Integer::intValue).toArray();
            terms = new int[n][];
            weights = new float[n][];
            for (int i = 0; i < n; i++) {
                int[] t = tfs.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                float[] w = new float[t.length];
                double norm = 0;
                for (int k = 0; k < t.length; k++) {
                    double idf = Math.log((1.0 + n) / (1.0 + df[t[k]])) + 1.0;
                    w[k] = (float) (tfs.get(i).get(t[k]) * idf);
                    norm += w[k] * w[k];
                }
                norm = Math.sqrt(norm);
                for (int k = 0; k < t.length; k++) {
                    w[k] /= (float) norm;
                }
                terms[i] = t;
                weights[i] = w;
            }
        }

        double cosine(int a, int b) {
            int[] ta = terms[a];
            int[] tb = terms[b];
            double dot = 0;
            for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
                if (ta[i] == tb[j]) {
                    dot += weights[a][i++] * weights[b][j++];
                } else if (ta[i] < tb[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }

        /**
         * For each word that is among the {@value #CANDIDATE_WORDS} heaviest of some article and in at most
         * max(20, 1% of) the articles: those articles. Two texts alike enough to be one story share such a word.
         */
        List<List<Integer>> wordPostings() {
            int common = Math.max(20, n / 100);
            Map<Integer, List<Integer>> postings = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                Integer[] order = new Integer[terms[i].length];
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                int doc = i;
                Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -weights[doc][k]).thenComparingInt(k -> terms[doc][k]));
                int taken = 0;
                for (Integer k : order) {
                    if (taken == CANDIDATE_WORDS) {
                        break;
                    }
                    int t = terms[i][k];
                    if (df[t] > 1 && df[t] <= common) {
                        postings.computeIfAbsent(t, x -> new ArrayList<>()).add(i);
                        taken++;
                    }
                }
            }
            return new ArrayList<>(postings.values());
        }

        static List<String> words(String text) {
            List<String> out = new ArrayList<>();
            if (text == null) {
                return out;
            }
            for (String w : Names.normalize(text).split(" ")) {
                if (w.length() >= 3 && !STOPWORDS.contains(w) && Character.isLetter(w.charAt(0))) {
                    out.add(w.endsWith("s") && w.length() > 4 && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
                }
            }
            return out;
        }
    }
}
