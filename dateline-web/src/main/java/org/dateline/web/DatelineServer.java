package org.dateline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.corpus.DateSpan;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.InputError;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Article;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.store.ContentId;
import org.dateline.store.SearchQuery;

/**
 * The HTTP API and the web UI over one store: every route is in this file (the answers are {@link CorpusService}'s),
 * the UI is static files from the classpath ({@code /web}), and {@code /openapi.json} describes the API.
 *
 * <pre>{@code
 * DatelineServer server = DatelineServer.start(Path.of("dateline-data"), 7070);
 * System.out.println(server.url());   // http://127.0.0.1:7070/
 * server.stop();
 * }</pre>
 *
 * <p>Every error is {@code {"error": "..."}} with its status: 400 for a bad parameter or body, 404 for an unknown id
 * or name, 409 when the store cannot be written, 413 for a body over {@link #MAX_BODY_BYTES}, 415 for a body of
 * another media type, 500 for a fault of the server. Query cost is bounded: at most {@link #MAX_LIMIT} hits a page,
 * {@link #MAX_OFFSET} deep, words of at most {@link #MAX_QUERY_CHARS} characters.
 */
public final class DatelineServer implements AutoCloseable {

    /** The largest request body accepted: one upload, one pasted article or one JSON batch. */
    public static final long MAX_BODY_BYTES = ReadOptions.DEFAULT_MAX_ARTICLE_BYTES;
    /** The most hits, entities or stories one request returns. */
    public static final int MAX_LIMIT = 100;
    /** The most timeline entries one request returns. */
    public static final int MAX_TIMELINE_LIMIT = 1000;
    /** How deep paging goes. */
    public static final int MAX_OFFSET = 10_000;
    /** The longest query text, in characters. */
    public static final int MAX_QUERY_CHARS = 500;
    /** The most values one filter takes ({@code entity=a&entity=b...}). */
    public static final int MAX_FILTER_VALUES = 20;
    /** The most articles one JSON ingest takes. */
    public static final int MAX_BATCH = 1000;

    private static final String ERROR_SET = "dateline.error";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final CorpusService service;
    private final Javalin app;
    private final String host;

    private DatelineServer(CorpusService service, Javalin app, String host) {
        this.service = service;
        this.app = app;
        this.host = host;
    }

    /** Serves the store in {@code data} (created when missing) on 127.0.0.1; port 0 picks a free port. */
    public static DatelineServer start(Path data, int port) throws IOException {
        return start(data, "127.0.0.1", port);
    }

