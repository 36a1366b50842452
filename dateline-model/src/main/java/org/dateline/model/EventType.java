package org.dateline.model;

/**
 * What kind of happening an event is, with the CAMEO root code GDELT files it under (CAMEO 1.1b3), so that events
 * can be compared with GDELT's. OTHER has no single code.
 */
public enum EventType {
    MEET("04", "Consult"),
    VISIT("042", "Make a visit"),
    STATEMENT("01", "Make public statement"),
    ATTACK("19", "Fight"),
    JOIN("03", "Express intent to cooperate"),
    LEAVE("16", "Reduce relations"),
    AGREE("057", "Sign formal agreement"),
    SANCTION("163", "Impose embargo, boycott, or sanctions"),
    DESIGNATE("11", "Disapprove"),
    FORM("0", "Not in CAMEO"),
    ELECT("0", "Not in CAMEO"),
    APPOINT("0", "Not in CAMEO"),
    DIE("0", "Not in CAMEO"),
    ARREST("173", "Arrest, detain, or charge with legal action"),
    OTHER("0", "Not in CAMEO");

    private final String cameo;
    private final String cameoLabel;

    EventType(String cameo, String cameoLabel) {
        this.cameo = cameo;
        this.cameoLabel = cameoLabel;
    }

    /** The CAMEO code ("04", "042", "19"), or "0" where CAMEO has none. */
    public String cameo() {
        return cameo;
    }

    public String cameoLabel() {
        return cameoLabel;
    }
}
