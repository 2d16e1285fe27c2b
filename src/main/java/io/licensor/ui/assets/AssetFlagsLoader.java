package io.licensor.ui.assets;

import io.licensor.analytics.metrics.RiskCode;
import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.service.PortfolioRisks;
import io.licensor.ui.common.PortfolioContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the assets' risk flags in the background (the whole portfolio's metrics, as of today) after every change
 * and hands them to the model; the table's Flags column and the "Flagged" filter read them from there.
 */
final class AssetFlagsLoader {
    private static final Logger LOG = LoggerFactory.getLogger(AssetFlagsLoader.class);
    private final PortfolioContext context;
    private final AssetsModel model;

    AssetFlagsLoader(PortfolioContext context, AssetsModel model) {
        this.context = context;
        this.model = model;
    }

    void refresh() {
        context.work().run("Checking risk flags...",
                () -> byAsset(PortfolioRisks.flags(context.service(), LocalDate.now())),
                model::setFlags,
                error -> LOG.warn("Risk flags could not be computed", error));
    }

    /** The asset flags (license flags belong to the licenses), grouped by asset id, in metrics.md's order. */
    static Map<String, List<AssetFlag>> byAsset(List<RiskFlag> flags) {
        Map<String, List<AssetFlag>> byAsset = new LinkedHashMap<>();
        for (RiskFlag flag : flags) {
            if (flag.code().subject() == RiskCode.Subject.ASSET) {
                byAsset.computeIfAbsent(flag.assetId(), id -> new ArrayList<>())
                        .add(new AssetFlag(flag.code().name(), label(flag.code()),
                                flag.explanation() + " " + flag.whatToDo()));
            }
        }
        return byAsset;
    }

    /** The word the Flags column shows (docs/user-guide.md, "Risk flags"). */
    static String label(RiskCode code) {
        return switch (code) {
            case COPYLEFT_COMPONENT -> "Copyleft";
            case UNCLEAR_OWNERSHIP -> "Ownership";
            case ENFORCEMENT_EXCEEDS_INCOME -> "Enforcement";
            case AI_PROVENANCE_MISSING -> "AI provenance";
            case CROSS_BORDER_WITHHOLDING -> "Withholding";
            case EXPIRING_WITHOUT_RENEWAL -> "Expiring";
            case STATEMENT_OVERDUE -> "Statement overdue";
            case UNDERPAYMENT -> "Underpayment";
        };
    }
}
