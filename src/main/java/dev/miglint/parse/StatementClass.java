package dev.miglint.parse;

/** What {@link TokenClassifier} decided a statement is, i.e. which layer models it. */
enum StatementClass {
    /** Rules need these in full: our recognizer, with JSqlParser as the fallback. */
    CREATE_TABLE, ALTER_TABLE, CREATE_INDEX,
    /** A DO block: modelled here, its body is scanned and modelled as nested statements. */
    DO_BLOCK,
    /** Everything else is modelled from its leading tokens alone. */
    OTHER
}
