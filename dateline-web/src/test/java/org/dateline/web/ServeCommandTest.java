package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dateline serve}: its options, and a server that starts on an empty data directory. */
class ServeCommandTest {

    @Test
    void defaultsAndOptions() {
        ServeCommand defaults = new ServeCommand();
        new CommandLine(defaults).parseArgs();
        assertThat(defaults.data).isEqualTo(Path.of("dateline-data"));
        assertThat(defaults.port).isEqualTo(7070);
        assertThat(defaults.host).isEqualTo("127.0.0.1");

        ServeCommand given = new ServeCommand();
        new CommandLine(given).parseArgs("--data", "/tmp/x", "--port", "0", "--host", "0.0.0.0");
        assertThat(given.data).isEqualTo(Path.of("/tmp/x"));
        assertThat(given.port).isZero();

        StringWriter help = new StringWriter();
        new CommandLine(new ServeCommand()).usage(new PrintWriter(help));
        assertThat(help.toString()).contains("serve", "--data", "--port", "Ctrl-C");
    }

    @Test
    void servesAnEmptyStore(@TempDir Path temp) throws Exception {
        try (DatelineServer server = DatelineServer.start(temp.resolve("new-store"), 0)) {
            assertThat(server.url()).startsWith("http://127.0.0.1:").endsWith("/");
            Http http = new Http(server.url());
            assertThat(http.get("/api/status").json().path("articles").asLong()).isZero();
            assertThat(http.get("/api/search").json().path("total").asLong()).isZero();
            assertThat(http.get("/api/timeline").json().path("total").asInt()).isZero();
            assertThat(http.get("/api/stories").json().path("total").asInt()).isZero();
        }
    }

    @Test
    void uploadedFileNamesLoseTheirFolders() {
        assertThat(DatelineServer.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DatelineServer.safeName("C:\\news\\a b.txt")).isEqualTo("a b.txt");
        assertThat(DatelineServer.safeName(".hidden.jsonl")).isEqualTo("hidden.jsonl");
        assertThat(DatelineServer.safeName("")).isEqualTo("upload.txt");
        assertThat(DatelineServer.safeName("<script>.html")).isEqualTo("_script_.html");
    }
}
