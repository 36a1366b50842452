package org.dateline.model;

/** Something odd about an article's text, returned with its extraction rather than thrown. */
public record Diagnostic(Severity severity, String message) {
    public enum Severity { INFO, WARNING }
}
