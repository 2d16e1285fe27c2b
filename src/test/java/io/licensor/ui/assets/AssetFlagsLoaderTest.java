package io.licensor.ui.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Component;
import io.licensor.model.Owner;
import io.licensor.service.PortfolioRisks;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's flags come from the analytics risk flags of the stored portfolio, asset flags only. */
class AssetFlagsLoaderTest {
    @TempDir Path folder;

    @Test
    void assetFlagsAreGroupedByAssetWithAWordAndWhatToDo() {
        Owner jane = new Owner("Jane Doe", BigDecimal.ONE);
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new PortfolioBuilder()
                    .asset(new Asset("A1", "Licensed app", AssetType.SOFTWARE, null, List.of(), null, null, null,
                            List.of(jane), List.of(), List.of(new Component("somelib", "GPL-3.0-only")), false,
                            null, List.of()))
                    .asset(new Asset("A2", "Generated art", AssetType.COPYRIGHT, null, List.of(), null, null, null,
                            List.of(), List.of(), List.of(), true, null, List.of()))
                    .asset(new Asset("A3", "Clean", AssetType.PATENT, null, List.of(), null, null, null,
                            List.of(jane), List.of(), List.of(), false, null, List.of()))
                    .license("L1", "USD", "A1")
                    .build());

            Map<String, List<AssetFlag>> flags = AssetFlagsLoader.byAsset(
                    PortfolioRisks.flags(service, LocalDate.of(2025, 6, 30)));

            assertThat(flags).containsOnlyKeys("A1", "A2");
            assertThat(flags.get("A1")).extracting(AssetFlag::label).containsExactly("Copyleft");
            assertThat(flags.get("A2")).extracting(AssetFlag::label)
                    .containsExactlyInAnyOrder("AI provenance", "Ownership");
            assertThat(flags.get("A1").get(0).explanation()).contains("A1").contains("GPL-3.0-only");
        }
    }
}
