package io.licensor.exchange.statement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where statement bytes come from: a file, or bytes already in memory (tests, drag and drop). A source can be opened
 * more than once, because detection reads the beginning and the reader then streams the whole file.
 */
public interface StatementSource {

    /** A name for messages, usually the file name. */
    String name();

    /** The size in bytes, for progress; -1 when unknown. */
    long size();

    /** A fresh stream from the first byte. The caller closes it. */
    InputStream open() throws IOException;

    /** A file on disk. */
    static StatementSource of(Path file) {
        Objects.requireNonNull(file, "file");
        return new StatementSource() {
            @Override
            public String name() {
                Path fileName = file.getFileName();
                return fileName == null ? file.toString() : fileName.toString();
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    /** Bytes in memory, named for messages. */
    static StatementSource of(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        byte[] copy = bytes.clone();
        return new StatementSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }
        };
    }
}
