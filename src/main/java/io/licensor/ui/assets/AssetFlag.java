package io.licensor.ui.assets;

/**
 * A risk flag raised for an asset, as the register shows it: the code (metrics.md), a short label for the table and
 * a sentence saying why it was raised and what to do.
 */
public record AssetFlag(String code, String label, String explanation) {}
