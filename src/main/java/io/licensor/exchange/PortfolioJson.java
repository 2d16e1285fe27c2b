package io.licensor.exchange;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The portfolio file (shared/spec/portfolio-format.md; docs/portfolio-file.md for users). Reading is strict and
 * all-or-nothing: it returns a portfolio that passes every rule of the format, or throws an
 * {@link InputRejectedException} naming every problem with its JSON path ({@code receipts[12].gross}). Writing gives
 * the same format back, deterministically.
 */
public final class PortfolioJson {
    /** The value of the file's {@code "format"} field. */
    public static final String FORMAT = FormatHeader.FORMAT;
    /** The version of the format this app reads and writes. */
    public static final int VERSION = FormatHeader.VERSION;

    private PortfolioJson() {}

    /**
     * Reads a portfolio file.
     *
     * @param source names the input in messages (a file name)
     * @throws InputRejectedException with every problem found
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static Portfolio read(InputStream in, String source) {
        return new PortfolioJsonReader(source).read(in);
    }

    /** Reads a portfolio file from disk; problems are reported against the file's path. */
    public static Portfolio read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a portfolio file held in a string. */
    public static Portfolio parse(String json, String source) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    /** Writes the portfolio file as UTF-8; the stream is left open. */
    public static void write(Portfolio portfolio, OutputStream out) {
        try {
            PortfolioJsonWriter.write(portfolio, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the portfolio file: " + e.getMessage(), e);
        }
    }

    /** Writes the portfolio file as text; the writer is left open. */
    public static void write(Portfolio portfolio, Writer out) {
        try {
            PortfolioJsonWriter.write(portfolio, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the portfolio file: " + e.getMessage(), e);
        }
    }

    /** The portfolio file as a string. */
    public static String toJson(Portfolio portfolio) {
        StringWriter out = new StringWriter();
        write(portfolio, out);
        return out.toString();
    }
}
