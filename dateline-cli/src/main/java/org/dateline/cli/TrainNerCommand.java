package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import opennlp.tools.util.Version;
import org.dateline.eval.NerCorpusReader;
import org.dateline.eval.NerDocument;
import org.dateline.extract.entity.model.NameFeatures;
import org.dateline.extract.entity.model.NameModelTrainer;
import org.dateline.extract.entity.model.TrainingCorpus;
import org.dateline.extract.entity.perceptron.PerceptronTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dateline train-ner}: trains the statistical name model from the openly licensed corpora of
 * {@code shared/data}, with the settings of the shipped model unless told otherwise, and writes the model and a
 * manifest ({@code NAME.properties}: corpora, splits, counts, settings, date, OpenNLP version) beside it.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Trains the statistical name tagger (the averaged perceptron, or the OpenNLP baseline) on the training splits of shared/data.",
                "Test splits and evaluation-only corpora are never read."})
final class TrainNerCommand implements Callable<Integer> {

    /** The corpora of the shipped model, with their weights (copies). */
    static final String STANDARD_CORPORA = "re3d:2,gum:2,wikigold,redocred,crossner,btc,sec_filings,litbank,wnut17";

    @Spec
    CommandSpec spec;

    enum Kind { perceptron, opennlp }

    @Option(names = "--tagger", description = "perceptron (the shipped tagger) or opennlp (the baseline it is measured against). Default: ${DEFAULT-VALUE}.")
    Kind kind = Kind.perceptron;

    @Option(names = "--calibrate", paramLabel = "LIST", description = "perceptron: corpora whose dev split calibrates the confidence (never one trained on). Default: ${DEFAULT-VALUE}.")
    String calibrate = PerceptronTrainer.STANDARD_CALIBRATION;

    @Option(names = "--epochs", paramLabel = "N", description = "perceptron: passes over the training sentences. Default: the shipped model's.")
    Integer epochs;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The shared/data folder.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model (.perceptron, or .bin for opennlp).")
    Path out;

    @Option(names = "--corpora", paramLabel = "LIST", description = "Corpora, comma-separated, each optionally with a weight (name:copies). Default: ${DEFAULT-VALUE}.")
    String corpora = STANDARD_CORPORA;

    @Option(names = "--iterations", paramLabel = "N", description = "Training iterations. Default: the shipped model's.")
    Integer iterations;

    @Option(names = "--cutoff", paramLabel = "N", description = "Feature count cutoff. Default: the shipped model's.")
    Integer cutoff;

    @Option(names = "--features", paramLabel = "SET", description = "default, affixes, affixes-pattern, affixes-trigrams. Default: the shipped model's.")
    String features;

    @Option(names = "--algorithm", paramLabel = "NAME", description = "PERCEPTRON or MAXENT. Default: the shipped model's.")
    String algorithm;

    @Option(names = "--codec", paramLabel = "NAME", description = "bio or bilou. Default: the shipped model's.")
    String codec;

