package org.dateline.extract.segment;

import java.util.Locale;
import java.util.Set;

/**
 * Words whose following period belongs to them ("Mr.", "Sept.", "Inc."): the tokenizer keeps that period in the
 * word's token, and the sentence splitter does not end a sentence there. Matching is case-sensitive so that
 * "no." and "ill." still end sentences; an all-caps word is looked up in title case, for datelines such as
 * "ST. PETERSBURG".
 */
final class Abbreviations {

    /** Titles, months, company and place abbreviations, and lower-case Latin ones, always followed by a period. */
    private static final Set<String> ALWAYS = Set.of(
            // titles and ranks
            "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Rev", "Hon", "Sr", "Jr", "Sen", "Rep",
            "Gov", "Pres", "Amb", "Atty", "Supt", "Insp", "Det", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr",
            "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Fr",
            // places
            "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd",
            // months as wire services abbreviate them (full names never take a period)
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            // companies
            "Inc", "Corp", "Ltd", "Co", "Bros",
            // U.S. states in AP style
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
            "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
            "Va", "Vt", "Wash", "Wis", "Wyo",
            // lower-case
            "vs", "v", "etc", "approx", "incl", "est", "ca", "cf", "al", "viz", "esp");

    /** Abbreviations only before a number ("No. 10", "Art. 5"): otherwise "No." is a word ending a sentence. */
    private static final Set<String> BEFORE_NUMBER = Set.of("No", "Nos", "Art", "Vol", "Fig", "Para", "Sec", "Ch", "pp");

    private Abbreviations() {
    }

    /**
     * Whether the period right after {@code text[start, end)} belongs to that word.
     *
     * @param next the first non-space character after the period, or 0 at the end of the text
     */
    static boolean takesPeriod(String text, int start, int end, char next) {
        int length = end - start;
        if (length == 1 && Character.isUpperCase(text.charAt(start))) {
            return true; // an initial: "J. Smith", "George W. Bush"
        }
        if (length > 8) {
            return false;
        }
        String word = text.substring(start, end);
        if (ALWAYS.contains(word) || (Character.isDigit(next) && BEFORE_NUMBER.contains(word))) {
            return true;
        }
        if (length > 1 && isAllUpperCase(word)) {
            String titled = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
            return ALWAYS.contains(titled) || (Character.isDigit(next) && BEFORE_NUMBER.contains(titled));
        }
        return false;
    }

    private static boolean isAllUpperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
