package org.dateline.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;
import org.dateline.model.MentionKind;

/** How names are compared across articles: one normal form, and the tests that decide what a name may match. */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String QUOTE_MARKS = "\"'“”„‘’«»`´";

    private Names() {
    }

    /**
     * The form names are compared in: lower case, without accents, quotation marks, dots, a leading "the",
     * with every other punctuation a single space ("U.S.-led coalition" and "US-led coalition" are both
     * "us led coalition"; "the Netherlands" is "netherlands"; "“Islamic state”" is "islamic state").
     */
    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '.' || QUOTE_MARKS.indexOf(c) >= 0) {
                continue; // "U.S." is "us", "“Islamic state”" is "islamic state"
            }
            if (Character.isLetterOrDigit(c)) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.appendCodePoint(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return sb.length() > 4 && sb.indexOf("the ") == 0 ? sb.substring(4) : sb.toString();
    }

    /** The words of a normalized name. */
    static List<String> tokens(String normalized) {
        List<String> out = new ArrayList<>();
        for (String t : normalized.split(" ")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * True when a written name may identify its entity across articles. Descriptions ("the Minister", "Italian
     * counterpart"), pronouns, demonyms ("Italian" is not Italy everywhere) and metonyms ("Moscow" stands for
     * Russia in one sentence, not in the corpus) may not; neither may an "acronym" written in lower case ("is"
     * read as IS), nor a name of one character or one written wholly in lower case ("coalition").
     */
    static boolean identifies(String written, MentionKind kind) {
        if (written == null || kind == null) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < written.length() && letters < 2; i++) {
            if (Character.isLetterOrDigit(written.charAt(i))) {
                letters++;
            }
        }
        if (letters < 2) {
            return false;
        }
        return switch (kind) {
            case NAME -> hasUpperOrDigit(written);
            case ACRONYM -> isUpperAcronym(written);
            default -> false;
        };
    }

    /** "ISIS", "U.S.", "UAE": at least two letters, every letter upper case. */
    static boolean isUpperAcronym(String written) {
        int letters = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean hasUpperOrDigit(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Entity types that may be one thing across articles: a person is only a person; a place and the
     * nationality named after it are one (an article that only writes "Italian" files Italy under NORP);
     * organizations and other names (MISC) are one, since taggers disagree on them.
     */
    static char group(EntityType type) {
        if (type == null) {
            return 'O';
        }
        return switch (type) {
            case PERSON -> 'P';
            case LOCATION, NORP -> 'L';
            case ORGANIZATION, MISC -> 'O';
        };
    }

    /** A readable, URL-safe identifier from a name: "Sergey Lavrov" is "sergey-lavrov". */
    static String slug(String name) {
        String s = normalize(name).replace(' ', '-');
        if (s.length() > 60) {
            s = s.substring(0, 60);
            int dash = s.lastIndexOf('-');
            if (dash > 20) {
                s = s.substring(0, dash);
            }
        }
        return s.isEmpty() ? "entity" : s;
    }

    /** True when a written name looks like an acronym rather than a name with words. */
    static boolean looksLikeAcronym(String written) {
        return isUpperAcronym(written) && !written.contains(" ");
    }
}
