package org.dateline.corpus;

import java.util.List;
import org.dateline.model.Anchor;
import org.dateline.model.DocumentDate;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;

/**
 * The two seed articles (../shared/seeds) as the extractor gives them, and a few more around them. The report's
 * year is inferred from its text; the preview's is left open, as when it is extracted alone.
 */
final class Seeds {

    static final String REPORT = "000_962b241333455358";
    static final String PREVIEW = "003_318003164efa4d8d";
    /** A wire item of September 2014 on France joining the coalition. */
    static final String FRANCE_JOINS = "101_france_joins";

    private Seeds() {
    }

    /** "ROME, 11 December." Lavrov after meeting Gentiloni: the report of the visit. */
    static ArticleFacts report() {
        return Facts.article(REPORT, "Lavrov on joining the coalition of the US: ready for dialogue under visor will not take")
                .date("2015-12-11", DocumentDate.Source.DATELINE_INFERRED_YEAR)
                .dateline("Rome", "2015-12-11")
                .lead("ROME, 11 December. Lavrov about the possibility of joining the coalition of the US: ready for equal dialogue, a salute will not.")
                .entity("e1", EntityType.PERSON, "Sergey Lavrov", 11, true, "Lavrov",
                        "role:Minister of foreign Affairs of the Russian Federation", "the Minister")
                .entity("e2", EntityType.ORGANIZATION, "U.S.-led coalition", 9, true, "coalition of the US", "American coalition", "coalition")
                .entity("e3", EntityType.LOCATION, "United States", 6, true, "US", "^American", "USA")
                .entity("e4", EntityType.LOCATION, "Rome", 1, true, "ROME")
                .entity("e5", EntityType.LOCATION, "Russia", 4, false, "Russian Federation", "~Moscow")
                .entity("e6", EntityType.PERSON, "Paolo Gentiloni", 2, false, "role:Italian counterpart")
                .entity("e7", EntityType.NORP, "Italy", 1, false, "^Italian")
                .entity("e8", EntityType.ORGANIZATION, "Islamic State", 5, false, "ISIS", "ISIL", "Islamic state", "IG")
                .entity("e9", EntityType.LOCATION, "Syria", 3, false, "~Damascus")
                .entity("e10", EntityType.ORGANIZATION, "UN Security Council", 2, false, "UN security Council")
                .place("e11", "Iraq")
                .person("e12", "Bashar al-Assad")
                .place("e15", "Canada").place("e16", "United Kingdom", "UK").place("e17", "Australia")
                .quote("e1", "Sergey Lavrov", false, 282, "Russia is not about to join the U.S.-led coalition fight against the terrorist group ISIS in Syria")
                .quote("e1", "Sergey Lavrov", true, 450, "We are still talking about coordination, not about joining the American coalition")
                .quote("e1", "Sergey Lavrov", true, 900, "The coalition that created US, we regard as a potentially effective partner")
                .event("v1", EventType.MEET, Facts.of("e1:Sergey Lavrov", "e6:Paolo Gentiloni"), List.of(), "2015-12-11",
                        Event.Modality.PAST, false, "This was stated by ... Sergey Lavrov following the meeting with Italian counterpart Paolo Gentiloni.")
                .event("v2", EventType.JOIN, Facts.of("e5:Russia"), Facts.of("e2:U.S.-led coalition"), null, Event.Modality.PLANNED, true,
                        "Russia is not about to join the U.S.-led coalition")
                .event("v3", EventType.STATEMENT, "e1:Sergey Lavrov", "e2:U.S.-led coalition", "2015-12-11",
                        "Russia is not about to join the U.S.-led coalition fight against the terrorist group ISIS in Syria, Lavrov said.")
                .event("v4", EventType.FORM, "e8:Islamic State", null, "2006-10-15", "Established on 15 October 2006 by the merger of 11 radical Sunni groups.")
                .event("v5", EventType.DESIGNATE, "e5:Russia", "e8:Islamic State", "2014-12-29", "Russia (29 December 2014)")
                .timex("11 December", "2015-12-11", Anchor.Kind.DOCUMENT_DATE)
                .timex("the last couple of months", "P2M", Anchor.Kind.NONE)
                .timex("15 October 2006", "2006-10-15", Anchor.Kind.NONE)
                .timex("29 December 2014", "2014-12-29", Anchor.Kind.NONE)
                .build();
    }

