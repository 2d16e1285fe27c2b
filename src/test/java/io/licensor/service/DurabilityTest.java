package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.testing.ChildJvm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real second JVMs: killed like kill -9, exiting after close, holding a portfolio open. */
class DurabilityTest {
    @TempDir
    Path temp;

    @Test
    void aCommittedEditSurvivesTheProcessBeingKilledOneSecondLater() throws Exception {
        Path folder = temp.resolve("p");
        try (ChildJvm child = ChildJvm.start(temp.resolve("child.err"), "save-and-hang", folder, "1")) {
            child.await("saved A1", 60);
            Thread.sleep(1000);
            child.kill();
        }
        try (PortfolioService reopened = PortfolioService.open(folder)) {
            assertThat(reopened.asset("A1")).map(Asset::title).contains("Committed 1");
        }
    }

    @Test
    void everyCommitSurvivesAKillRightAfterItsCommitReturned() throws Exception {
        // No pause before the kill: H2's default 500 ms write delay would lose the last commits here.
        Path folder = temp.resolve("p");
        try (ChildJvm child = ChildJvm.start(temp.resolve("child.err"), "save-and-hang", folder, "20")) {
            child.await("saved A20", 60);
            child.kill();
        }
        try (PortfolioService reopened = PortfolioService.open(folder)) {
            assertThat(reopened.assets()).hasSize(20);
        }
    }

    @Test
    void aProcessThatClosesItsPortfolioExitsAtOnce() throws Exception {
        Path folder = temp.resolve("p");
        try (ChildJvm child = ChildJvm.start(temp.resolve("child.err"), "open-close", folder)) {
            child.await("closed", 60);
            assertThat(child.exitsWithin(3000)).as("JVM exited within 3 s of closing").isTrue();
            assertThat(child.exitValue()).isZero();
        }
        try (PortfolioService reopened = PortfolioService.open(folder)) {
            assertThat(reopened.asset("A1")).isPresent();
        }
    }

    @Test
    void aPortfolioOpenInAnotherProcessIsRefusedAsInUseNamingTheFolder() throws Exception {
        Path folder = temp.resolve("held");
        try (ChildJvm child = ChildJvm.start(temp.resolve("child.err"), "hold", folder)) {
            child.await("open", 60);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PortfolioService.open(folder))
                    .isInstanceOf(PortfolioInUseException.class)
                    .hasMessageContaining(folder.toAbsolutePath().toString())
                    .hasMessageContaining("open in another Licensor window or command");
        }
    }

    @Test
    void anotherProcessIsRefusedWhileThisOneHoldsThePortfolio() throws Exception {
        Path folder = temp.resolve("mine");
        try (PortfolioService mine = PortfolioService.open(folder);
                ChildJvm child = ChildJvm.start(temp.resolve("child.err"), "try-open", folder)) {
            assertThat(child.await("in use", 60)).contains(folder.toAbsolutePath().toString());
            assertThat(mine.isEmpty()).isTrue();
        }
    }
}
