package org.dateline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.dateline.model.Field;
import org.dateline.model.Paragraph;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterTest {

    private static final Segmenter SEGMENTER = new Segmenter();

    /** Segments and checks the invariants, as every test here does. */
    private static Segmentation segment(String text) {
        Segmentation s = SEGMENTER.segment(text, Field.BODY);
        SegmentationInvariants.check(text, Field.BODY, s);
        return s;
    }

    private static List<String> sentences(String text) {
        return segment(text).sentences().stream().map(s -> s.span().coveredText(text)).collect(Collectors.toList());
    }

    private static String tokens(String text) {
        return segment(text).sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text)
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            # plain boundaries
            He left. She stayed.                                 => He left. || She stayed.
            Did he go? Yes! He did.                              => Did he go? || Yes! || He did.
            He waited… Then he left.                             => He waited… || Then he left.
            He waited... Then he left.                           => He waited... || Then he left.
            It fell 3%. 12 people died.                          => It fell 3%. || 12 people died.
            It ended in 2014. The war went on.                   => It ended in 2014. || The war went on.
            no capital. lower case goes on.                      => no capital. lower case goes on.
            # titles and ranks
            Mr. Smith arrived. He spoke.                         => Mr. Smith arrived. || He spoke.
            Mrs. Jones and Dr. Brown met.                        => Mrs. Jones and Dr. Brown met.
            Gen. Lt. Col. Sen. Rep. Gov. Prof. all came.         => Gen. Lt. Col. Sen. Rep. Gov. Prof. all came.
            They met Gov. Abbott and Sen. Cruz. Both spoke.      => They met Gov. Abbott and Sen. Cruz. || Both spoke.
            He lives on St. Mark street near Mt. Etna.           => He lives on St. Mark street near Mt. Etna.
            # months and numbering
            It began on Sept. 4 and ended Dec. 9. Talks resumed. => It began on Sept. 4 and ended Dec. 9. || Talks resumed.
            Jan. Feb. Aug. Oct. Nov. 5 were cited.               => Jan. Feb. Aug. Oct. Nov. 5 were cited.
            He lives at No. 10 Downing Street.                   => He lives at No. 10 Downing Street.
            He said no. Then he left.                            => He said no. || Then he left.
            Resolution No. 2249 was adopted. It passed.          => Resolution No. 2249 was adopted. || It passed.
            # companies, Latin, approximations
            Apple Inc. said profit rose. Shares fell.            => Apple Inc. said profit rose. || Shares fell.
            He joined Acme Corp. The firm grew.                  => He joined Acme Corp. || The firm grew.
            Ltd. and Co. are suffixes.                           => Ltd. and Co. are suffixes.
            Russia vs. Ukraine was on. It ended.                 => Russia vs. Ukraine was on. || It ended.
            Tanks, guns, etc. were shown. Troops marched.        => Tanks, guns, etc. were shown. || Troops marched.
            It costs approx. 5 dollars. Cheap.                   => It costs approx. 5 dollars. || Cheap.
            (banned in Russia – approx.TASS) – the situation.    => (banned in Russia – approx.TASS) – the situation.
            # acronyms with periods
            The U.S. Army and U.N. troops left. They returned.   => The U.S. Army and U.N. troops left. || They returned.
            The U.K. and the E.U. agreed.                        => The U.K. and the E.U. agreed.
            He flew to Washington, D.C. He landed.               => He flew to Washington, D.C. || He landed.
            Washington, D.C. officials and U.N. staff met.       => Washington, D.C. officials and U.N. staff met.
            Troops left the U.S. The war ended.                  => Troops left the U.S. || The war ended.
            Did they leave the U.S.? Nobody knows.               => Did they leave the U.S.? || Nobody knows.
            He works at Acme Inc.” The firm grew.                => He works at Acme Inc.” || The firm grew.
            The U.S.-led coalition struck. Nobody died.          => The U.S.-led coalition struck. || Nobody died.
            At 5 p.m. Moscow time it ended.                      => At 5 p.m. Moscow time it ended.
            It ended at 5 p.m. The talks resume today.           => It ended at 5 p.m. || The talks resume today.
            # initials
            J. Smith and George W. Bush met.                     => J. Smith and George W. Bush met.
            He met J. R. R. Tolkien. He was pleased.             => He met J. R. R. Tolkien. || He was pleased.
            That was World War I. The next came later.           => That was World War I. || The next came later.
            # numbers
            Growth was 3.5 percent. It was 1.2 million.          => Growth was 3.5 percent. || It was 1.2 million.
            It cost $1,000.50 in total. Fine.                    => It cost $1,000.50 in total. || Fine.
            # datelines
            ROME, 11 December. Lavrov about the coalition.       => ROME, 11 December. || Lavrov about the coalition.
            MOSCOW, December 9 /TASS/. Russia said so.           => MOSCOW, December 9 /TASS/. || Russia said so.
            ST. PETERSBURG, June 5 /TASS/ - The forum opened.    => ST. PETERSBURG, June 5 /TASS/ - The forum opened.
            WASHINGTON, D.C., Sept. 4 — Officials said so.       => WASHINGTON, D.C., Sept. 4 — Officials said so.
            # quotes and brackets
            “We agree,” he said. “It works.”                     => “We agree,” he said. || “It works.”
            He said: “It works.” Then he left.                   => He said: “It works.” || Then he left.
            "Why?" he asked.                                     => "Why?" he asked.
            "Why?" He asked again.                               => "Why?" || He asked again.
            He was there (in Rome.) Then he left.                => He was there (in Rome.) || Then he left.
            He said it. (He did.) Then left.                     => He said it. || (He did.) || Then left.
            « C'est fini. » Il part.                             => « C'est fini. » Il part.
            It was over. «Fin» they said.                        => It was over. || «Fin» they said.
            It was over. ‘Fine’ they said.                       => It was over. || ‘Fine’ they said.
            # dashes inside quotes
            “We regard it as a partner, – said the Minister. – For it to work, law matters”. => “We regard it as a partner, – said the Minister. || – For it to work, law matters”.
            “It is unclear – said Lavrov. – However, it is real”. => “It is unclear – said Lavrov. || – However, it is real”.
            of “Islamic state)”. “And, I think, it matters”.  => of “Islamic state)”. || “And, I think, it matters”.
            # no space after a period
            It ended.The talks resumed.                          => It ended.The talks resumed.
            See tass.com for more. Or not.                       => See tass.com for more. || Or not.
            """)
    void splitsSentences(String text, String expected) {
        assertThat(sentences(text)).containsExactly(expected.split(" \\|\\| "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            # words with apostrophes and hyphens
            Bashar al-Assad                     => Bashar al-Assad
            don't won’t Lavrov’s O'Brien        => don't won’t Lavrov’s O'Brien
            anti-terrorist F-16 9-year-old      => anti-terrorist F-16 9-year-old
            pre- and post-war                   => pre - and post-war
            # acronyms
            U.S. U.N. U.K. E.U. D.C. a.m.       => U.S. U.N. U.K. E.U. D.C. a.m.
            the U.S.-led coalition              => the U.S. - led coalition
            U.S.A. and U.S.                     => U.S.A. and U.S.
            # abbreviations keep their period
            Mr. Dr. Gen. Sept. Inc. vs. etc.    => Mr. Dr. Gen. Sept. Inc. vs. etc.
            approx.TASS)                        => approx. TASS )
            ST. PETERSBURG                      => ST. PETERSBURG
            George W. Bush                      => George W. Bush
            No. 10 but no.                      => No. 10 but no .
            He said No. Fine                    => He said No . Fine
            # numbers
            3.5 1,000 1,000.50 1.2 million      => 3.5 1,000 1,000.50 1.2 million
            10-11 December                      => 10 - 11 December
            4-5 September 2014                  => 4 - 5 September 2014
            2014. Then                          => 2014 . Then
            $5 3.5% 5th 3.5bn                   => $ 5 3.5 % 5th 3.5bn
            # punctuation, quotes, dashes
            (ISIS) – an                         => ( ISIS ) – an
            “Islamic state”                     => “ Islamic state ”
            "quoted" 'single' ‘curly’ «guill» „low“ => " quoted " ' single ' ‘ curly ’ « guill » „ low “
            a – b — c - d -- e                  => a – b — c - d -- e
            wait... really?! yes…               => wait ... really ? ! yes …
            /TASS/.                             => / TASS / .
            the boys' toys                      => the boys ' toys
            'Tis                                => ' Tis
            """)
    void tokenizes(String text, String expected) {
        assertThat(tokens(text)).isEqualTo(expected);
    }

    @Test
    void paragraphsAtBlankLinesAndSingleLineBreaks() {
        String text = "  First line.\nSecond line.\r\n\r\n\n   Third.  \n\u00A0\u200B\nFourth\u2029Fifth";
        Segmentation s = segment(text);
        assertThat(s.paragraphs()).extracting(p -> p.span().coveredText(text))
                .containsExactly("First line.", "Second line.", "Third.", "Fourth", "Fifth");
        assertThat(s.sentences()).extracting(p -> p.span().coveredText(text))
                .containsExactly("First line.", "Second line.", "Third.", "Fourth", "Fifth");
    }

    @Test
    void sentencesNeverCrossAParagraph() {
        String text = "He said the U.S.\nThe next line is another paragraph\nand so is this one";
        assertThat(sentences(text)).containsExactly("He said the U.S.", "The next line is another paragraph",
                "and so is this one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", " \t\r\n\u00A0\u2028 ", "\uFEFF\u200B"})
    void blankTextHasNothing(String text) {
        Segmentation s = segment(text);
        assertThat(s.paragraphs()).isEmpty();
        assertThat(s.sentences()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "...", "?!", "–", "“”", "U.", "U.S", "U.S.", "a.", "Mr.", "-", "--", "'", "’s",
            "1,", "1.", ".5", "3..5", "A.B.C", "\uD83D\uDE00 emoji \uD83D\uDE00.", "\uD800 lone surrogate",
            "cafe\u0301 na\u00EFve", "inter\u00ADnational", "x\u0000y"})
    void oddTextKeepsTheInvariants(String text) {
        segment(text);
    }

    @Test
    void offsetsPointIntoTheWholeText() {
        String text = "Intro line\n  Mr. Smith left. He said “no.”";
        Segmentation s = segment(text);
        Sentence second = s.sentences().get(1);
        assertThat(second.span().start()).isEqualTo(13);
        assertThat(second.tokens()).extracting(Token::text).containsExactly("Mr.", "Smith", "left", ".");
        assertThat(s.sentences().get(2).tokens()).extracting(Token::text)
                .containsExactly("He", "said", "“", "no", ".", "”");
    }

    @Test
    void titleFieldSpans() {
        String title = "Lavrov will discuss on 10-11 December in Rome the fight against ISIS";
        Segmentation s = SEGMENTER.segment(title, Field.TITLE);
        SegmentationInvariants.check(title, Field.TITLE, s);
        assertThat(s.paragraphs()).extracting(Paragraph::span).allMatch(span -> span.field() == Field.TITLE);
        assertThat(s.sentences()).hasSize(1);
    }

    @Test
    void randomTextKeepsTheInvariants() {
        String[] pieces = {"a", "B", "U", "S", "1", "9", ".", ".", ",", "-", "--", "–", "—", "'", "’", "\"", "“", "”",
            "«", "»", "(", ")", "?", "!", "…", " ", " ", " ", "\n", "\r\n", "\u00A0", "Mr", "U.S.", "approx",
            "No", "3.5", "\u00AD", "\u0301", "\uD83D\uDE00", "\t"};
        Random random = new Random(20151211);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            segment(text.toString());
        }
    }

    @Test
    void longPathologicalInputsAreSegmentedWhole() {
        String[] inputs = {".".repeat(200_000), "A.".repeat(100_000), "-".repeat(200_000),
            "a-".repeat(100_000), "1,".repeat(100_000), "Mr. ".repeat(50_000), "x ".repeat(100_000) + ".",
            "No.".repeat(60_000), "'a".repeat(100_000)};
        // Speed is the benchmark's business; this only checks such inputs go through intact.
        for (String text : inputs) {
            Segmentation s = SEGMENTER.segment(text, Field.BODY);
            assertThat(s.paragraphs()).hasSize(1);
        }
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        String text = String.join("\n", Arrays.asList(
                "ROME, 11 December. Lavrov about the coalition of the U.S.: ready for dialogue.",
                "“We are still talking about coordination,” he said. Mr. Smith agreed.",
                "The IG was banned on 15 October 2006 by 3.5 million people – approx.TASS."));
        Segmentation expected = SEGMENTER.segment(text, Field.BODY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Segmentation>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> SEGMENTER.segment(text, Field.BODY)));
            }
            for (Future<Segmentation> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> SEGMENTER.segment(null, Field.BODY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> SEGMENTER.segment("x", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field");
    }
}
