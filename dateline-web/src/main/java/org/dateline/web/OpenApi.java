package org.dateline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The API's OpenAPI 3 description, written by hand beside the routes ({@code org/dateline/web/openapi.json}). */
final class OpenApi {

    private static final String RESOURCE = "openapi.json";
    private static volatile String document;

    private OpenApi() {
    }

    static String document() {
        String d = document;
        if (d == null) {
            try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the OpenAPI document is missing from the classpath: " + RESOURCE);
                }
                d = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document = d;
        }
        return d;
    }
}
