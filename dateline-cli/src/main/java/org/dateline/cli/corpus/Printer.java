package org.dateline.cli.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import org.dateline.web.Exports;

/** Prints answers as readable text, JSON Lines (one record per line) or CSV with a header row. */
final class Printer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final CorpusOptions.Format format;

    Printer(PrintWriter out, CorpusOptions.Format format) {
        this.out = out;
        this.format = format;
    }

    boolean text() {
        return format == CorpusOptions.Format.text;
    }

    /** One record: as JSON, or as a CSV row of the given cells (the header printed once by {@link #header}). */
    void record(Object json, List<?> cells) {
        switch (format) {
            case json -> out.println(json(json));
            case csv -> out.println(csvRow(cells));
            case text -> throw new IllegalStateException("text is printed by the command");
        }
    }

    void header(List<String> columns) {
        if (format == CorpusOptions.Format.csv) {
            out.println(csvRow(columns));
        }
    }

    void line(String text) {
        out.println(text);
    }

    void flush() {
        out.flush();
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String csvRow(List<?> cells) {
        return Exports.csvRow(cells);
    }
}
