package org.dateline.extract.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dateline.model.Dateline;
import org.dateline.model.Field;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    private static final DatelineParser PARSER = new DatelineParser();

    /** Parses and checks what must hold for every dateline. */
    private static Optional<Dateline> parse(String body) {
        Optional<Dateline> result = PARSER.parse(body);
        result.ifPresent(d -> checkInvariants(body, d));
        return result;
    }

    static void checkInvariants(String body, Dateline d) {
        Span span = d.span();
        assertThat(span.field()).isEqualTo(Field.BODY);
        assertThat(span.end()).isLessThanOrEqualTo(body.length());
        assertThat(span.isEmpty()).isFalse();
        assertThat(body.substring(0, span.start()).isBlank()).as("a dateline opens the body").isTrue();
        assertThat(span.end() - span.start()).isLessThanOrEqualTo(DatelineParser.WINDOW);
        assertThat(span.coveredText(body)).doesNotContain("\n").isEqualTo(span.coveredText(body).strip());
        assertThat(span.contains(d.placeSpan())).as("place inside the dateline").isTrue();
        assertThat(d.placeSpan().start()).isEqualTo(span.start());
        assertThat(d.place()).isNotBlank();
        assertThat(d.placeSpan().coveredText(body).toUpperCase()).isEqualTo(d.place().toUpperCase());
        if (d.dateSpan() != null) {
            assertThat(span.contains(d.dateSpan())).as("date inside the dateline").isTrue();
            assertThat(d.dateSpan().overlaps(d.placeSpan())).isFalse();
            assertThat(d.date()).matches("(\\d{4}|XXXX)-\\d\\d-\\d\\d");
        } else {
            assertThat(d.date()).isNull();
        }
        if (d.agency() != null) {
            assertThat(span.coveredText(body)).contains(d.agency());
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # body opening                                               | dateline span                             | place          | place as written | agency   | date       | date as written
            ROME, 11 December. Lavrov about the coalition.               | ROME, 11 December.                        | Rome           | ROME             |          | XXXX-12-11 | 11 December
            MOSCOW, December 9. The Minister will visit.                 | MOSCOW, December 9.                       | Moscow         | MOSCOW           |          | XXXX-12-09 | December 9
            MOSCOW, December 9 /TASS/. Russia said.                      | MOSCOW, December 9 /TASS/.                | Moscow         | MOSCOW           | TASS     | XXXX-12-09 | December 9
            ST. PETERSBURG, June 5 /TASS/ - The forum opened.            | ST. PETERSBURG, June 5 /TASS/ -           | St. Petersburg | ST. PETERSBURG   | TASS     | XXXX-06-05 | June 5
            WASHINGTON (Reuters) - The Senate voted.                     | WASHINGTON (Reuters) -                    | Washington     | WASHINGTON       | Reuters  |            |
            LONDON, Jan 5 (Reuters) - Oil rose.                          | LONDON, Jan 5 (Reuters) -                 | London         | LONDON           | Reuters  | XXXX-01-05 | Jan 5
            UNITED NATIONS, Oct 2 (Reuters) - The council met.           | UNITED NATIONS, Oct 2 (Reuters) -         | United Nations | UNITED NATIONS   | Reuters  | XXXX-10-02 | Oct 2
            KYIV, Ukraine (AP) — Sirens sounded.                         | KYIV, Ukraine (AP) —                      | Kyiv           | KYIV             | AP       |            |
            NEW YORK, March 3, 2024 (AP) — Stocks fell.                  | NEW YORK, March 3, 2024 (AP) —            | New York       | NEW YORK         | AP       | 2024-03-03 | March 3, 2024
            BEIJING, March 3 (Xinhua) -- China said.                     | BEIJING, March 3 (Xinhua) --              | Beijing        | BEIJING          | Xinhua   | XXXX-03-03 | March 3
            PARIS (AFP) - France said.                                   | PARIS (AFP) -                             | Paris          | PARIS            | AFP      |            |
            GENEVA — Talks resumed.                                      | GENEVA —                                  | Geneva         | GENEVA           |          |            |
            Moscow, 12 March (Interfax) - Russia said.                   | Moscow, 12 March (Interfax) -             | Moscow         | Moscow           | Interfax | XXXX-03-12 | 12 March
            BRUSSELS, 5 March 2024 (Belga) - The EU met.                 | BRUSSELS, 5 March 2024 (Belga) -          | Brussels       | BRUSSELS         | Belga    | 2024-03-05 | 5 March 2024
            WASHINGTON, D.C., Sept. 4 — Officials said.                  | WASHINGTON, D.C., Sept. 4 —               | Washington     | WASHINGTON       |          | XXXX-09-04 | Sept. 4
            SAO PAULO, Brazil, Nov 18 (Reuters) - Brazil's real fell.    | SAO PAULO, Brazil, Nov 18 (Reuters) -     | Sao Paulo      | SAO PAULO        | Reuters  | XXXX-11-18 | Nov 18
            # more in the same spirit
            MOSCOW, December 9. /TASS/. The Minister will visit.         | MOSCOW, December 9. /TASS/.               | Moscow         | MOSCOW           | TASS     | XXXX-12-09 | December 9
            LONDON, 24 June. /TASS/. Cameron will resign.                | LONDON, 24 June. /TASS/.                  | London         | LONDON           | TASS     | XXXX-06-24 | 24 June
            LE BOURGET, 11 December. /TASS/ - The text is ready.         | LE BOURGET, 11 December. /TASS/ -         | Le Bourget     | LE BOURGET       | TASS     | XXXX-12-11 | 11 December
            ROME, 11 December. /not an agency because no terminator/     | ROME, 11 December.                        | Rome           | ROME             |          | XXXX-12-11 | 11 December
            CAPE CANAVERAL, Fla., Nov 15 (Reuters) - NASA said.          | CAPE CANAVERAL, Fla., Nov 15 (Reuters) -  | Cape Canaveral | CAPE CANAVERAL   | Reuters  | XXXX-11-15 | Nov 15
            CAPE CANAVERAL, Fla. (AP) — NASA's rocket flew.              | CAPE CANAVERAL, Fla. (AP) —               | Cape Canaveral | CAPE CANAVERAL   | AP       |            |
            SAN JOSE MINE, Chile, Oct 13 (Reuters) - The first came up.  | SAN JOSE MINE, Chile, Oct 13 (Reuters) -  | San Jose Mine  | SAN JOSE MINE    | Reuters  | XXXX-10-13 | Oct 13
            MOSCOW, DECEMBER 9 /ITAR-TASS/. Russia said.                 | MOSCOW, DECEMBER 9 /ITAR-TASS/.           | Moscow         | MOSCOW           | ITAR-TASS | XXXX-12-09 | DECEMBER 9
            BERLIN, Monday, March 3 (dpa) - Germany said.                | BERLIN, Monday, March 3 (dpa) -           | Berlin         | BERLIN           | dpa      | XXXX-03-03 | Monday, March 3
            NEW YORK, Tuesday, March 3, 2015 (AP) — Stocks rose.         | NEW YORK, Tuesday, March 3, 2015 (AP) —   | New York       | NEW YORK         | AP       | 2015-03-03 | Tuesday, March 3, 2015
            JERUSALEM, Sunday (AFP) - Israel said.                       | JERUSALEM, Sunday (AFP) -                 | Jerusalem      | JERUSALEM        | AFP      |            |
            RIO DE JANEIRO, Brazil (AP) — Rain fell.                     | RIO DE JANEIRO, Brazil (AP) —             | Rio de Janeiro | RIO DE JANEIRO   | AP       |            |
            DAR ES SALAAM, Tanzania (Reuters) - Rain fell.               | DAR ES SALAAM, Tanzania (Reuters) -       | Dar es Salaam  | DAR ES SALAAM    | Reuters  |            |
            PORT-AU-PRINCE, Haiti (AP) — Gangs fought.                   | PORT-AU-PRINCE, Haiti (AP) —              | Port-au-Prince | PORT-AU-PRINCE   | AP       |            |
            RAS AL-AIN, Syria, Oct 2 (Reuters) - Shelling went on.       | RAS AL-AIN, Syria, Oct 2 (Reuters) -      | Ras al-Ain     | RAS AL-AIN       | Reuters  | XXXX-10-02 | Oct 2
            AL-HASAKA, Syria (Reuters) - Fighting went on.               | AL-HASAKA, Syria (Reuters) -              | Al-Hasaka      | AL-HASAKA        | Reuters  |            |
            N'DJAMENA, Chad (Reuters) - Chad said.                       | N'DJAMENA, Chad (Reuters) -               | N'Djamena      | N'DJAMENA        | Reuters  |            |
            MCALLEN, Texas (AP) — Agents said.                           | MCALLEN, Texas (AP) —                     | McAllen        | MCALLEN          | AP       |            |
            SPRINGFIELD, Ill. (AP) — Lawmakers met.                      | SPRINGFIELD, Ill. (AP) —                  | Springfield    | SPRINGFIELD      | AP       |            |
            LOS ANGELES, Calif., May 2 (Reuters) - Fires spread.         | LOS ANGELES, Calif., May 2 (Reuters) -    | Los Angeles    | LOS ANGELES      | Reuters  | XXXX-05-02 | May 2
            BEIRUT/DAMASCUS (Reuters) - Syria said.                      | BEIRUT/DAMASCUS (Reuters) -               | Beirut         | BEIRUT           | Reuters  |            |
            TOKYO, Feb. 29, 2024 (Kyodo) -- Japan said.                  | TOKYO, Feb. 29, 2024 (Kyodo) --           | Tokyo          | TOKYO            | Kyodo    | 2024-02-29 | Feb. 29, 2024
            HONG KONG, Dec 1st (Reuters) - Shares rose.                  | HONG KONG, Dec 1st (Reuters) -            | Hong Kong      | HONG KONG        | Reuters  | XXXX-12-01 | Dec 1st
            Washington (CNN) - The Senate voted.                         | Washington (CNN) -                        | Washington     | Washington       | CNN      |            |
            Rio de Janeiro, 5 March (Reuters) - Rain fell.               | Rio de Janeiro, 5 March (Reuters) -       | Rio de Janeiro | Rio de Janeiro   | Reuters  | XXXX-03-05 | 5 March
            NEW DELHI, March 3: India said.                              | NEW DELHI, March 3:                       | New Delhi      | NEW DELHI        |          | XXXX-03-03 | March 3
            ROME, 11 Dec. Lavrov arrived.                                | ROME, 11 Dec.                             | Rome           | ROME             |          | XXXX-12-11 | 11 Dec.
            LONDON, 5 March (Reuters) — UK said.                         | LONDON, 5 March (Reuters) —               | London         | LONDON           | Reuters  | XXXX-03-05 | 5 March
            KABUL, Afghanistan — Taliban said.                           | KABUL, Afghanistan —                      | Kabul          | KABUL            |          |            |
            GENEVA—Talks resumed.                                        | GENEVA—                                   | Geneva         | GENEVA           |          |            |
            \s  ROME, 11 December. Leading spaces are skipped.           | ROME, 11 December.                        | Rome           | ROME             |          | XXXX-12-11 | 11 December
            """)
    void recognizesDatelines(String body, String span, String place, String placeText, String agency, String date,
                             String dateText) {
        Dateline d = parse(body).orElseThrow(() -> new AssertionError("no dateline in: " + body));
        assertThat(d.span().coveredText(body)).isEqualTo(span);
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.placeSpan().coveredText(body)).isEqualTo(placeText);
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(d.date()).isEqualTo(date);
        assertThat(d.dateSpan() == null ? null : d.dateSpan().coveredText(body)).isEqualTo(dateText);
    }

    @Test
    void datelineAloneOnTheFirstLine() {
        String body = "MOSCOW, December 9\nThe Minister will visit Italy.";
        Dateline d = parse(body).orElseThrow();
        assertThat(d.span().coveredText(body)).isEqualTo("MOSCOW, December 9");
        assertThat(d.date()).isEqualTo("XXXX-12-09");
    }

    @Test
    void spansAreBodyOffsetsAfterLeadingBlankLines() {
        String body = "\n\n  ROME, 11 December. Lavrov about the possibility.";
        Dateline d = parse(body).orElseThrow();
        assertThat(d.span()).isEqualTo(Span.body(4, 22));
        assertThat(d.placeSpan()).isEqualTo(Span.body(4, 8));
        assertThat(d.dateSpan()).isEqualTo(Span.body(10, 21));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Russia is not about to join the U.S.-led coalition.",
        "On Monday, the ministers met.",
        "On Monday, March 3, the ministers met.",
        "The U.S. air force launched the first air strikes.",
        "NATO said on Tuesday it would send troops.",
        "EXCLUSIVE – The minister resigned after the vote.",
        "UPDATE - Shares fell on Tuesday.",
        "NATO. The alliance said so.",
        "In Moscow (Reuters) officials said.",
        "Moscow — the capital — said so.",
        "Moscow, the capital, said so.",
        "March 3 (Reuters) - Oil rose.",
        "Monday, March 3 - Oil rose.",
        "BREAKING: Russia said so.",
        "UPDATE 1-Oil rises on supply fears",
        "EXCLUSIVE-Russia weighs options",
        "ROME, 31 February. A date that does not exist.",
        "ROME, 11 Decembre. Not a month.",
        "ROME. Lavrov arrived.",
        "ROME Lavrov arrived.",
        "“We are still talking about coordination,” he said.",
        "Lavrov on joining the coalition of the US: ready for dialogue",
        "11 December. Lavrov arrived.",
        "",
        "   \n\n  ",
        "- ROME, 11 December.",
        "The international coalition against ISIS was formed.",
        "\nRussia is not about to join.\nROME, 11 December. Too late: the dateline opens the body."})
    void findsNoDateline(String body) {
        assertThat(parse(body)).isEmpty();
    }

    @Test
    void looksOnlyAtTheOpening() {
        String filler = "A".repeat(DatelineParser.WINDOW);
        assertThat(parse(filler + " ROME, 11 December.")).isEmpty();
        assertThat(parse("ROME" + " ".repeat(DatelineParser.WINDOW) + ", 11 December.")).isEmpty();
    }

    @Test
    void randomOpeningsNeverThrow() {
        String[] pieces = {"ROME", "New", "YORK", ",", ", ", " ", "11", "December", "Dec.", "2024", "(", ")",
            "Reuters", "/", "TASS", "-", "—", ".", ":", "\n", "ST.", "D.C.", "de", "al-", "'", "Monday", "\u00A0"};
        Random random = new Random(911);
        for (int round = 0; round < 3000; round++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            parse(body.toString());
        }
    }

    @Test
    void placeListFixesCaseOnly() {
        PlaceNames names = PlaceNames.of(List.of("McAllen", "Dar es Salaam", "São Paulo", "Sao Paulo"));
        assertThat(names.usualSpelling("MCALLEN")).isEqualTo("McAllen");
        assertThat(names.usualSpelling("SAO PAULO")).isEqualTo("Sao Paulo");
        assertThat(names.usualSpelling("SÃO PAULO")).isEqualTo("São Paulo");
        assertThat(names.usualSpelling("Moscow")).as("not in capitals: kept").isEqualTo("Moscow");
        assertThat(names.usualSpelling("MOSCOW")).as("not listed: title case").isEqualTo("Moscow");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", textBlock = """
            ROME                    => Rome
            NEW YORK                => New York
            ST. PETERSBURG          => St. Petersburg
            UNITED NATIONS          => United Nations
            RIO DE JANEIRO          => Rio de Janeiro
            RAS AL-AIN              => Ras al-Ain
            AL-HASAKA               => Al-Hasaka
            SHARM EL-SHEIKH         => Sharm el-Sheikh
            STRATFORD-UPON-AVON     => Stratford-upon-Avon
            ROSTOV-ON-DON           => Rostov-on-Don
            FRANKFURT AM MAIN       => Frankfurt am Main
            N'DJAMENA               => N'Djamena
            SANA'A                  => Sana'a
            MCKINNEY                => McKinney
            WASHINGTON D.C.         => Washington D.C.
            LA PAZ                  => La Paz
            THE HAGUE               => The Hague
            """)
    void titleCasesByRule(String written, String expected) {
        assertThat(PlaceNames.titleCase(written)).isEqualTo(expected);
    }

    @Test
    void bundledListIsLoaded() {
        assertThat(PlaceNames.bundled().size()).isGreaterThan(4000);
        assertThat(PlaceNames.bundled().usualSpelling("DAR ES SALAAM")).isEqualTo("Dar es Salaam");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> PARSER.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("body");
    }
}
