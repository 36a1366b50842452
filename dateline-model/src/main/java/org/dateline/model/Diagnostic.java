package org.dateline.model;

/** Something odd about an article's text, returned with its extraction rather than thrown. */
public record Diagnostic(Severity severity, String message) {
    /** ERROR: a layer of the extraction failed on this article; what it holds is what the other layers found. */
    public enum Severity { INFO, WARNING, ERROR }
}
