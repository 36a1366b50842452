package org.dateline.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.Dossier;

/**
 * The store for other tools, as {@code ./dateline export} writes it: JSON Lines (one article's facts per line), CSV
 * of the entity dossiers, and the entity graph as GraphML or GEXF, where two entities named in one article are
 * joined by an edge that lists those articles. One implementation for the HTTP API and {@code ./dateline export}.
 */
public final class Exports {

    /** The formats, with the media type each is served as. */
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "jsonl", "application/x-ndjson; charset=utf-8",
            "csv", "text/csv; charset=utf-8",
            "graphml", "application/graphml+xml; charset=utf-8",
            "gexf", "application/gexf+xml; charset=utf-8");

    private Exports() {
    }

    /** An edge of the entity graph: two dossiers and the articles that name both. */
    record Edge(String a, String b, TreeSet<String> articles) {
    }

    static void write(String format, CorpusView view, Appendable out) throws IOException {
        try {
            write(format, view.facts, view.analysis, out);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    /**
     * Writes the store in a format.
     *
     * @param facts    every article's facts by id
     * @param analysis the corpus analysis (dossiers for the CSV and the graph)
     * @throws IllegalArgumentException for a format other than jsonl, csv, graphml or gexf
     */
    public static void write(String format, Map<String, ArticleFacts> facts, CorpusAnalysis analysis, Appendable out)
            throws IOException {
        switch (format) {
            case "jsonl" -> {
                for (ArticleFacts f : new TreeMap<>(facts).values()) {
                    out.append(Json.MAPPER_CAMEL.writeValueAsString(f)).append('\n');
                }
            }
            case "csv" -> {
                out.append(csvRow(List.of("dossier", "type", "name", "aliases", "roles", "articles", "mentions"))).append("\n");
                for (Dossier d : analysis.dossiers()) {
                    out.append(csvRow(List.of(d.id(), d.type(), d.name(), String.join("; ", d.aliases()),
                            String.join("; ", d.roles()), d.articleIds().size(), d.mentions()))).append("\n");
                }
            }
            case "graphml" -> graphml(analysis, out);
            case "gexf" -> gexf(analysis, out);
            default -> throw new IllegalArgumentException("no export format '" + format + "': use jsonl, csv, graphml or gexf");
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
                    String a = sorted.get(i);
                    String b = sorted.get(j);
                    edges.computeIfAbsent(a + "\u0000" + b, k -> new Edge(a, b, new TreeSet<>())).articles().add(article);
                }
            }
        });
        return new ArrayList<>(edges.values());
    }

    private static void graphml(CorpusAnalysis analysis, Appendable w) throws IOException {
        w.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        w.append("  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n");
        w.append("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n");
        w.append("  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n");
        w.append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n");
        w.append("  <key id=\"articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"string\"/>\n");
        w.append("  <graph id=\"entities\" edgedefault=\"undirected\">\n");
        for (Dossier d : analysis.dossiers()) {
            w.append("    <node id=\"").append(xml(d.id())).append("\"><data key=\"name\">").append(xml(d.name()))
                    .append("</data><data key=\"type\">").append(d.type().name()).append("</data><data key=\"mentions\">")
                    .append(Integer.toString(d.mentions())).append("</data></node>\n");
        }
        int n = 0;
        for (Edge e : edges(analysis.dossiers())) {
            w.append("    <edge id=\"x").append(Integer.toString(++n)).append("\" source=\"").append(xml(e.a()))
                    .append("\" target=\"").append(xml(e.b())).append("\"><data key=\"weight\">")
                    .append(Integer.toString(e.articles().size())).append("</data><data key=\"articles\">")
                    .append(xml(String.join(" ", e.articles()))).append("</data></edge>\n");
        }
        w.append("  </graph>\n");
        w.append("</graphml>\n");
    }

    private static void gexf(CorpusAnalysis analysis, Appendable w) throws IOException {
        w.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.append("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
        w.append("  <graph defaultedgetype=\"undirected\">\n");
        w.append("    <attributes class=\"node\"><attribute id=\"type\" title=\"type\" type=\"string\"/>"
                + "<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/></attributes>\n");
        w.append("    <attributes class=\"edge\"><attribute id=\"articles\" title=\"articles\" type=\"string\"/></attributes>\n");
        w.append("    <nodes>\n");
        for (Dossier d : analysis.dossiers()) {
            w.append("      <node id=\"").append(xml(d.id())).append("\" label=\"").append(xml(d.name()))
                    .append("\"><attvalues><attvalue for=\"type\" value=\"").append(d.type().name())
                    .append("\"/><attvalue for=\"mentions\" value=\"").append(Integer.toString(d.mentions()))
                    .append("\"/></attvalues></node>\n");
        }
        w.append("    </nodes>\n");
        w.append("    <edges>\n");
        int n = 0;
        for (Edge e : edges(analysis.dossiers())) {
            w.append("      <edge id=\"x").append(Integer.toString(++n)).append("\" source=\"").append(xml(e.a()))
                    .append("\" target=\"").append(xml(e.b())).append("\" weight=\"")
                    .append(Integer.toString(e.articles().size())).append("\"><attvalues><attvalue for=\"articles\" value=\"")
                    .append(xml(String.join(" ", e.articles()))).append("\"/></attvalues></edge>\n");
        }
        w.append("    </edges>\n");
        w.append("  </graph>\n");
        w.append("</gexf>\n");
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** One CSV row (RFC 4180): a cell with a comma, quote or line break is quoted, its quotes doubled. */
    public static String csvRow(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i) == null ? "" : String.valueOf(cells.get(i));
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
