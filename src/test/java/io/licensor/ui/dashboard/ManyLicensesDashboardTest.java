package io.licensor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.RoyaltyTerms;
import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.service.dashboard.PortfolioDashboards;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.assetdashboard.Kpi;
import io.licensor.ui.assetdashboard.Links;
import io.licensor.ui.assetdashboard.WarningsPane;
import io.licensor.ui.common.Navigator;
import io.licensor.ui.testing.Fx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A portfolio with many licenses ending: the tiles and the ending-soon card name the first few and count the rest,
 * so a big portfolio's dashboard stays one readable screen and costs the window no long pause to draw.
 */
class ManyLicensesDashboardTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int ENDED = 30;
    private static final int ENDING = 40;

    @BeforeAll
    static void startFx() {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test class started the toolkit in this JVM
        }
    }

    /** ENDED licenses that ended in the last twelve months (E1 renewed by N1) and ENDING ending within 90 days. */
    private static PortfolioDashboard dashboard() {
        PortfolioBuilder b = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 1; i <= ENDED; i++) {
            b.license(license("E" + i, start, AS_OF.minusDays(i), null));
        }
        b.license(license("N1", AS_OF.minusDays(1), null, "E1"));
        for (int i = 1; i <= ENDING; i++) {
            b.license(license("S" + i, start, AS_OF.plusDays(i), null));
        }
        return PortfolioDashboards.of(b.build(), AS_OF, new BigDecimal("0.10"));
    }

    private static License license(String id, LocalDate start, LocalDate end, String renewalOf) {
        return new License(id, "Licensee of " + id, null, List.of("A1"), start, end, false, null, null, renewalOf,
                RoyaltyTerms.flat("USD", start, "0.10"));
    }

    private static Kpi tile(PortfolioDashboard d, String title) {
        return PortfolioKpis.of(d).stream().filter(k -> k.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theRenewalTileNamesTheFirstEndedLicensesAndCountsTheRest() {
        PortfolioDashboard d = dashboard();
        assertThat(d.renewals().ended()).hasSize(ENDED);
        String firstSix = String.join(", ", d.renewals().ended().subList(0, PortfolioKpis.MOST_NAMED));
        assertThat(tile(d, PortfolioKpis.RENEWAL).detail())
                .isEqualTo("1 of 30 ended licenses renewed (" + firstSix + " and 24 more)");
    }

    @Test
    void theEndingTileNamesTheSoonestAndCountsTheRest() {
        assertThat(tile(dashboard(), PortfolioKpis.ENDING).detail())
                .isEqualTo("S1, S2, S3, S4, S5, S6 and 34 more \u00b7 40 without renewal");
        assertThat(tile(dashboard(), PortfolioKpis.ENDING).value()).isEqualTo("40");
    }

    @Test
    void theEndingCardListsTheFifteenSoonestAndSaysHowManyMoreEnd() {
        PortfolioDashboard d = dashboard();
        VBox card = Fx.call(() -> (VBox) EndingSoonPanel.build(d, new Links(Navigator.NOWHERE)));
        List<String> listed = card.lookupAll(".hyperlink").stream().map(n -> ((Hyperlink) n).getText()).toList();
        assertThat(listed).containsExactlyElementsOf(IntStream.rangeClosed(1, EndingSoonPanel.MOST_SHOWN)
                .mapToObj(i -> "S" + i).toList());
        assertThat(((Label) card.lookup(".ending-more")).getText())
                .isEqualTo("25 more end by 2026-09-28; the risk flags list each one without a renewal.");
    }

    @Test
    void aFewLicensesAreAllNamedWithNoCount() {
        assertThat(PortfolioKpis.namesUpTo(List.of("L1", "L2"), PortfolioKpis.MOST_NAMED)).isEqualTo("L1, L2");
        assertThat(PortfolioKpis.namesUpTo(List.of("L1", "L2", "L3"), 2)).isEqualTo("L1, L2 and 1 more");
    }

    @Test
    void thousandsOfWarningsAreFoldedToTheFirstHundredAndACount() {
        List<String> warnings = new ArrayList<>();
        for (int i = 1; i <= 2_500; i++) {
            warnings.add("receipt R" + i + ": no CHF rate on or before 2025-11-15");
        }
        TitledPane pane = Fx.call(() -> WarningsPane.of(warnings).orElseThrow());
        List<Node> lines = ((VBox) pane.getContent()).getChildren();
        assertThat(pane.getText()).startsWith("2500 warnings");
        assertThat(lines).hasSize(WarningsPane.MOST_SHOWN + 1);
        assertThat(((Label) lines.get(WarningsPane.MOST_SHOWN)).getText()).isEqualTo("... and 2400 more, not shown.");
    }
}
