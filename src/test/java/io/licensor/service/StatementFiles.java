package io.licensor.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample statement exports of src/test/resources/statements, and edited copies of them for tests. */
public final class StatementFiles {
    private StatementFiles() {
    }

    /** A sample export by file name. */
    public static Path sample(String name) {
        try {
            return Path.of(StatementFiles.class.getResource("/statements/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the sample in folder with one piece of text replaced (to break or fix a line). */
    public static Path copyWith(String name, Path folder, String find, String replace) {
        try {
            String text = Files.readString(sample(name), StandardCharsets.UTF_8);
            if (!text.contains(find)) {
                throw new IllegalArgumentException(name + " has no '" + find + "'");
            }
            Path copy = folder.resolve(name);
            Files.writeString(copy, text.replace(find, replace), StandardCharsets.UTF_8);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file in folder holding text (UTF-8). */
    public static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
