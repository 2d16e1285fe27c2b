package io.licensor.service;

import io.licensor.exchange.PortfolioJson;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import io.licensor.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The portfolio file (docs/portfolio-file.md) in and out of a portfolio: import is all or nothing, export writes the
 * whole portfolio and never leaves a half-written file behind.
 */
public final class PortfolioFiles {
    private PortfolioFiles() {}

    /**
     * Imports the portfolio file into the (empty) portfolio.
     *
     * @throws InputRejectedException when the portfolio is not empty, the file is missing, or with every problem of
     *     the file (each with its JSON path); nothing was written
     */
    public static void importFile(PortfolioService target, Path json) {
        if (!target.isEmpty()) {
            throw notEmpty(target.folder());
        }
        target.importPortfolio(read(json));
    }

    /**
     * Imports the portfolio file into the portfolio in {@code folder}, creating it when absent. When the import is
     * refused or fails, a portfolio this call created is removed again, so no half portfolio is left behind.
     *
     * @throws InputRejectedException as {@link #importFile}
     * @return the imported portfolio
     * @throws PortfolioOpenException as {@link PortfolioService#open}
     */
    public static Portfolio importInto(Path folder, Path json) {
        return importInto(folder, json, null);
    }

    /**
     * As {@link #importInto(Path, Path)}, for a portfolio with a password (null for none); a portfolio created here
     * is encrypted with it.
     */
    public static Portfolio importInto(Path folder, Path json, char[] password) {
        Portfolio portfolio = read(json);
        PortfolioFolder created = PortfolioFolder.before(folder);
        try (PortfolioService target = PortfolioService.open(folder, password)) {
            if (!target.isEmpty()) {
                throw notEmpty(target.folder());
            }
            target.importPortfolio(portfolio);
        } catch (RuntimeException e) {
            created.removeWhatWasCreatedAfter(e);
            throw e;
        }
        return portfolio;
    }

    /** Reads and checks the file, nothing else. */
    private static Portfolio read(Path json) {
        if (!Files.isRegularFile(json)) {
            throw new InputRejectedException(json.toString(), new Problem("(file)",
                    Files.exists(json) ? "is not a file" : "does not exist"));
        }
        return PortfolioJson.read(json);
    }

    private static InputRejectedException notEmpty(Path folder) {
        return new InputRejectedException(null, new Problem("portfolio in " + folder,
                "already holds data; a portfolio file can only be imported into a new or empty portfolio"));
    }

    /** Writes the whole portfolio file to the stream (left open). */
    public static void exportTo(PortfolioService source, OutputStream out) {
        PortfolioJson.write(source.snapshot(), out);
    }

    /** Writes the whole portfolio file as text to the writer (left open). */
    public static void exportTo(PortfolioService source, Writer out) {
        PortfolioJson.write(source.snapshot(), out);
    }

    /**
     * Writes the whole portfolio file to {@code json}, atomically: into a temporary file beside it, flushed to disk,
     * then moved over the target, so a crash leaves either the old file or the complete new one.
     *
     * @throws InputRejectedException when the folder to write into does not exist
     */
    public static void exportTo(PortfolioService source, Path json) {
        Path target = json.toAbsolutePath();
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new InputRejectedException(json.toString(), new Problem("(file)", "cannot be written: the folder "
                    + dir + " does not exist"));
        }
        Portfolio snapshot = source.snapshot();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                PortfolioJson.write(snapshot, out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the temporary file is hidden and harmless; the export itself has succeeded or already failed
        }
    }
}
