package io.licensor.persistence;

import io.licensor.model.Scenario;
import java.util.List;
import java.util.Optional;

/** The scenario studio's saved scenarios, each with its structures and their tiers. */
public interface ScenarioRepository {
    /** Every scenario, by name (case-insensitive). */
    List<Scenario> findAll();

    Optional<Scenario> find(String id);

    /** Ids of every scenario, in no particular order. */
    List<String> ids();

    /** Inserts the scenario or replaces the one with its id (which must not be null). */
    void save(Scenario scenario);

    void delete(String id);
}
