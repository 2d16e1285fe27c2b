package io.licensor.service;

import io.licensor.model.BackupManifest;
import io.licensor.testing.SyntheticPortfolio;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Backup and restore times: the demo portfolio and a synthetic one of 100,000 receipts (1,000 licenses). Prints the
 * database size, the zip size, and the wall time of a backup (median of 5), a full check and a restore.
 * Not a unit test: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.service.BackupBenchmark}.
 */
public final class BackupBenchmark {
    private BackupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("licensor-backup-bench");
        try (PortfolioService demo = DemoPortfolio.install(dir.resolve("demo"))) {
            measure("demo", demo, dir);
        }
        try (PortfolioService big = PortfolioService.open(dir.resolve("big"))) {
            big.importPortfolio(SyntheticPortfolio.withReceipts(100_000));
            measure("100,000 receipts", big, dir);
        }
    }

    private static void measure(String name, PortfolioService s, Path dir) {
        Path zip = dir.resolve(name.replaceAll("\\W", "") + ".zip");
        long[] times = new long[5];
        BackupManifest m = null;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            m = Backups.create(s, zip);
            times[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(times);
        long t = System.nanoTime();
        Restore.check(zip);
        long check = System.nanoTime() - t;
        t = System.nanoTime();
        Restore.restore(zip, dir.resolve(name.replaceAll("\\W", "") + "-restored"));
        long restore = System.nanoTime() - t;
        System.out.printf("%s: %d receipts, database %.1f MB, zip %.1f MB; backup %.0f ms (median of 5, min %.0f),"
                + " check %.0f ms, restore into a new folder %.0f ms%n", name, m.count("receipts"),
                m.databaseSize() / 1e6, size(zip) / 1e6, times[2] / 1e6, times[0] / 1e6, check / 1e6,
                restore / 1e6);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
