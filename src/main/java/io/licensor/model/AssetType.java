package io.licensor.model;

/** Kinds of intellectual property an asset can be. */
public enum AssetType {
    PATENT, TRADEMARK, COPYRIGHT, SOFTWARE, DESIGN, TRADE_SECRET, KNOW_HOW, DATASET, AI_MODEL, OTHER
}
