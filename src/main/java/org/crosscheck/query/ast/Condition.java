package org.crosscheck.query.ast;

/** A row condition of {@code where}. */
public sealed interface Condition permits Condition.And, Condition.Or, Condition.Not, Condition.Compare,
        Condition.Holds {

    record And(Condition left, Condition right) implements Condition {
    }

    record Or(Condition left, Condition right) implements Condition {
    }

    record Not(Condition operand) implements Condition {
    }

    /** {@code COLUMN OP VALUE}. */
    record Compare(ColumnRef column, Op op, Value value) implements Condition {
    }

    /** A bare column: true when its value is true, a non-empty text or list, or a non-zero number. */
    record Holds(ColumnRef column) implements Condition {
    }

    enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), CONTAINS("~");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /**
     * A literal on the right of a comparison.
     *
     * @param text   the words as written (joined by single spaces), or a quoted string's content
     * @param quoted whether it was a quoted string
     */
    record Value(String text, boolean quoted, Span at) {
        /** The value as a number, or null when it is not one. */
        public Double number() {
            if (quoted) {
                return null;
            }
            try {
                return Double.valueOf(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
