package org.dateline.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.model.DocumentDate;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;

/**
 * How long {@link CorpusAnalyzer#analyse} takes on a generated corpus (not a test: timings do not belong in unit
 * tests). Articles recombine the seeds' shape: 30 entities (6 people, 6 organizations, 18 places, one in eight
 * people by surname only), 10 events (days, ranges, months, years, undated) and 3 quotes each, names drawn with a
 * skew from pools of 5,000 people, 1,500 organizations and 250 places; articles come in threads (two people, an
 * organization and three title words in common, dated within a week), over two years; a tenth of the articles
 * have an unknown year.
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -q -B -o -Ddateline.build.dir=target-h5 -pl dateline-corpus -am test-compile
 * java -Xmx2g -cp dateline-corpus/target-h5/test-classes:dateline-corpus/target-h5/classes:dateline-model/target-h5/classes \
 *      org.dateline.corpus.CorpusBenchmark 10000
 * </pre>
 */
public final class CorpusBenchmark {

    private CorpusBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<ArticleFacts> corpus = generate(n, new Random(42));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 5; round++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<Dossier> dossiers = EntityResolver.resolve(corpus);
            long c1 = cpu.getCurrentThreadCpuTime();
            List<Story> stories = StoryThreader.thread(corpus, dossiers);
            long c2 = cpu.getCurrentThreadCpuTime();
            List<ResolvedDate> dates = CorpusYears.resolve(corpus, stories);
            long c3 = cpu.getCurrentThreadCpuTime();
            List<TimelineEntry> timeline = TimelineBuilder.build(corpus, dossiers, stories);
            long c4 = cpu.getCurrentThreadCpuTime();
            long t4 = System.nanoTime();
            CorpusAnalysis all = CorpusAnalyzer.analyse(corpus);
            long c5 = cpu.getCurrentThreadCpuTime();
            long t5 = System.nanoTime();
            long redated = dates.stream().filter(d -> d.anchorArticleId() != null).count();
            System.out.printf("round %d: %,d articles, %,d article entities -> %,d dossiers, %,d stories (%,d of several articles), "
                            + "%,d years from stories, %,d timeline entries%n",
                    round, n, corpus.stream().mapToInt(a -> a.entities().size()).sum(), dossiers.size(), stories.size(),
                    stories.stream().filter(s -> s.articleIds().size() > 1).count(), redated, timeline.size());
            System.out.printf("  CPU: entities %d ms, stories %d ms, years %d ms, timeline %d ms (sum %d ms, wall %d ms); "
                            + "analyse() in one call: CPU %d ms, wall %d ms%n",
                    ms(c0, c1), ms(c1, c2), ms(c2, c3), ms(c3, c4), ms(c0, c4), ms(t0, t4), ms(c4, c5), ms(t4, t5));
            if (all.dossiers().isEmpty()) {
                throw new AssertionError("nothing resolved");
            }
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    static List<ArticleFacts> generate(int n, Random random) {
        String[] first = {"Sergey", "John", "Maria", "Paolo", "Angela", "Francois", "Vladimir", "Ahmed", "Li", "Emma", "Carlos", "Yuki",
                "Olga", "David", "Fatima", "Igor", "Anna", "Pierre", "Hassan", "Laura"};
        int people = 5000;
        int orgs = 1500;
        int places = 250;
        String[] words = new String[5000];
        for (int i = 0; i < words.length; i++) {
            words[i] = "word" + Integer.toString(i, 36);
        }
        record Thread(int[] people, int org, String[] words, LocalDate around) {
        }
        List<Thread> threads = new ArrayList<>();
        LocalDate start = LocalDate.of(2014, 1, 1);
        List<ArticleFacts> out = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            Thread thread;
            if (threads.isEmpty() || random.nextInt(10) < 4) {
                thread = new Thread(new int[] {skewed(random, people), skewed(random, people)}, skewed(random, orgs),
                        new String[] {words[random.nextInt(words.length)], words[random.nextInt(words.length)], words[random.nextInt(words.length)]},
                        start.plusDays((long) a * 730 / n));
                threads.add(thread);
            } else {
                thread = threads.get(Math.max(0, threads.size() - 1 - random.nextInt(Math.min(threads.size(), 40))));
            }
            String id = String.format("%05d_%08x", a, random.nextInt());
            LocalDate date = thread.around().plusDays(random.nextInt(7));
            StringBuilder title = new StringBuilder(String.join(" ", thread.words()));
            for (int w = 0; w < 5; w++) {
                title.append(' ').append(words[skewed(random, words.length)]);
            }
            Facts f = Facts.article(id, title.toString());
            boolean openYear = random.nextInt(10) == 0;
            if (openYear) {
                f.date("XXXX" + date.toString().substring(4), DocumentDate.Source.DATELINE_WITHOUT_YEAR);
            } else {
                f.date(date.toString(), random.nextBoolean() ? DocumentDate.Source.METADATA : DocumentDate.Source.DATELINE_INFERRED_YEAR);
            }
            StringBuilder lead = new StringBuilder(String.join(" ", thread.words()));
            for (int w = 0; w < 35; w++) {
                lead.append(' ').append(words[skewed(random, words.length)]);
            }
            f.lead(lead.toString());
            List<String> ids = new ArrayList<>();
            int e = 1;
            int[] who = new int[6];
            who[0] = thread.people()[0];
            who[1] = thread.people()[1];
            for (int p = 2; p < 6; p++) {
                who[p] = skewed(random, people);
            }
            for (int p = 0; p < 6; p++) {
                String surname = "Surname" + Integer.toString(who[p] % 3500, 36);
                String name = first[who[p] % first.length] + " " + surname;
                boolean bare = p > 0 && random.nextInt(8) == 0;
                String eid = "e" + e++;
                f.entity(eid, EntityType.PERSON, bare ? surname : name, 1 + random.nextInt(6), p < 2 || random.nextInt(4) == 0,
                        bare ? new String[0] : new String[] {surname, "the Minister"});
                ids.add(eid + ":" + name);
            }
            for (int o = 0; o < 6; o++) {
                int which = o == 0 ? thread.org() : skewed(random, orgs);
                String eid = "e" + e++;
                f.entity(eid, EntityType.ORGANIZATION, "Organization " + which, 1 + random.nextInt(6), o == 0 || random.nextInt(4) == 0,
                        "ORG" + Integer.toString(which, 36).toUpperCase());
                ids.add(eid + ":Organization " + which);
            }
            for (int p = 0; p < 18; p++) {
                int which = skewed(random, places);
                String eid = "e" + e++;
                f.entity(eid, EntityType.LOCATION, "Place " + which, 1 + random.nextInt(3), random.nextInt(4) == 0);
                ids.add(eid + ":Place " + which);
            }
            EventType[] types = EventType.values();
            for (int v = 0; v < 10; v++) {
                LocalDate when = date.minusDays(random.nextInt(400));
                String value = switch (random.nextInt(10)) {
                    case 0 -> null;
                    case 1 -> when.toString().substring(0, 7);
                    case 2 -> when.toString().substring(0, 4);
                    case 3 -> openYear ? "XXXX" + when.toString().substring(4) : when + "/" + when.plusDays(1);
                    default -> when.toString();
                };
                f.event("v" + (v + 1), types[random.nextInt(types.length)], List.of(ids.get(random.nextInt(ids.size()))),
                        List.of(ids.get(random.nextInt(ids.size()))), value, Event.Modality.PAST, false, "evidence " + v);
            }
            for (int q = 0; q < 3; q++) {
                String speaker = ids.get(random.nextInt(6));
                f.quote(speaker.substring(0, speaker.indexOf(':')), speaker.substring(speaker.indexOf(':') + 1), random.nextBoolean(),
                        100 * q, "quoted words " + q);
            }
            out.add(f.build());
        }
        return out;
    }

    /** 0..n-1, small values more often: the most frequent of 5,000 people is in about one article in twenty. */
    private static int skewed(Random random, int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(n * u * u * u));
    }

}
