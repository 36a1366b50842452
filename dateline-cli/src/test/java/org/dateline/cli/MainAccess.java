package org.dateline.cli;

import picocli.CommandLine;

/** The command line as {@code main} builds it, for tests in other packages. */
public final class MainAccess {

    private MainAccess() {
    }

    public static CommandLine commandLine() {
        return Main.commandLine();
    }
}
