package org.dateline.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.dateline.cli.corpus.EntityCommand;
import org.dateline.cli.corpus.ExportCommand;
import org.dateline.cli.corpus.IngestCommand;
import org.dateline.cli.corpus.QuotesCommand;
import org.dateline.cli.corpus.SearchCommand;
import org.dateline.cli.corpus.StoriesCommand;
import org.dateline.cli.corpus.TimelineCommand;
import org.dateline.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command line. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Turns news articles into structured, traceable facts.",
        subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class, EntityCommand.class, QuotesCommand.class,
                TimelineCommand.class, StoriesCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class, BenchCommand.class,
                EvaluateCommand.class, EvaluateQuotesCommand.class, TrainNerCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        int status;
        try {
            status = commandLine().execute(args);
        } catch (Error e) {
            // A bug or an exhausted JVM (ExceptionInInitializerError, OutOfMemoryError): still one line.
            System.err.println("dateline: internal error: " + e);
            status = 2;
        }
        System.exit(status);
    }

    /** The command line as {@link #main} runs it; tests call {@code execute} on it directly. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // Articles are UTF-8 whatever the platform's default charset is (CI runs with a POSIX locale).
        cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)));
        cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        // A failure the user can act on is one line, never a stack trace.
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("dateline: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl;
    }
}
