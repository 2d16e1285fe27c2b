package io.licensor.service;

import io.licensor.persistence.BackupArchive;
import io.licensor.model.BackupManifest;
import io.licensor.persistence.PersistenceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of an open portfolio (docs/reliability.md, decision 0085): one zip holding an online copy of the database
 * (consistent while the portfolio is in use) and a manifest with its checksum. Besides the backups a user asks for
 * (File > Back up..., {@code licensor backup}), a portfolio keeps its own in {@code <folder>/backups/}: one a day when
 * it is opened (the newest {@link #DEFAULT_KEEP} by default) and one before every upgrade of its data format.
 */
public final class Backups {
    /** How many daily backups a portfolio keeps unless told otherwise. */
    public static final int DEFAULT_KEEP = 7;
    /** The largest number of daily backups a portfolio may be told to keep. */
    public static final int MAX_KEEP = 366;
    /** The portfolio's own backup folder, inside its folder. */
    public static final String FOLDER = "backups";
    static final String KEEP_KEY = "backup.keep";
    static final String DAILY_SUFFIX = "-daily.zip";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private Backups() {}

    /**
     * Writes a backup of the portfolio to {@code out} (replaced whole once complete), while the portfolio stays
     * open and usable.
     *
     * @throws PortfolioOpenException when the backup cannot be written (the message says why)
     */
    public static BackupManifest create(PortfolioService service, Path out) {
        try {
            return service.database().backupTo(out.toAbsolutePath(), "manual");
        } catch (PersistenceException e) {
            throw new PortfolioOpenException(service.folder(), "Cannot back up the portfolio in " + service.folder()
                    + " to " + out + ": " + e.getMessage() + ". Check that the target folder is writable and has "
                    + "space.", e);
        }
    }

    /** The folder of the portfolio's own backups. */
    public static Path folderOf(PortfolioService service) {
        return service.folder().resolve(FOLDER);
    }

    /** A file name for a backup taken now: {@code licensor-2026-11-28-013000-<what>.zip}. */
    static String fileName(LocalDateTime now, String what) {
        return "licensor-" + now.format(STAMP) + "-" + what + ".zip";
    }

    /**
     * The rolling daily backup: when the portfolio has none from {@code today}, takes one into its backup folder and
     * removes the oldest daily backups beyond {@link #keep}. A failure is logged, never thrown: a backup that could
     * not be taken must not keep the portfolio from opening.
     *
     * @return the backup taken, empty when there was one already today or it failed
     */
    public static Optional<Path> daily(PortfolioService service, LocalDateTime now) {
        Path dir = folderOf(service);
        try {
            removeLeftovers(dir);
            String today = "licensor-" + now.toLocalDate();
            if (dailies(dir).stream().anyMatch(p -> p.getFileName().toString().startsWith(today))) {
                return Optional.empty();
            }
            Path out = dir.resolve(fileName(now, "daily"));
            service.database().backupTo(out, "daily");
            prune(dir, keep(service));
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The daily backup of {} failed", service.folder(), e);
            return Optional.empty();
        }
    }

    /** How many daily backups the portfolio keeps (stored in the portfolio: meta key {@value #KEEP_KEY}). */
    public static int keep(PortfolioService service) {
        return service.database().read(r -> r.meta().get(KEEP_KEY)).flatMap(Backups::parseKeep).orElse(DEFAULT_KEEP);
    }

    /**
     * Sets how many daily backups the portfolio keeps, from 1 to {@value #MAX_KEEP}.
     *
     * @throws IllegalArgumentException when out of range
     */
    public static void setKeep(PortfolioService service, int keep) {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new IllegalArgumentException("keep must be 1 to " + MAX_KEEP + ", got " + keep);
        }
        service.database().write(r -> {
            r.meta().put(KEEP_KEY, Integer.toString(keep));
            return null;
        });
    }

    private static Optional<Integer> parseKeep(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            return n >= 1 && n <= MAX_KEEP ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every backup in the portfolio's backup folder, newest first (by the time in its name). */
    public static List<Path> list(PortfolioService service) throws IOException {
        Path dir = folderOf(service);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> isBackupName(p.getFileName().toString()))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
    }

    private static boolean isBackupName(String name) {
        return name.startsWith("licensor-") && name.endsWith(".zip");
    }

    private static List<Path> dailies(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return isBackupName(name) && name.endsWith(DAILY_SUFFIX);
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString())).toList();
        }
    }

    private static void prune(Path dir, int keep) throws IOException {
        List<Path> all = dailies(dir);
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            Files.deleteIfExists(old);
            LOG.info("Removed the old daily backup {}", old);
        }
    }

    /** Half-written files of a backup cut short by a crash: never complete, never to be mistaken for a backup. */
    private static void removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(BackupArchive.PART_SUFFIX) || name.startsWith(".") && name.contains(".h2-")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
