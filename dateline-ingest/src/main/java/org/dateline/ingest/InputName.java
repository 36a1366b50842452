package org.dateline.ingest;

import java.nio.file.Path;

/**
 * The names of one input: how errors show it, what {@code Article.source} records, and the id its articles
 * get when they carry none.
 *
 * @param shown  the path as given, or {@code "<stdin>"}
 * @param source the path as given, or {@code "-"}
 * @param id     the file name without its extension, or {@code "stdin"}
 */
record InputName(String shown, String source, String id) {

    static final InputName STDIN = new InputName("<stdin>", "-", "stdin");

    /** @param shown the path as the user wrote it, or as found under a directory the user named */
    static InputName of(String shown, Path path) {
        Path fileName = path.getFileName();
        return new InputName(shown, shown, fileName == null ? shown : withoutExtension(fileName.toString()));
    }

    /** Where one line of this input is, for errors: "feed.jsonl:12". */
    String line(long number) {
        return shown + ":" + number;
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName; // ".profile" has no extension
    }
}
