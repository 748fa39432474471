package dev.miglint.parse;

import dev.miglint.model.Statement.DoBlock;
import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import java.util.Locale;

/** {@code DO [LANGUAGE l] $tag$ body $tag$ [LANGUAGE l]}: the model and where the body's SQL is. */
final class DoBlockRecognizer {

    /** {@code bodyFrom}/{@code bodyTo} are file offsets of the dollar-quoted body, or -1 when it is not dollar-quoted. */
    record Result(DoBlock model, int bodyFrom, int bodyTo) { }

    private DoBlockRecognizer() {
    }

    static Result recognize(TokenCursor c) {
        c.expectWords("DO");
        String language = language(c, "plpgsql");
        Token body = c.next();
        language = language(c, language);
        c.expectEnd();
        if (body.kind() == TokenKind.DOLLAR_STRING) {
            String text = body.text(c.source());
            int tag = text.indexOf('$', 1) + 1;
            if (tag > 0 && text.length() >= 2 * tag && text.endsWith(text.substring(0, tag))) {
                return new Result(new DoBlock(language), body.start() + tag, body.end() - tag);
            }
        } else if (body.kind() != TokenKind.STRING) {
            throw new NotRecognizedException("expected the body of the DO block " + c.near());
        }
        return new Result(new DoBlock(language), -1, -1);
    }

    private static String language(TokenCursor c, String current) {
        if (c.acceptWords("LANGUAGE")) {
            return c.next().text(c.source()).replace("'", "").toLowerCase(Locale.ROOT);
        }
        return current;
    }
}
