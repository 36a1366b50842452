package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bundled sample corpus is: under DATELINE_HOME (set by the ./dateline launcher), else the
 * {@code dateline.home} system property (set for tests), else the working directory.
 */
final class SampleCorpus {

    private SampleCorpus() {
    }

    static Path articles() {
        String home = System.getenv("DATELINE_HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("dateline.home");
        }
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        Path dir = base.resolve("sample-corpus").resolve("articles");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("sample corpus not found at " + dir.toAbsolutePath()
                    + " (run from the repository root, or set DATELINE_HOME)");
        }
        return dir;
    }
}
