package dev.miglint.parse;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Statement;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Segment;
import java.util.ArrayList;
import java.util.List;

public final class StatementParser {
    public StatementParser(Dialect dialect) {
    }

    public List<ParsedStatement> parse(String text, ScanResult scan) {
        List<ParsedStatement> out = new ArrayList<>();
        for (Segment s : scan.statements()) {
            String t = text.substring(s.span().start(), s.span().end());
            Statement m = t.startsWith("FROB") || t.startsWith("CREAT ") ? new Statement.Unparsed("stub") : new Statement.Other("X");
            out.add(new ParsedStatement(out.size(), s.span(), t, m, ParsedStatement.Origin.TOKENS, false));
        }
        return out;
    }
}
