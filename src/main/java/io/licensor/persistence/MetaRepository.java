package io.licensor.persistence;

import java.util.Optional;

/** Free-form facts about the portfolio itself, such as the demo mark. */
public interface MetaRepository {
    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);
}
