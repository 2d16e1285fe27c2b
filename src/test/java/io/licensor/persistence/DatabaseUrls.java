package io.licensor.persistence;

import java.nio.file.Path;

/** The JDBC URL the app uses for a portfolio folder, for tests and benchmarks that compare with plain JDBC. */
public final class DatabaseUrls {
    private DatabaseUrls() {
    }

    public static String of(Path folder) {
        return Database.url(folder.toAbsolutePath().normalize());
    }
}
