package org.dateline.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.corpus.ArticleFacts.Alias;
import org.dateline.corpus.ArticleFacts.EntityFact;

/**
 * News agencies: who reports a story, not what it is about. "LONDON (Reuters) -" names Reuters in the lead of
 * every Reuters story, so an agency is never evidence that two articles are one story, nor context for a merge.
 * They are the agencies the corpus's datelines name, and the main wire agencies.
 */
public final class Agencies {

    private static final List<String> WIRES = List.of("Reuters", "Thomson Reuters", "AP", "Associated Press", "AFP",
            "Agence France-Presse", "Agence France Presse", "TASS", "ITAR-TASS", "Xinhua", "Xinhua News Agency", "RIA Novosti",
            "Interfax", "Sputnik", "Bloomberg", "Bloomberg News", "dpa", "Deutsche Presse-Agentur", "ANSA", "EFE", "UPI",
            "United Press International", "Kyodo", "Kyodo News", "Yonhap", "Anadolu Agency", "PTI", "Press Trust of India",
            "AAP", "Australian Associated Press", "ANI", "Europa Press", "Agencia EFE");

    private final Set<String> names = new HashSet<>();
    private final java.util.Map<String, Boolean> known = new java.util.HashMap<>();

    private Agencies() {
        for (String w : WIRES) {
            names.add(Names.normalize(w));
        }
    }

    private static final Set<String> WIRE_NAMES = WIRES.stream().map(Names::normalize).collect(java.util.stream.Collectors.toSet());

    /** Whether a name is one of the main wire agencies ("Reuters", "AP", "TASS"): a byline more than a subject. */
    public static boolean isWire(String name) {
        return name != null && WIRE_NAMES.contains(Names.normalize(name));
    }

    static Agencies of(List<ArticleFacts> articles) {
        Agencies out = new Agencies();
        for (ArticleFacts a : articles) {
            if (a.dateline() != null && a.dateline().agency() != null && !Names.normalize(a.dateline().agency()).isEmpty()) {
                out.names.add(Names.normalize(a.dateline().agency()));
            }
        }
        return out;
    }

    /** True when the entity is named as an agency, by its name or one of its names or acronyms. */
    boolean contains(EntityFact e) {
        if (e.name() != null && named(e.name())) {
            return true;
        }
        for (Alias a : e.aliases()) {
            if (Names.identifies(a.text(), a.kind()) && named(a.text())) {
                return true;
            }
        }
        return false;
    }

    private boolean named(String written) {
        Boolean out = known.get(written);
        if (out == null) {
            out = names.contains(Names.normalize(written));
            known.put(written, out);
        }
        return out;
    }

    /** True when the dossier is named as an agency. */
    boolean contains(Dossier d) {
        if (named(d.name())) {
            return true;
        }
        for (String a : d.aliases()) {
            if (named(a)) {
                return true;
            }
        }
        return false;
    }
}
