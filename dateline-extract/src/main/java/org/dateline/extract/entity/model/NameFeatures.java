package org.dateline.extract.entity.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The feature generator descriptors the name model can be trained with (OpenNLP's XML format; the chosen one is
 * stored inside the model, so the tagger needs nothing else). Compared on dev splits: see the model's README.
 */
public enum NameFeatures {

    /** OpenNLP's default: token and token class in a window of two, previous decision, bigrams, sentence start. */
    DEFAULT(""),
    /** The default plus prefixes and suffixes of up to four characters of the current token. */
    AFFIXES("""
              <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"><int name="length">4</int></generator>
              <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"><int name="length">4</int></generator>
            """),
    /** Affixes plus the token pattern of the current token (capitalisation and shape of every word of it). */
    AFFIXES_PATTERN("""
              <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"><int name="length">4</int></generator>
              <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"><int name="length">4</int></generator>
              <generator class="opennlp.tools.util.featuregen.TokenPatternFeatureGeneratorFactory"/>
            """),
    /** Affixes plus trigrams of token and class around the current token. */
    AFFIXES_TRIGRAMS("""
              <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"><int name="length">4</int></generator>
              <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"><int name="length">4</int></generator>
              <generator class="opennlp.tools.util.featuregen.TrigramNameFeatureGeneratorFactory"/>
            """);

    private final String extra;

    NameFeatures(String extra) {
        this.extra = extra;
    }

    /** The descriptor as OpenNLP reads it. */
    public byte[] descriptor() {
        String xml = """
                <featureGenerators cache="true" name="nameFinder">
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                      <bool name="lowercase">true</bool>
                    </generator>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                    <bool name="begin">true</bool>
                    <bool name="end">false</bool>
                  </generator>
                """ + extra + "</featureGenerators>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The name used on the command line and in the manifest ("affixes-pattern"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The feature set of a command-line label. */
    public static NameFeatures ofLabel(String label) {
        for (NameFeatures f : values()) {
            if (f.label().equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature set '" + label + "' (known: default, affixes, affixes-pattern, affixes-trigrams)");
    }
}
