package org.dateline.cli.corpus;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline export FORMAT}: the store for other tools. JSON Lines (one article's facts per line), CSV of the
 * entity dossiers for spreadsheets, and the entity graph as GraphML or GEXF (Gephi): entities are nodes, two
 * entities named in the same article are joined by an edge that lists those articles.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the store: jsonl (articles' facts), csv (entities), graphml or gexf (entity graph, every edge with its source articles).")
public final class ExportCommand implements Callable<Integer> {

    enum Kind { jsonl, csv, graphml, gexf }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FORMAT", description = "jsonl, csv, graphml or gexf.")
    Kind kind;

    @Option(names = "--data", paramLabel = "DIR", description = "The store's data directory. Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("dateline-data");

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    /** An edge of the entity graph: two dossiers and the articles that name both. */
    record Edge(String a, String b, TreeSet<String> articles) {
    }

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = Corpus.open(data)) {
            if (out == null) {
                PrintWriter w = spec.commandLine().getOut();
                write(corpus, w);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); PrintWriter pw = new PrintWriter(w)) {
                    write(corpus, pw);
                }
                spec.commandLine().getOut().println("wrote " + out);
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }

    private void write(Corpus corpus, PrintWriter w) throws IOException {
        switch (kind) {
            case jsonl -> {
                for (ArticleFacts f : new TreeMap<>(corpus.facts()).values()) {
                    w.println(Printer.json(f));
                }
            }
            case csv -> {
                w.println(Printer.csvRow(List.of("dossier", "type", "name", "aliases", "roles", "articles", "mentions")));
                for (Dossier d : corpus.analysis.dossiers()) {
                    w.println(Printer.csvRow(List.of(d.id(), d.type(), d.name(), String.join("; ", d.aliases()),
                            String.join("; ", d.roles()), d.articleIds().size(), d.mentions())));
                }
            }
            case graphml -> graphml(corpus, w);
            case gexf -> gexf(corpus, w);
        }
    }

    static List<Edge> edges(List<Dossier> dossiers) {
        Map<String, List<String>> byArticle = new TreeMap<>();
        for (Dossier d : dossiers) {
            for (String a : d.articleIds()) {
                byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(d.id());
            }
        }
        Map<String, Edge> edges = new TreeMap<>();
        byArticle.forEach((article, ids) -> {
            List<String> sorted = ids.stream().sorted().distinct().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    String key = sorted.get(i) + "\u0000" + sorted.get(j);
                    edges.computeIfAbsent(key, k -> new Edge(k.substring(0, k.indexOf('\u0000')), k.substring(k.indexOf('\u0000') + 1),
                            new TreeSet<>())).articles().add(article);
                }
            }
        });
        return new ArrayList<>(edges.values());
    }

    private static void graphml(Corpus corpus, PrintWriter w) {
        w.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        w.println("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">");
        w.println("  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>");
        w.println("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>");
        w.println("  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>");
        w.println("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>");
        w.println("  <key id=\"articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"string\"/>");
        w.println("  <graph id=\"entities\" edgedefault=\"undirected\">");
        for (Dossier d : corpus.analysis.dossiers()) {
            w.printf("    <node id=\"%s\"><data key=\"name\">%s</data><data key=\"type\">%s</data><data key=\"mentions\">%d</data></node>%n",
                    xml(d.id()), xml(d.name()), d.type(), d.mentions());
        }
        int n = 0;
        for (Edge e : edges(corpus.analysis.dossiers())) {
            w.printf("    <edge id=\"x%d\" source=\"%s\" target=\"%s\"><data key=\"weight\">%d</data><data key=\"articles\">%s</data></edge>%n",
                    ++n, xml(e.a()), xml(e.b()), e.articles().size(), xml(String.join(" ", e.articles())));
        }
        w.println("  </graph>");
        w.println("</graphml>");
    }

    private static void gexf(Corpus corpus, PrintWriter w) {
        w.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        w.println("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">");
        w.println("  <graph defaultedgetype=\"undirected\">");
        w.println("    <attributes class=\"node\"><attribute id=\"type\" title=\"type\" type=\"string\"/>"
                + "<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/></attributes>");
        w.println("    <attributes class=\"edge\"><attribute id=\"articles\" title=\"articles\" type=\"string\"/></attributes>");
        w.println("    <nodes>");
        for (Dossier d : corpus.analysis.dossiers()) {
            w.printf("      <node id=\"%s\" label=\"%s\"><attvalues><attvalue for=\"type\" value=\"%s\"/><attvalue for=\"mentions\" value=\"%d\"/></attvalues></node>%n",
                    xml(d.id()), xml(d.name()), d.type(), d.mentions());
        }
        w.println("    </nodes>");
        w.println("    <edges>");
        int n = 0;
        for (Edge e : edges(corpus.analysis.dossiers())) {
            w.printf("      <edge id=\"x%d\" source=\"%s\" target=\"%s\" weight=\"%d\"><attvalues><attvalue for=\"articles\" value=\"%s\"/></attvalues></edge>%n",
                    ++n, xml(e.a()), xml(e.b()), e.articles().size(), xml(String.join(" ", e.articles())));
        }
        w.println("    </edges>");
        w.println("  </graph>");
        w.println("</gexf>");
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
