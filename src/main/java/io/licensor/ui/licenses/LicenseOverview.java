package io.licensor.ui.licenses;

import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.model.Money;
import io.licensor.model.PortfolioSettings;
import io.licensor.service.LicenseSummary;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.StyleClasses;
import java.math.BigDecimal;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The lines at the top of a stored license's editor: what it paid against its own reports, and its risk flags. */
final class LicenseOverview {
    static final String FIGURES_DEFINITION = "Received: the gross of the license's royalty and minimum top-up "
            + "receipts for periods up to today. Expected: the royalty engine run on the licensee's own reported "
            + "sales (or units), one period per receipt. The difference is what the licensee paid less (or more) "
            + "than its reports imply. Amounts in another currency also show their value in the reporting "
            + "currency, each receipt converted at the rate of the day it arrived.";

    private final LicenseSummary summary;
    private final PortfolioSettings settings;

    LicenseOverview(LicenseSummary summary, PortfolioSettings settings) {
        this.summary = summary;
        this.settings = settings;
    }

    /** "Received 12,000.00 USD of 13,750.00 USD expected from its own reports: 1,750.00 USD short. 8 receipts." */
    String figures() {
        if (summary == null) {
            return "Checking receipts...";
        }
        if (summary.receiptCount() == 0) {
            return "No receipts yet.";
        }
        StringBuilder text = new StringBuilder("Received ").append(money(summary.received()));
        if (!summary.currency().equals(settings.reportingCurrency()) && summary.receivedInReporting() != null) {
            text.append(" (about ").append(Formats.money(Money.of(summary.receivedInReporting(),
                    settings.reportingCurrency()))).append(')');
        }
        if (summary.expected() != null && summary.expected().signum() > 0) {
            text.append(" of ").append(money(summary.expected())).append(" expected from its own reports");
            BigDecimal shortfall = summary.shortfall();
            if (shortfall.signum() > 0) {
                text.append(": ").append(money(shortfall)).append(" short");
            } else if (shortfall.signum() < 0) {
                text.append(": ").append(money(shortfall.negate())).append(" more");
            } else {
                text.append(": paid in full");
            }
        }
        int n = summary.receiptCount();
        return text.append(". ").append(n == 1 ? "1 receipt." : n + " receipts.").toString();
    }

    private String money(BigDecimal amount) {
        return Formats.money(Money.of(amount, summary.currency()));
    }

    /** One line per risk flag: icon, short words, why and what to do. */
    List<Node> flagNodes() {
        if (summary == null) {
            return List.of();
        }
        return summary.flags().stream().map(LicenseOverview::flagNode).toList();
    }

    private static Node flagNode(RiskFlag flag) {
        Label label = new Label(FlagWords.label(flag.code()) + ": " + flag.explanation() + " " + flag.whatToDo(),
                new FontIcon(Feather.ALERT_TRIANGLE));
        label.setWrapText(true);
        label.getStyleClass().addAll(StyleClasses.FLAG, "flag-line");
        return label;
    }
}
