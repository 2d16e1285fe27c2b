package io.licensor.exchange.statement;

import java.math.BigDecimal;

/**
 * What a cell meant as an amount: a value (with the currency code written beside it, if any), no value, or an error
 * message in plain words.
 */
record ParsedAmount(BigDecimal value, String currency, String error) {

    static final ParsedAmount NO_VALUE = new ParsedAmount(null, null, null);

    static ParsedAmount of(BigDecimal value, String currency) {
        return new ParsedAmount(value, currency, null);
    }

    static ParsedAmount error(String message) {
        return new ParsedAmount(null, null, message);
    }

    boolean isError() {
        return error != null;
    }

    boolean isEmpty() {
        return value == null && error == null;
    }
}
