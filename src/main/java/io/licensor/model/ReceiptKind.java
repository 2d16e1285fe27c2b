package io.licensor.model;

/** What a payment from a licensee was for. */
public enum ReceiptKind {
    ROYALTY, MINIMUM_TOP_UP, UPFRONT, ADVANCE, OTHER
}
