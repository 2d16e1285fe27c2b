package io.licensor.persistence;

import io.licensor.model.PortfolioSettings;
import java.util.Optional;

/** The portfolio's one settings row. */
public interface SettingsRepository {
    /** The settings, empty in a database that has none yet. */
    Optional<PortfolioSettings> find();

    void save(PortfolioSettings settings);
}
