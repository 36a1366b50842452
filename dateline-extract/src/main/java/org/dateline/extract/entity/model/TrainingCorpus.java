package org.dateline.extract.entity.model;

import java.util.List;
import java.util.Set;

/**
 * A corpus of {@code shared/data} the name model may learn from, and which part of it: its train split, or where it
 * has none, the portion its README proposes. Every test split is held out; evaluation-only corpora (polnear,
 * tempeval3_platinum, uner_en_pud) are not listed and cannot be named.
 *
 * @param name      the corpus folder ({@code <data>/<name>/<name>.jsonl})
 * @param splits    the splits trained on
 * @param namesOnly whether to drop mentions the corpus marks as not names (re3d annotates descriptions too)
 * @param news      whether its text is news (wire, Wikinews, government press releases)
 * @param lines     how many lines of each text are annotated (MEANTIME: the title, the date line and four
 *                  sentences, one per line); 0 when all of it is. Unannotated lines are not negative evidence.
 * @param license   license and attribution, for the model's manifest
 */
public record TrainingCorpus(String name, Set<String> splits, boolean namesOnly, boolean news, int lines, String license) {

    public TrainingCorpus {
        splits = Set.copyOf(splits);
    }

    /** Every corpus that may be trained on. */
    public static final List<TrainingCorpus> ALL = List.of(
            new TrainingCorpus("meantime", Set.of("dev"), false, true, 6,
                    "MEANTIME (Minard et al. 2016), CC BY 4.0, © FBK, VU Amsterdam, UPV/EHU; Wikinews texts CC BY 2.5"),
            new TrainingCorpus("re3d", Set.of("train"), true, true, 0,
                    "re3d (Dstl 2017): OGL v3, US-government public domain, CC BY 3.0 AU, CC BY-SA 3.0 (Wikipedia part), EC reuse notice"),
            new TrainingCorpus("gum", Set.of("train"), false, true, 0,
                    "GUM (Zeldes 2017): annotations CC BY 4.0; texts CC BY 2.5/4.0, CC BY-SA 3.0 (bio, voyage)"),
            new TrainingCorpus("wikigold", Set.of("dev"), false, false, 0,
                    "WikiGold (Balasuriya et al. 2009), CC BY 4.0"),
            new TrainingCorpus("redocred", Set.of("dev"), false, false, 0,
                    "Re-DocRED (Tan et al. 2022) / DocRED (Yao et al. 2019): annotations MIT; Wikipedia text CC BY-SA (share-alike)"),
            new TrainingCorpus("crossner", Set.of("train", "dev"), false, false, 0,
                    "CrossNER (Liu et al. 2021): annotations MIT; Wikipedia text CC BY-SA (share-alike)"),
            new TrainingCorpus("btc", Set.of("train"), false, false, 0,
                    "Broad Twitter Corpus (Derczynski et al. 2016), CC BY 4.0"),
            new TrainingCorpus("sec_filings", Set.of("train"), false, false, 0,
                    "SEC filings NER (Salinas Alvarado et al. 2015), CC BY 3.0"),
            new TrainingCorpus("litbank", Set.of("train"), false, false, 0,
                    "LitBank (Bamman et al. 2019, 2020), CC BY 4.0; Project Gutenberg texts public domain"),
            new TrainingCorpus("wnut17", Set.of("train"), false, false, 0,
                    "WNUT-17 (Derczynski et al. 2017), CC BY 4.0"));

    /**
     * The corpus of that name.
     *
     * @throws IllegalArgumentException when it is not a training corpus (evaluation-only, or unknown)
     */
    public static TrainingCorpus named(String name) {
        for (TrainingCorpus c : ALL) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a training corpus (evaluation-only or unknown); "
                + "trainable: " + String.join(",", ALL.stream().map(TrainingCorpus::name).toList()));
    }
}
