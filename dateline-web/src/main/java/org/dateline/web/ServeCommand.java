package org.dateline.web;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline serve}: the web UI and the HTTP API over a store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web UI and the HTTP API (described at /openapi.json) over the store, until Ctrl-C.",
                "Search, articles with their highlights, entity dossiers, timelines, stories, upload."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The store's data directory (created when missing). Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("dateline-data");

    @Option(names = "--port", description = "The port to listen on (0 for any free one). Default: ${DEFAULT-VALUE}.")
    int port = 7070;

    @Option(names = "--host", description = "The interface to listen on; 0.0.0.0 for every one. Default: ${DEFAULT-VALUE}.")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws Exception {
        serve(data, host, port, spec.commandLine().getOut());
        return 0;
    }

    /**
     * Serves the store and prints its address, then blocks until the process is stopped (Ctrl-C); the server is
     * stopped and the store closed on the way out. {@code ./dateline demo} can end with it.
     */
    public static void serve(Path data, String host, int port, PrintWriter out) throws Exception {
        DatelineServer server = DatelineServer.start(data, host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                System.err.println("dateline serve: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "dateline-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Dateline is serving " + data + " at " + server.url() + "  (Ctrl-C to stop)");
        out.flush();
        stopped.await();
    }
}
