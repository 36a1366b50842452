package org.dateline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.InputError;
import org.dateline.ingest.ReadOptions;
import org.dateline.model.Article;
import org.dateline.model.Diagnostic;
import org.dateline.store.ExtractionJson;
import org.dateline.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline extract}: articles in, one JSON object (or a readable block) per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts datelines and normalized time expressions from articles.",
                "Inputs: .txt (first line is the title), .jsonl, .html, directories (recursively), - for standard input.",
                "Each bad input is reported on stderr in one line; the others are still processed.",
                "Exit status: 0 when every input was read, 1 when any input failed."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "json (JSON Lines, one article per line) or text. Default: ${DEFAULT-VALUE}.")
    Format format = Format.json;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles whose input gives none; relative dates are resolved against it.")
    LocalDate published;

    @Option(names = "--max-article-bytes", paramLabel = "N", description = "Reject articles larger than this. Default: ${DEFAULT-VALUE}.")
    long maxArticleBytes = ReadOptions.defaults().maxArticleBytes();

    @Option(names = "--batch-size", paramLabel = "N", hidden = true,
            description = "Articles extracted together, so related ones can lend each other a year. Default: ${DEFAULT-VALUE}.")
    int batchSize = 500;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Run run = new Run(new Extractor(), format == Format.json ? new JsonWriter(out) : new TextWriter(out), batchSize, published, err);
        ArticleReader reader = new ArticleReader(new ReadOptions(maxArticleBytes, System.in));
        reader.read(paths, new ArticleSink() {
            @Override
            public void article(Article article) {
                run.add(article);
            }

            @Override
            public void error(InputError error) {
                run.failures++;
                err.println("dateline: " + error);
            }
        });
        run.flush();
        out.flush();
        return run.failures == 0 ? 0 : 1;
    }

    /** Writes one extraction. */
    interface Writer {
        void write(Extraction x);
    }

    static final class JsonWriter implements Writer {
        private final ObjectMapper mapper = new ObjectMapper();
        private final ExtractionJson json = new ExtractionJson(mapper);
        private final PrintWriter out;

        JsonWriter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(Extraction x) {
            out.println(json.toJson(x).toString());
        }
    }

    static final class TextWriter implements Writer {
        private final TextView view = new TextView();
        private final PrintWriter out;

        TextWriter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(Extraction x) {
            view.print(x, out);
        }
    }

    /** Collects articles into batches, extracts each batch together, and writes the results in input order. */
    static final class Run {
        private final Extractor extractor;
        private final Writer writer;
        private final int batchSize;
        private final LocalDate published;
        private final List<Article> batch = new ArrayList<>();
        int failures;
        int articles;

        private final PrintWriter err;

        Run(Extractor extractor, Writer writer, int batchSize, LocalDate published, PrintWriter err) {
            this.err = err;
            this.extractor = extractor;
            this.writer = writer;
            this.batchSize = Math.max(1, batchSize);
            this.published = published;
        }

        void add(Article article) {
            batch.add(published != null && article.published() == null ? article.withPublished(published) : article);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            for (Extraction x : extractor.extractAll(batch)) {
                for (Diagnostic d : x.diagnostics()) {
                    if (d.severity() == Diagnostic.Severity.ERROR) {
                        failures++;
                        err.println("dateline: " + x.article().id() + ": " + d.message());
                    }
                }
                writer.write(x);
                articles++;
            }
            batch.clear();
        }
    }
}
