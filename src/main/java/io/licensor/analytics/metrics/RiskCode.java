package io.licensor.analytics.metrics;

/** The risk flags of metrics.md. Flags are listed by code (in this alphabetical order), then by id. */
public enum RiskCode {
    /** An AI-generated asset without a provenance record. */
    AI_PROVENANCE_MISSING(Subject.ASSET),
    /** A licensed asset containing a strong-copyleft component. */
    COPYLEFT_COMPONENT(Subject.ASSET),
    /** A foreign licensee, but the terms plan no withholding tax. */
    CROSS_BORDER_WITHHOLDING(Subject.LICENSE),
    /** Net enforcement cost above licensing income over the window. */
    ENFORCEMENT_EXCEEDS_INCOME(Subject.ASSET),
    /** A license ending within 90 days with no renewal recorded. */
    EXPIRING_WITHOUT_RENEWAL(Subject.LICENSE),
    /** The licensee has stopped sending royalty statements. */
    STATEMENT_OVERDUE(Subject.LICENSE),
    /** No owners, or owners' shares not adding up to 1. */
    UNCLEAR_OWNERSHIP(Subject.ASSET),
    /** Received less than the licensee's own reports imply. */
    UNDERPAYMENT(Subject.LICENSE);

    /** What a flag of this code is raised for. */
    public enum Subject { ASSET, LICENSE }

    private final Subject subject;

    RiskCode(Subject subject) {
        this.subject = subject;
    }

    /** Whether flags of this code name an asset or a license. */
    public Subject subject() {
        return subject;
    }
}
