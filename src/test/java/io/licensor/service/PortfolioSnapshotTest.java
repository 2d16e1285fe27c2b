package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import io.licensor.testing.PortfolioBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot is read once and shared until the next write (the sections showing a million receipts share it). */
class PortfolioSnapshotTest {
    @TempDir
    Path temp;
    PortfolioService service;

    @BeforeEach
    void open() {
        service = PortfolioService.open(temp.resolve("p"));
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.PATENT).license("L1", "USD", "A1")
                .receipt("R1", "L1", "2024-03-31", "10.00").build());
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void twoSnapshotsWithoutAWriteBetweenAreTheSameValue() {
        Portfolio first = service.snapshot();
        assertThat(service.snapshot()).isSameAs(first);
        assertThat(first.receipts()).hasSize(1);
    }

    @Test
    void aWriteMakesTheNextSnapshotReadTheChange() {
        Portfolio before = service.snapshot();
        service.saveAsset(Asset.of("A2", "Second", AssetType.OTHER));

        Portfolio after = service.snapshot();
        assertThat(after).isNotSameAs(before);
        assertThat(after.assets()).extracting(Asset::id).containsExactly("A1", "A2");
        assertThat(before.assets()).extracting(Asset::id).containsExactly("A1");
    }

    @Test
    void aRefusedWriteLeavesTheSnapshotAsItWas() {
        Portfolio before = service.snapshot();
        assertThatThrownBy(() -> service.saveAsset(Asset.of("", "no id", AssetType.OTHER)))
                .isInstanceOf(InputRejectedException.class);

        assertThat(service.snapshot()).isEqualTo(before);
    }
}
