package dev.ferry.lib.cli;

/**
 * How well one input word matches one token. Higher is better: when several commands match a line,
 * the one whose words match best, comparing from the left, wins (FRR's disambiguation).
 */
enum MatchType {
    NONE,
    /** The word could still become valid (help and completion only, never executed). */
    INCOMPLETE,
    /** Any word accepted by WORD or LINE... */
    ANY_WORD,
    /** A prefix of a keyword: "conf" for "configure". */
    PARTIAL_KEYWORD,
    /** A valid address, prefix, number in range or AA:NN. */
    TYPED,
    EXACT_KEYWORD;

    boolean accepts() {
        return this.ordinal() >= ANY_WORD.ordinal();
    }
}
