package io.licensor.analytics.metrics;

/**
 * The five stages of the source article's "IP Licensing Maturity Model", plus NONE for a portfolio that licenses
 * nothing yet. The typical royalty rate ranges are the article's own figures, shown for orientation only.
 */
public enum MaturityLevel {
    /** No license in force. */
    NONE(0, "Not licensing yet", "No license in force", "-"),
    /** Level 1. */
    BASIC(1, "Basic", "Flat fees, limited terms", "5-10 %"),
    /** Level 2. */
    STRUCTURED(2, "Structured", "Tiered on sales volume", "10-15 %"),
    /** Level 3. */
    DYNAMIC(3, "Dynamic", "Terms that adjust year by year", "15-25 %"),
    /** Level 4. */
    ECOSYSTEM(4, "Ecosystem", "A licensing network: several partners, bundled and shared assets", "20-30 %+"),
    /** Level 5: never derived from contract terms (see {@link MaturityModel}). */
    AI_OPTIMIZED(5, "AI-optimized", "Real-time pricing algorithms", "variable");

    private final int number;
    private final String title;
    private final String characteristics;
    private final String typicalRates;

    MaturityLevel(int number, String title, String characteristics, String typicalRates) {
        this.number = number;
        this.title = title;
        this.characteristics = characteristics;
        this.typicalRates = typicalRates;
    }

    /** 0 to 5. */
    public int number() {
        return number;
    }

    /** Short name, e.g. "Structured". */
    public String title() {
        return title;
    }

    /** What marks the level, in the article's words. */
    public String characteristics() {
        return characteristics;
    }

    /** The article's typical royalty rate range for the level. */
    public String typicalRates() {
        return typicalRates;
    }
}