    /** "MOSCOW, December 9." Lavrov will visit Italy on December 10-11; the coalition's history. Year unknown. */
    static ArticleFacts preview() {
        return Facts.article(PREVIEW, "Lavrov will discuss on 10-11 December in Rome the fight against ISIS, the situation in Syria, Libya and Ukraine")
                .date("XXXX-12-09", DocumentDate.Source.DATELINE_WITHOUT_YEAR)
                .dateline("Moscow", "XXXX-12-09")
                .lead("MOSCOW, December 9. The Minister of foreign Affairs of Russia Sergey Lavrov will visit on December 10-11, Italy, "
                        + "where he will discuss with the leadership of this country the fight against “Islamic state” and the creation "
                        + "of a broad anti-terrorist coalition.")
                .entity("e1", EntityType.PERSON, "Sergey Lavrov", 4, true, "Lavrov", "role:Minister of foreign Affairs of Russia")
                .entity("e2", EntityType.LOCATION, "Rome", 1, true)
                .entity("e3", EntityType.ORGANIZATION, "Islamic State", 7, true, "ISIS", "Islamic state", "ISIL", "is")
                .entity("e4", EntityType.LOCATION, "Syria", 4, true, "^Syrian")
                .entity("e5", EntityType.LOCATION, "Libya", 2, true)
                .entity("e6", EntityType.LOCATION, "Ukraine", 2, true)
                .entity("e7", EntityType.LOCATION, "Moscow", 1, true, "MOSCOW")
                .entity("e8", EntityType.LOCATION, "Russia", 3, true, "^Russian", "Russian Federation")
                .entity("e9", EntityType.LOCATION, "Italy", 1, true)
                .org("e10", "TASS")
                .entity("e11", EntityType.ORGANIZATION, "Russian Foreign Ministry", 2, false, "Russian dipvedomstva", "the Russian side")
                .person("e12", "Vladimir Putin", "role:President of the Russian Federation")
                .org("e13", "United Nations", "UN")
                .entity("e14", EntityType.ORGANIZATION, "international coalition against “Islamic state”", 2, false, "international coalition against ISIS")
                .place("e15", "United States", "USA", "U.S.")
                .org("e16", "NATO")
                .place("e17", "Wales")
                .place("e18", "United Kingdom", "UK")
                .place("e19", "Iraq")
                .entity("e21", EntityType.ORGANIZATION, "United States Air Force", 2, false, "U.S. air force", "US air force")
                .place("e22", "France").place("e23", "Denmark").place("e24", "Australia").place("e25", "Belgium")
                .place("e26", "Netherlands").place("e27", "Canada")
                .org("e28", "Syrian Foreign Ministry", "Syrian foreign Ministry")
                .place("e30", "Saudi Arabia").place("e31", "United Arab Emirates").place("e32", "Jordan")
                .quote("e11", "Russian Foreign Ministry", true, 300, "The negotiations will be analysed topical foreign policy themes")
                .event("v1", EventType.VISIT, Facts.of("e1:Sergey Lavrov"), Facts.of("e9:Italy"), "XXXX-12-10/XXXX-12-11",
                        Event.Modality.PLANNED, false, "The Minister of foreign Affairs of Russia Sergey Lavrov will visit on December 10-11, Italy")
                .event("v4", EventType.FORM, "e15:United States", "e14:international coalition against “Islamic state”", "2014-09-04/2014-09-05",
                        "The international coalition against ISIS was formed on the initiative of the USA on the NATO summit held on 4-5 September 2014 in Wales (UK).")
                .event("v5", EventType.ATTACK, "e21:United States Air Force", "e3:Islamic State", "2014-08-08",
                        "The U.S. air force launched the first air strikes on is positions in Iraq on 8 August 2014")
                .event("v6", EventType.JOIN, "e22:France", "e14:international coalition against “Islamic state”", "2014-09-19",
                        "On September 19, the operation joined France")
                .event("v7", EventType.JOIN, "e23:Denmark", "e14:international coalition against “Islamic state”", "2014-09-26", "September 26 – Denmark")
                .event("v8", EventType.JOIN, "e18:United Kingdom", "e14:international coalition against “Islamic state”", "2014-09-30", "30 September – UK")
                .event("v9", EventType.JOIN, "e24:Australia", "e14:international coalition against “Islamic state”", "2014-10-05", "October 5 – Australia")
                .event("v10", EventType.JOIN, Facts.of("e25:Belgium", "e26:Netherlands"), Facts.of("e14:international coalition against “Islamic state”"),
                        "2014-10-06", Event.Modality.PAST, false, "6 October – Belgium and the Netherlands")
                .event("v11", EventType.JOIN, "e27:Canada", "e14:international coalition against “Islamic state”", "2014-10-07", "October 7 – Canada.")
                .event("v12", EventType.ATTACK, "e21:United States Air Force", "e3:Islamic State", "2014-09-23",
                        "on 23 September the US air force launched strikes from the air is positions on Syrian territory")
                .event("v13", EventType.JOIN, Facts.of("e30:Saudi Arabia", "e31:United Arab Emirates", "e32:Jordan"), Facts.of("e15:United States"),
                        null, Event.Modality.PAST, false, "Then the U.S. joined Saudi Arabia, the United Arab Emirates and Jordan")
                .timex("10-11 December", "XXXX-12-10/XXXX-12-11", Anchor.Kind.UNRESOLVED)
                .timex("December 9", "XXXX-12-09", Anchor.Kind.UNRESOLVED)
                .timex("December 10-11", "XXXX-12-10/XXXX-12-11", Anchor.Kind.UNRESOLVED)
                .timex("4-5 September 2014", "2014-09-04/2014-09-05", Anchor.Kind.NONE)
                .timex("8 August 2014", "2014-08-08", Anchor.Kind.NONE)
                .timex("September 19", "2014-09-19", Anchor.Kind.NARRATIVE)
                .build();
    }