    /** Serves the store in {@code data} on the given interface and port (0 picks a free port). */
    public static DatelineServer start(Path data, String host, int port) throws IOException {
        CorpusService service = CorpusService.open(data);
        Javalin app = null;
        try {
            app = create(service);
            app.start(host, port);
            return new DatelineServer(service, app, host);
        } catch (RuntimeException e) {
            if (app != null) {
                app.stop();
            }
            service.close();
            throw e;
        }
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The address of the web UI: {@code http://127.0.0.1:7070/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? "localhost" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** Stops serving and closes the store. */
    public void stop() throws IOException {
        app.stop();
        service.close();
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Javalin create(CorpusService service) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.multipartConfig.maxFileSize(MAX_BODY_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
        });

        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });

        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
        app.get("/api/status", ctx -> json(ctx, service.status(MAX_BODY_BYTES, MAX_LIMIT)));
        app.get("/api/search", ctx -> json(ctx, service.search(searchQuery(ctx))));
        app.get("/api/articles/{id}", ctx -> json(ctx, service.article(id(ctx.pathParam("id")))));
        app.get("/api/entities", ctx -> json(ctx, service.entities(string(ctx, "name", 200),
                integer(ctx, "offset", 0, 0, MAX_OFFSET), integer(ctx, "limit", 50, 1, MAX_LIMIT))));
        app.get("/api/entities/{id}", ctx -> json(ctx, service.dossier(id(ctx.pathParam("id")))));
        app.get("/api/quotes", ctx -> {
            String speaker = string(ctx, "speaker", 200);
            if (speaker == null || speaker.isBlank()) {
                throw ApiException.badRequest("speaker is required: /api/quotes?speaker=NAME[&about=NAME]");
            }
            json(ctx, service.quotes(speaker, string(ctx, "about", 200)));
        });
        app.get("/api/timeline", ctx -> json(ctx, service.timeline(string(ctx, "entity", 200), string(ctx, "story", 100),
                string(ctx, "from", 40), string(ctx, "to", 40), integer(ctx, "offset", 0, 0, MAX_OFFSET),
                integer(ctx, "limit", 500, 1, MAX_TIMELINE_LIMIT))));
        app.get("/api/stories", ctx -> json(ctx, service.stories(bool(ctx, "all"), integer(ctx, "offset", 0, 0, MAX_OFFSET),
                integer(ctx, "limit", MAX_LIMIT, 1, MAX_LIMIT))));
        app.get("/api/stories/{id}", ctx -> json(ctx, service.story(id(ctx.pathParam("id")))));
        app.post("/api/extract", ctx -> json(ctx, service.extract(extractInput(ctx))));
        app.post("/api/ingest", ctx -> ingest(service, ctx));
        app.get("/api/export/{format}", ctx -> {
            String format = ctx.pathParam("format").toLowerCase(Locale.ROOT);
            String type = Exports.MEDIA_TYPES.get(format);
            if (type == null) {
                throw ApiException.notFound("no export format '" + ctx.pathParam("format") + "': use jsonl, csv, graphml or gexf");
            }
            ctx.contentType(type);
            ctx.header("Content-Disposition", "attachment; filename=\"dateline." + format + "\"");
            Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            service.export(format, w);
            w.flush();
        });

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 413 ? "the request body is larger than " + MAX_BODY_BYTES + " bytes"
                        : e.getStatus() == 404 ? "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /openapi.json)"
                        : e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            if (tooLarge(e)) {
                error(ctx, 413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
                return;
            }
            System.err.println("dateline serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_SET) == null && ctx.path().startsWith("/api/")) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /openapi.json)");
            }
        });
        return app;
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("exceeds max") || m.contains("maxRequestSize") || m.contains("maxFileSize")
                    || m.contains("exceeds maximum"))) {
                return true;
            }
        }
        return false;
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.write(value));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_SET, Boolean.TRUE);
        ctx.status(status).contentType("application/json").result(Json.write(Map.of("error", message == null ? "error" : message)));
    }

    // ---- parameters ----------------------------------------------------------------------------------------------

    private static String id(String id) {
        if (id.isBlank() || id.length() > 200) {
            throw ApiException.badRequest("not an id: '" + clip(id) + "'");
        }
        return id;
    }

    private static String string(Context ctx, String name, int max) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > max) {
            throw ApiException.badRequest(name + " is longer than " + max + " characters");
        }
        return v;
    }

    private static List<String> strings(Context ctx, String name) {
        List<String> values = ctx.queryParams(name).stream().filter(s -> !s.isBlank()).map(String::strip).toList();
        if (values.size() > MAX_FILTER_VALUES) {
            throw ApiException.badRequest("at most " + MAX_FILTER_VALUES + " values of " + name + ", got " + values.size());
        }
        for (String v : values) {
            if (v.length() > 200) {
                throw ApiException.badRequest(name + " is longer than 200 characters");
            }
        }
        return values;
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(name + " must be an integer from " + min + " to " + max + ", was '" + clip(v) + "'");
    }

    private static boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank() || v.equalsIgnoreCase("false") || v.equals("0")) {
            return false;
        }
        if (v.equalsIgnoreCase("true") || v.equals("1")) {
            return true;
        }
        throw ApiException.badRequest(name + " must be true or false, was '" + clip(v) + "'");
    }

    /** A date bound: yyyy, yyyy-mm or yyyy-mm-dd, as its first day ({@code from}) or its last ({@code to}). */
    private static LocalDate date(Context ctx, String name, boolean end) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        DateSpan span = DateSpan.parse(v.strip()).orElseThrow(() ->
                ApiException.badRequest(name + " is not a date: '" + clip(v) + "' (use yyyy, yyyy-mm or yyyy-mm-dd)"));
        return end ? span.endDate() : span.startDate();
    }

    private static <E extends Enum<E>> List<E> enums(Context ctx, String name, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (String v : strings(ctx, name)) {
            try {
                out.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants())
                        + ", was '" + clip(v) + "'");
            }
        }
        return out;
    }

    private static SearchQuery searchQuery(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest("q is longer than " + MAX_QUERY_CHARS + " characters");
        }
        LocalDate from = date(ctx, "from", false);
        LocalDate to = date(ctx, "to", true);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("the date range is empty: from " + from + " is after to " + to);
        }
        return new SearchQuery(q == null ? "" : q.strip(), strings(ctx, "entity"), enums(ctx, "type", EntityType.class),
                from, to, strings(ctx, "source"), enums(ctx, "event_type", EventType.class), strings(ctx, "story"),
                bool(ctx, "duplicates"), integer(ctx, "offset", 0, 0, MAX_OFFSET),
                integer(ctx, "limit", SearchQuery.DEFAULT_LIMIT, 0, MAX_LIMIT), SearchQuery.DEFAULT_FACET_LIMIT);
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    // ---- bodies --------------------------------------------------------------------------------------------------

    /** The request body, refused with 413 beyond {@link #MAX_BODY_BYTES} (whether or not it says its length). */
    private static byte[] body(Context ctx) throws IOException {
        checkLength(ctx);
        try (InputStream in = ctx.bodyInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY_BYTES) {
                    throw ApiException.tooLarge("the request body is larger than " + MAX_BODY_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        }
    }

    private static void checkLength(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > MAX_BODY_BYTES) {
                    throw ApiException.tooLarge("the request body is larger than " + MAX_BODY_BYTES + " bytes");
                }
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("bad Content-Length: " + clip(length));
            }
        }
    }

    private static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** POST /api/extract: text/plain (first line the title, as in .txt files) or JSON {title, text, published}. */
    private static Article extractInput(Context ctx) throws IOException {
        String type = mediaType(ctx);
        if (type.equals("application/json")) {
            JsonNode node = readJson(body(ctx));
            if (!node.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object {\"title\", \"text\", \"published\"}");
            }
            return article(node, "extract", "article");
        }
        if (type.isEmpty() || type.equals("text/plain")) {
            return plainArticle(ctx, new String(body(ctx), StandardCharsets.UTF_8), "extract");
        }
        throw ApiException.unsupportedMediaType("send text/plain or application/json, not " + type);
    }

    /** A plain-text article: the first line is the title, the rest the body; {@code ?published=} dates it. */
    private static Article plainArticle(Context ctx, String body, String source) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        text = text.replace("\r\n", "\n");
        if (text.isBlank()) {
            throw ApiException.badRequest("the body is empty: send the article's title on the first line, then its text");
        }
        String stripped = text.stripLeading();
        int nl = stripped.indexOf('\n');
        String title = nl < 0 ? "" : stripped.substring(0, nl).strip();
        String rest = nl < 0 ? stripped : stripped.substring(nl + 1).strip();
        LocalDate published = publishedParam(ctx.queryParam("published"), "published");
        return new Article(ContentId.of(title, rest), title, rest, published, source, null, Map.of());
    }

    private static LocalDate publishedParam(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(what + " must be a date yyyy-mm-dd, was '" + clip(value) + "'");
        }
    }

    private static JsonNode readJson(byte[] body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("the body is empty: send a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One article of a JSON body: {"title", "text" (required), "published" (yyyy-mm-dd), "url", "source", "id"}. */
    private static Article article(JsonNode node, String defaultSource, String where) {
        if (!node.isObject()) {
            throw ApiException.badRequest(where + " is not a JSON object");
        }
        String text = field(node, "text", where);
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(where + " has no \"text\"");
        }
        String title = field(node, "title", where);
        title = title == null ? "" : title.strip();
        LocalDate published = publishedParam(field(node, "published", where), where + ": published");
        String source = field(node, "source", where);
        String id = field(node, "id", where);
        return new Article(id == null || id.isBlank() ? ContentId.of(title, text) : id, title, text, published,
                source == null || source.isBlank() ? defaultSource : source, field(node, "url", where), Map.of());
    }

    private static String field(JsonNode node, String name, String where) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(where + ": \"" + name + "\" must be a string");
        }
        return v.asText();
    }

    /** POST /api/ingest: a JSON article or array of them, text/plain, or multipart files of any input format. */
    private static void ingest(CorpusService service, Context ctx) throws IOException {
        if (service.readOnly()) {
            throw ApiException.conflict("the store is open for writing in another process (an ingest?): this server can only read it");
        }
        String type = mediaType(ctx);
        List<Article> articles = new ArrayList<>();
        List<InputError> problems = new ArrayList<>();
        switch (type) {
            case "application/json" -> {
                JsonNode node = readJson(body(ctx));
                if (node.isArray()) {
                    if (node.size() > MAX_BATCH) {
                        throw ApiException.tooLarge("at most " + MAX_BATCH + " articles per request, got " + node.size());
                    }
                    for (int i = 0; i < node.size(); i++) {
                        articles.add(article(node.get(i), "web", "article " + (i + 1)));
                    }
                } else {
                    articles.add(article(node, "web", "the article"));
                }
            }
            case "text/plain" -> articles.add(plainArticle(ctx, new String(body(ctx), StandardCharsets.UTF_8), "web"));
            case "multipart/form-data" -> {
                checkLength(ctx);
                readUploads(ctx, articles, problems);
            }
            default -> throw ApiException.unsupportedMediaType(
                    "send application/json, text/plain or multipart/form-data files, not " + (type.isEmpty() ? "no Content-Type" : type));
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            throw ApiException.badRequest("no articles in the request");
        }
        json(ctx, service.ingest(articles, problems));
    }

    /** Uploaded files, read by the same readers as {@code ./dateline ingest} (text, JSON Lines, HTML, feeds, WARC). */
    private static void readUploads(Context ctx, List<Article> articles, List<InputError> problems) throws IOException {
        List<UploadedFile> files = new ArrayList<>();
        ctx.uploadedFileMap().values().forEach(files::addAll);
        if (files.isEmpty()) {
            throw ApiException.badRequest("no files in the upload (send them as multipart/form-data parts named \"files\")");
        }
        Path dir = Files.createTempDirectory("dateline-upload");
        try {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                UploadedFile f = files.get(i);
                Path slot = Files.createDirectory(dir.resolve(Integer.toString(i)));
                Path file = slot.resolve(safeName(f.filename()));
                try (InputStream in = f.content()) {
                    Files.copy(in, file);
                }
                paths.add(file.toString());
            }
            ReadResult read = new ArticleReader(new ReadOptions(MAX_BODY_BYTES, InputStream.nullInputStream())).readAll(paths);
            String prefix = dir.toString();
            for (Article a : read.articles()) {
                articles.add(new Article(a.id(), a.title(), a.text(), a.published(), uploadName(a.source(), prefix), a.url(),
                        a.extra()));
            }
            for (InputError e : read.errors()) {
                problems.add(new InputError(uploadName(e.input(), prefix), e.problem()));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** "upload/name.txt" for a path in the upload folder ("/tmp/dateline-upload123/0/name.txt"). */
    private static String uploadName(String source, String prefix) {
        if (source == null || !source.startsWith(prefix)) {
            return source;
        }
        String rest = source.substring(prefix.length()).replace('\\', '/');
        int slash = rest.indexOf('/', 1);
        return "upload/" + (slash < 0 ? rest.replaceFirst("^/", "") : rest.substring(slash + 1));
    }

    /** A file name without folders or odd characters; the extension, which says the format, is kept. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isEmpty()) {
            base = "upload.txt";
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }
}
