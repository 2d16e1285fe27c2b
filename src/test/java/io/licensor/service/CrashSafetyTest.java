package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.persistence.BackupArchive;
import io.licensor.testing.ChildJvm;
import io.licensor.testing.CrashChild;
import io.licensor.testing.SyntheticPortfolio;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real processes killed like kill -9 (Process.destroyForcibly: SIGKILL on Linux) at random moments during a statement
 * import, an edit loop and a backup loop: 24 kills in all. After each kill the portfolio opens, the import is there
 * whole or not at all, every edit the child reported as saved is there, and the backup file is either absent or a
 * complete backup that passes its checksum. The random seed is logged, so a failure can be replayed.
 */
class CrashSafetyTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);
    static final int ROWS = 20_000;
    static final int KILLS_PER_KIND = 8;

    @TempDir
    static Path shared;
    static Path template;
    static Path statement;
    static int baseReceipts;
    final long seed = Long.getLong("crash.seed", System.nanoTime());
    final Random random = new Random(seed);

    @BeforeAll
    static void portfolioAndStatement() throws IOException {
        template = shared.resolve("template");
        try (PortfolioService s = PortfolioService.open(template)) {
            s.importPortfolio(SyntheticPortfolio.withReceipts(2_000));
            baseReceipts = s.receipts().size();
        }
        statement = shared.resolve("statement.csv");
        try (BufferedWriter out = Files.newBufferedWriter(statement, StandardCharsets.UTF_8)) {
            out.write(CrashChild.HEADER + "\n");
            for (int i = 0; i < ROWS; i++) {
                LocalDate day = LocalDate.of(2023, 1, 1).plusDays(i / 20);
                int sales = 1_000 + i % 997;
                out.write("L" + (i % 20 + 1) + "," + day + "," + day + "," + sales + ",1," + sales / 10 + ",0,"
                        + day.plusDays(30) + "\n");
            }
        }
    }

    private static Path copyOfTemplate(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.copy(template.resolve("licensor.mv.db"), dir.resolve("licensor.mv.db"),
                StandardCopyOption.REPLACE_EXISTING);
        return dir;
    }

    /** Waits a random time up to {@code maxMillis} after the child said "ready", then kills it. */
    private List<String> killAtRandom(ChildJvm child, int maxMillis) throws InterruptedException {
        return killAtRandom(child, "ready", maxMillis);
    }

    /** Waits a random time up to {@code maxMillis} after the child printed a line starting {@code after}. */
    private List<String> killAtRandom(ChildJvm child, String after, int maxMillis) throws InterruptedException {
        child.await(after, 120);
        Thread.sleep(random.nextInt(maxMillis));
        child.kill();
        return child.remainingLines();
    }

    @Test
    void aStatementImportKilledAtAnyMomentIsThereWholeOrNotAtAll() throws Exception {
        LOG.info("crash seed {}", seed);
        int whole = 0;
        int duringWrite = 0;
        for (int round = 0; round < KILLS_PER_KIND; round++) {
            Path folder = copyOfTemplate(shared.resolve("import-" + round));
            List<String> said;
            boolean reported;
            boolean checked;
            try (ChildJvm child = ChildJvm.startMain(CrashChild.class, shared.resolve("import.err"), "statement",
                    folder.toString(), statement.toString())) {
                // kills anywhere from open to done; within 1.5 s after the check, i.e. during the one write
                // transaction; and, last, right after the child reported the import done
                String after = round == KILLS_PER_KIND - 1 ? "imported" : round % 2 == 1 ? "checked" : "ready";
                said = killAtRandom(child, after, after.equals("ready") ? 4_000 : after.equals("checked") ? 1_500 : 1);
                reported = after.equals("imported") || said.contains("imported " + ROWS);
                checked = !after.equals("ready") || said.stream().anyMatch(l -> l.startsWith("checked"));
            }
            try (PortfolioService s = PortfolioService.open(folder)) {
                int receipts = s.receipts().size();
                assertThat(receipts).as("seed %d round %d", seed, round).isIn(baseReceipts, baseReceipts + ROWS);
                if (reported) {
                    assertThat(receipts).as("reported as imported").isEqualTo(baseReceipts + ROWS);
                }
                whole += receipts == baseReceipts + ROWS ? 1 : 0;
                duringWrite += checked && !reported ? 1 : 0;
            }
        }
        LOG.info("import kills: {} of {} found the import whole, the rest none of it; {} killed after the check "
                + "before the write was reported done", whole, KILLS_PER_KIND, duringWrite);
        assertThat(whole).as("the kill after the reported import found it whole").isPositive();
    }

    @Test
    void everyEditReportedAsSavedSurvivesAKillAtAnyMoment() throws Exception {
        LOG.info("crash seed {}", seed);
        Path folder = copyOfTemplate(shared.resolve("edits"));
        for (int round = 0; round < KILLS_PER_KIND; round++) {
            List<String> said;
            try (ChildJvm child = ChildJvm.startMain(CrashChild.class, shared.resolve("edits.err"), "edits",
                    folder.toString(), "E" + round)) {
                said = killAtRandom(child, 2_000);
            }
            Set<String> saved = said.stream().filter(l -> l.startsWith("saved ")).map(l -> l.substring(6))
                    .collect(Collectors.toSet());
            try (PortfolioService s = PortfolioService.open(folder)) {
                Set<String> ids = s.assets().stream().map(Asset::id).collect(Collectors.toSet());
                assertThat(ids).as("seed %d round %d: %d edits reported saved", seed, round, saved.size())
                        .containsAll(saved);
                LOG.info("edit kill {}: {} edits reported saved, all there; {} assets", round, saved.size(),
                        ids.size());
            }
        }
    }

    @Test
    void aBackupKilledAtAnyMomentLeavesNoBrokenBackupAndThePortfolioOpens() throws Exception {
        LOG.info("crash seed {}", seed);
        Path folder = copyOfTemplate(shared.resolve("backups"));
        for (int round = 0; round < KILLS_PER_KIND; round++) {
            Path zip = shared.resolve("backup-" + round + ".zip");
            List<String> said;
            try (ChildJvm child = ChildJvm.startMain(CrashChild.class, shared.resolve("backup.err"), "backup",
                    folder.toString(), zip.toString())) {
                said = killAtRandom(child, 1_500);
            }
            if (said.stream().anyMatch(l -> l.startsWith("backed up"))) { // (lines after "ready")
                assertThat(zip).as("reported as backed up").exists();
            }
            LOG.info("backup kill {}: {} backups reported, file {}", round,
                    said.stream().filter(l -> l.startsWith("backed up")).count(),
                    Files.exists(zip) ? "complete" : "absent");
            if (Files.exists(zip)) {
                assertThat(BackupArchive.check(zip).count("receipts")).isEqualTo(baseReceipts);
            }
            try (PortfolioService s = PortfolioService.open(folder)) {
                assertThat(s.receipts()).hasSize(baseReceipts);
            }
        }
    }
}
