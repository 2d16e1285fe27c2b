package io.licensor.ui.assets;

import io.licensor.ui.common.PortfolioContext;

/** Computes the assets' risk flags in the background and hands them to the model. */
final class AssetFlagsLoader {
    private final PortfolioContext context;
    private final AssetsModel model;

    AssetFlagsLoader(PortfolioContext context, AssetsModel model) {
        this.context = context;
        this.model = model;
    }

    boolean available() {
        return false;
    }

    void refresh() {
        // wired to the analytics risk flags once branch engine provides them
    }
}
