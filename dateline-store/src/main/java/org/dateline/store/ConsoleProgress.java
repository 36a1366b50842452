package org.dateline.store;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dateline.ingest.InputError;

/**
 * Tells a person how an ingest goes, on standard error: each bad input as one line
 * ({@code "dateline: news/a.txt: empty file"}); on a terminal, a progress line redrawn in place with {@code \r}
 * ("ingest: 1,200 articles stored, 35 unchanged, 2 bad inputs, 87.4 articles/s") at most every
 * {@value #REDRAW_MILLIS} ms; and at the end one summary line ({@link IngestReport#summary()}), which is all a log
 * file gets.
 */
public final class ConsoleProgress implements IngestListener {

    static final long REDRAW_MILLIS = 250;

    private final PrintStream err;
    private final boolean terminal;
    private long lastDraw;
    private int drawnLength;

    /**
     * @param err      where to write
     * @param terminal whether {@code err} is a terminal: only then is the progress line drawn
     */
    public ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = Objects.requireNonNull(err, "err");
        this.terminal = terminal;
    }

    /**
     * Progress on {@link System#err}, drawn when the process has a console (Java 17 cannot ask about standard error
     * alone, so a console with standard error redirected to a file still gets {@code \r} lines there) and
     * {@code TERM} is not "dumb".
     */
    public static ConsoleProgress onStandardError() {
        return new ConsoleProgress(System.err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    @Override
    public synchronized void inputError(InputError error) {
        clearLine();
        err.println("dateline: " + error);
    }

    @Override
    public synchronized void committed(List<String> ids, IngestReport soFar) {
        long now = System.currentTimeMillis();
        if (!terminal || now - lastDraw < REDRAW_MILLIS) {
            return;
        }
        lastDraw = now;
        String line = String.format(Locale.ROOT, "ingest: %,d articles stored, %,d unchanged, %,d bad input%s, %.1f articles/s",
                soFar.stored(), soFar.unchanged(), soFar.badInputs(), soFar.badInputs() == 1 ? "" : "s",
                soFar.articlesPerSecond());
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    @Override
    public synchronized void analysisFailed(RuntimeException failure) {
        clearLine();
        err.println("dateline: corpus analysis failed (" + failure + "); the articles are stored");
    }

    @Override
    public synchronized void finished(IngestReport report) {
        clearLine();
        err.println("dateline: " + report.summary() + (report.analysed() ? "; corpus analysis updated" : ""));
    }

    private void clearLine() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            drawnLength = 0;
        }
    }
}
