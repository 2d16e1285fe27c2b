package io.licensor.model;

/** How a valuation was arrived at. */
public enum ValuationMethod {
    RELIEF_FROM_ROYALTY, INCOME_DCF, MARKET, COST, TWENTY_FIVE_PERCENT_RULE, OTHER
}