    /** A wire item of 20 September 2014: France joined the coalition's strikes the day before. */
    static ArticleFacts franceJoins() {
        return Facts.article(FRANCE_JOINS, "France joins U.S. air strikes against Islamic State in Iraq")
                .published("2014-09-20")
                .lead("PARIS, Sept 20 (Reuters) - France joined the United States in bombing Islamic State targets in Iraq on Friday.")
                .entity("e1", EntityType.LOCATION, "France", 4, true)
                .entity("e2", EntityType.LOCATION, "United States", 2, true, "U.S.")
                .entity("e3", EntityType.ORGANIZATION, "Islamic State", 3, true, "ISIL")
                .entity("e4", EntityType.PERSON, "Francois Hollande", 3, false, "Hollande", "role:President")
                .entity("e5", EntityType.ORGANIZATION, "international coalition against ISIS", 1, false)
                .place("e6", "Iraq")
                .event("v1", EventType.JOIN, "e1:France", "e5:international coalition against ISIS", "2014-09-19",
                        "France joined the United States in bombing Islamic State targets in Iraq on Friday")
                .timex("Friday", "2014-09-19", Anchor.Kind.DOCUMENT_DATE)
                .build();
    }

    static List<ArticleFacts> seeds() {
        return List.of(report(), preview());
    }
}