    @Option(names = "--sample", paramLabel = "FRACTION", description = "Train on this fraction of each corpus's documents (for quick experiments). Default: 1.")
    double sample = 1.0;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        NameModelTrainer.Options std = NameModelTrainer.Options.standard();
        NameModelTrainer.Options options = new NameModelTrainer.Options(
                algorithm == null ? std.algorithm() : algorithm.toUpperCase(Locale.ROOT),
                iterations == null ? std.iterations() : iterations,
                cutoff == null ? std.cutoff() : cutoff,
                features == null ? std.features() : NameFeatures.ofLabel(features),
                codec == null ? std.codec() : codec, std.threads());
        if (kind == Kind.perceptron) {
            return trainPerceptron(o);
        }
        NerCorpusReader reader = new NerCorpusReader();
        List<NameModelTrainer.Corpus> chosen = new ArrayList<>();
        List<TrainingCorpus> used = new ArrayList<>();
        for (String item : corpora.split(",")) {
            String[] nameAndCopies = item.strip().split(":");
            TrainingCorpus c = TrainingCorpus.named(nameAndCopies[0]);
            int copies = nameAndCopies.length > 1 ? Integer.parseInt(nameAndCopies[1]) : 1;
            List<NerDocument> docs = reader.read(data.resolve(c.name()).resolve(c.name() + ".jsonl"), c.splits());
            if (sample < 1.0) {
                Random random = new Random(42);
                docs = docs.stream().filter(d -> random.nextDouble() < sample).toList();
            }
            List<NameModelTrainer.Document> training = new ArrayList<>();
            for (NerDocument d : docs) {
                NerDocument g = (c.namesOnly() ? d.namesOnly() : d).firstLines(c.lines());
                training.add(new NameModelTrainer.Document(g.id(), g.text(), g.mentions().stream()
                        .map(m -> new NameModelTrainer.Name(m.start(), m.end(), m.type())).toList()));
            }
            chosen.add(new NameModelTrainer.Corpus(c.name(), training, copies));
            used.add(c);
        }
        o.printf("training    %s, %s%n", corpora, options);
        o.flush();
        NameModelTrainer.Result r = new NameModelTrainer().train(chosen, options);
        r.write(out);
        long bytes;
        try {
            bytes = Files.size(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (NameModelTrainer.CorpusStats s : r.stats()) {
            o.printf("corpus      %-12s %5d documents %6d sentences %7d tokens %6d names, %d dropped (not on token boundaries or overlapping)%s%n",
                    s.corpus(), s.documents(), s.sentences(), s.tokens(), s.names(), s.dropped(),
                    s.droppedExamples().isEmpty() ? "" : ", e.g. " + String.join("; ", s.droppedExamples().subList(0, Math.min(4, s.droppedExamples().size()))));
        }
        o.printf("trained     in %.0f s; %s, %.1f MB%n", r.seconds(), out, bytes / 1e6);
        writeManifest(manifestOf(out), r, used, bytes);
        o.flush();
        return 0;
    }

    /** The shipped tagger: the averaged perceptron of org.dateline.extract.entity.perceptron. */
    private Integer trainPerceptron(PrintWriter o) {
        PerceptronTrainer.Options std = PerceptronTrainer.Options.standard();
        PerceptronTrainer.Options options = new PerceptronTrainer.Options(epochs == null ? std.epochs() : epochs, std.bits(), std.seed());
        List<NameModelTrainer.Corpus> chosen = new ArrayList<>();
        for (String item : corpora.split(",")) {
            String[] nameAndCopies = item.strip().split(":");
            TrainingCorpus c = TrainingCorpus.named(nameAndCopies[0]);
            int copies = nameAndCopies.length > 1 ? Integer.parseInt(nameAndCopies[1]) : 1;
            chosen.add(new NameModelTrainer.Corpus(c.name(), documents(c, c.splits()), copies));
        }
        List<NameModelTrainer.Document> held = new ArrayList<>();
        for (String name : calibrate.isBlank() ? new String[0] : calibrate.split(",")) {
            TrainingCorpus c = TrainingCorpus.named(name.strip());
            if (c.splits().contains("dev")) {
                throw new IllegalArgumentException("the dev split of " + c.name() + " is trained on; it cannot calibrate");
            }
            held.addAll(documents(c, java.util.Set.of("dev")));
        }
        o.printf("training    perceptron on %s, calibrated on %s dev, %s%n", corpora, calibrate, options);
        o.flush();
        PerceptronTrainer.Result r = new PerceptronTrainer().train(chosen, held, options);
        r.model().write(out);
        for (NameModelTrainer.CorpusStats s : r.stats()) {
            o.printf("corpus      %-12s %5d documents %6d sentences %7d tokens %6d names, %d dropped%n",
                    s.corpus(), s.documents(), s.sentences(), s.tokens(), s.names(), s.dropped());
        }
        try {
            o.printf("trained     in %.0f s; %s, %.1f MB%n", r.seconds(), out, Files.size(out) / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        o.flush();
        return 0;
    }

    /** The documents of a corpus's splits, as the trainers take them (names only, annotated lines only). */
    private List<NameModelTrainer.Document> documents(TrainingCorpus c, java.util.Set<String> splits) {
        List<NameModelTrainer.Document> out = new ArrayList<>();
        for (NerDocument d : new NerCorpusReader().read(data.resolve(c.name()).resolve(c.name() + ".jsonl"), splits)) {
            NerDocument g = (c.namesOnly() ? d.namesOnly() : d).firstLines(c.lines());
            out.add(new NameModelTrainer.Document(g.id(), g.text(), g.mentions().stream()
                    .map(m -> new NameModelTrainer.Name(m.start(), m.end(), m.type())).toList()));
        }
        return out;
    }

    static Path manifestOf(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".properties");
    }

    private void writeManifest(Path file, NameModelTrainer.Result r, List<TrainingCorpus> used, long bytes) {
        StringBuilder b = new StringBuilder();
        b.append("# Written by: ./dateline train-ner (org.dateline.cli.TrainNerCommand). Scores and notes: ner-en.md\n");
        b.append("model.file=").append(out.getFileName()).append('\n');
        b.append("model.bytes=").append(bytes).append('\n');
        b.append("trained.date=").append(LocalDate.now()).append('\n');
        b.append("trained.seconds=").append(Math.round(r.seconds())).append('\n');
        b.append("opennlp.version=").append(Version.currentVersion()).append('\n');
        b.append("command=./dateline train-ner --data DATA --out ").append(out.getFileName()).append(" --corpora ").append(corpora);
        if (sample < 1.0) {
            b.append(" --sample ").append(sample);
        }
        b.append('\n');
        NameModelTrainer.Options op = r.options();
        b.append("algorithm=").append(op.algorithm()).append('\n');
        b.append("iterations=").append(op.iterations()).append('\n');
        b.append("cutoff=").append(op.cutoff()).append('\n');
        b.append("features=").append(op.features().label()).append('\n');
        b.append("codec=").append(op.codec()).append('\n');
        for (int i = 0; i < used.size(); i++) {
            TrainingCorpus c = used.get(i);
            NameModelTrainer.CorpusStats s = r.stats().get(i);
            String k = "corpus." + c.name() + ".";
            b.append(k).append("splits=").append(String.join(",", new java.util.TreeSet<>(c.splits()))).append('\n');
            b.append(k).append("copies=").append(corpora.contains(c.name() + ":") ? corpora.replaceAll(".*" + c.name() + ":(\\d+).*", "$1") : "1").append('\n');
            b.append(k).append("counts=").append(s.documents()).append(" documents, ").append(s.sentences()).append(" sentences, ")
                    .append(s.tokens()).append(" tokens, ").append(s.names()).append(" names, ").append(s.dropped()).append(" dropped\n");
            b.append(k).append("license=").append(c.license()).append('\n');
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
