package org.dateline.extract.entity.model;

import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.entity.NameShapes;
import org.dateline.model.Span;
import org.dateline.model.Token;

/**
 * The words the name model reads: the segmenter's tokens with a possessive ending split off ("NATO's" → "NATO",
 * "'s"), so that a name is the same word with or without it. Training and tagging both use this.
 */
final class ModelTokens {

    private ModelTokens() {
    }

    static List<Token> of(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int cut = NameShapes.possessiveStart(t.text(), 0, t.text().length());
            if (cut < 0) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            Span s = t.span();
            out.add(new Token(new Span(s.field(), s.start(), s.start() + cut), t.text().substring(0, cut)));
            out.add(new Token(new Span(s.field(), s.start() + cut, s.end()), t.text().substring(cut)));
        }
        return out == null ? tokens : out;
    }
}
