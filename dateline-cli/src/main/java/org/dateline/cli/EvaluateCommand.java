package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.eval.MentionScorer;
import org.dateline.eval.NerCorpusReader;
import org.dateline.eval.NerDocument;
import org.dateline.eval.Tally;
import org.dateline.extract.Extractor;
import org.dateline.extract.entity.EntityTaggers;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.entity.NameTagger;
import org.dateline.extract.entity.gazetteer.GazetteerTagger;
import org.dateline.extract.entity.model.StatisticalNameTagger;
import org.dateline.extract.entity.perceptron.PerceptronNameTagger;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Extraction;
import org.dateline.model.Field;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dateline evaluate}: name mentions against a uniform JSON Lines corpus of {@code shared/data}, scored by
 * exact span and type per type (as {@code shared/eval/score_spans.py} does), in-process.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores name mentions against a gold corpus (uniform JSON Lines): exact span and type, per type.",
                "The tagger reads each document's text (no title); prints P/R/F1 per type and a summary line."})
final class EvaluateCommand implements Callable<Integer> {

    /** Mentions that are names; demonyms, descriptions and pronouns are not what NER corpora annotate. */
    private static final Set<MentionKind> NAME_KINDS = Set.of(MentionKind.NAME, MentionKind.ACRONYM, MentionKind.METONYM);

    enum Tagger { model, opennlp, gazetteer, pipeline }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD.jsonl", description = "A uniform JSON Lines corpus (split.json beside it, or a \"split\" field per line).")
    Path gold;

    @Option(names = "--split", paramLabel = "SPLIT", description = "Only the documents of this split (dev, test, ...). Default: all.")
    String split;

    @Option(names = "--tagger", description = "model (the shipped statistical tagger, an averaged perceptron, alone), opennlp (the OpenNLP "
            + "baseline alone), gazetteer (the gazetteer alone) or pipeline (the extractor's name mentions: gazetteer, model, "
            + "institutions, grouping). Default: ${DEFAULT-VALUE}.")
    Tagger tagger = Tagger.model;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file to measure instead of the shipped one: a .perceptron (--tagger model or pipeline) or an OpenNLP .bin (--tagger opennlp).")
    Path modelFile;

    @Option(names = "--names-only", description = "Drop gold mentions the corpus marks as not names (re3d's descriptions and pronouns).")
    boolean namesOnly;

    @Option(names = "--annotated-lines", paramLabel = "N",
            description = "Score only names in the first N lines of each text, where the corpus annotates only those (MEANTIME: 6, the title, the date line and four sentences).")
    int annotatedLines;

    @Option(names = "--verbose", description = "Print every miss and false alarm.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<NerDocument> docs = new NerCorpusReader().read(gold, split == null ? Set.of() : Set.of(split));
        if (namesOnly) {
            docs = docs.stream().map(NerDocument::namesOnly).toList();
        }
        if (modelFile != null && tagger == Tagger.gazetteer) {
            throw new IllegalArgumentException("--model applies to --tagger model, opennlp or pipeline");
        }
        Map<String, List<MentionScorer.Prediction>> predictions = new HashMap<>();
        long t0 = System.nanoTime();
        int sentences = 0;
        String what;
        if (tagger != Tagger.pipeline) {
            NameTagger model;
            if (tagger == Tagger.model) {
                PerceptronNameTagger perceptron = modelFile == null ? PerceptronNameTagger.standard() : PerceptronNameTagger.load(modelFile);
                model = perceptron;
                what = "model (" + perceptron.origin() + ")";
            } else if (tagger == Tagger.opennlp) {
                StatisticalNameTagger statistical = modelFile == null ? StatisticalNameTagger.standard() : StatisticalNameTagger.load(modelFile);
                model = statistical;
                what = "opennlp (" + statistical.origin() + ")";
            } else {
                model = GazetteerTagger.load();
                what = "gazetteer";
            }
            Segmenter segmenter = new Segmenter();
            t0 = System.nanoTime(); // loading the model is not tagging
            for (NerDocument d : docs) {
                List<Sentence> s = segmenter.segment(d.text(), Field.BODY).sentences();
                sentences += s.size();
                List<MentionScorer.Prediction> p = new ArrayList<>();
                for (NameSpan n : model.tag(d.text(), Field.BODY, s)) {
                    // CoNLL-style corpora file nationality adjectives under MISC.
                    EntityType type = n.type() == EntityType.NORP ? EntityType.MISC : n.type();
                    p.add(new MentionScorer.Prediction(n.span().start(), n.span().end(), type));
                }
                predictions.put(d.id(), p);
            }
        } else {
            what = "pipeline (entity mentions of the extractor)";
            Extractor extractor = modelFile == null ? new Extractor()
                    : new Extractor(EntityTaggers.standardWith(PerceptronNameTagger.load(modelFile)));
            for (NerDocument d : docs) {
                Extraction x = extractor.extract(new Article(d.id(), "", d.text(), date(d.dct()), null, null, Map.of()));
                sentences += x.sentences().size();
                List<MentionScorer.Prediction> p = new ArrayList<>();
                for (Entity e : x.entities()) {
                    for (Mention m : e.mentions()) {
                        if (m.span().field() == Field.BODY && NAME_KINDS.contains(m.kind())) {
                            p.add(new MentionScorer.Prediction(m.span().start(), m.span().end(), e.type()));
                        }
                    }
                }
                predictions.put(d.id(), p);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (annotatedLines > 0) {
            for (NerDocument d : docs) {
                int limit = d.endOfLines(annotatedLines);
                predictions.get(d.id()).removeIf(p -> p.end() > limit);
            }
        }
        MentionScorer.Report r = new MentionScorer().score(docs, predictions);
        if (verbose) {
            r.notes().forEach(out::println);
        }
        out.printf("gold        %s%s, %d documents, %d sentences%n", gold, split == null ? "" : " (split " + split + ")",
                r.documents(), sentences);
        out.printf("tagger      %s: %.1f s, %.0f sentences/s%n", what, seconds, sentences / Math.max(seconds, 1e-9));
        for (EntityType t : EntityType.values()) {
            Tally v = r.byType().get(t);
            if (v != null) {
                out.println(v.row(t.name()));
            }
        }
        out.println(r.micro().row("PER+ORG+LOC"));
        Tally misc = r.byType().get(EntityType.MISC);
        out.printf("summary: entity_f1=%.3f per=%.3f org=%.3f loc=%.3f misc=%s%n", r.micro().f1(),
                r.byType().get(EntityType.PERSON).f1(), r.byType().get(EntityType.ORGANIZATION).f1(),
                r.byType().get(EntityType.LOCATION).f1(), misc == null ? "n/a" : String.format("%.3f", misc.f1()));
        out.flush();
        return 0;
    }

    /** A gold document's creation date as the article's publication date; a partial one ("2015-12") is none. */
    static LocalDate date(String dct) {
        try {
            return dct == null ? null : LocalDate.parse(dct);
        } catch (DateTimeParseException e) {
            return null; // a partial creation date ("2015-12") leaves the date to the text
        }
    }
}
