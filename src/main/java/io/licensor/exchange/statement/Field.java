package io.licensor.exchange.statement;

/** The receipt fields a statement column can be mapped to. */
public enum Field {
    PERIOD_END("periodEnd", "period end"),
    PERIOD_START("periodStart", "period start"),
    REPORTED_SALES("reportedSales", "reported sales"),
    UNITS("units", "units"),
    GROSS("gross", "amount (gross)"),
    WITHHOLDING("withholding", "withholding"),
    RECEIVED_ON("receivedOn", "received on"),
    LICENSE("license", "license"),
    CURRENCY("currency", "currency");

    private final String key;
    private final String words;

    Field(String key, String words) {
        this.key = key;
        this.words = words;
    }

    /** The key in the mapping file ("periodEnd"). */
    public String key() {
        return key;
    }

    /** The field in plain words, for messages. */
    public String words() {
        return words;
    }

    /** True for the fields holding dates. */
    public boolean isDate() {
        return this == PERIOD_END || this == PERIOD_START || this == RECEIVED_ON;
    }

    /** True for the fields holding numbers. */
    public boolean isNumber() {
        return this == REPORTED_SALES || this == UNITS || this == GROSS || this == WITHHOLDING;
    }

    /** The field with this mapping-file key, or null. */
    public static Field ofKey(String key) {
        for (Field f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }
}
