package io.licensor.service;

import io.licensor.analytics.pricing.RevenueScenario;
import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Problem;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Scenario;
import io.licensor.model.ScenarioStructure;
import io.licensor.persistence.Database;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenario studio's use cases on an open portfolio: the saved scenarios (list, save, rename, delete) and applying
 * a structure back to a license as its new terms. Scenarios live in the portfolio's database only; the portfolio
 * file format has no scenarios (docs/decisions/0081). Thread-safe like {@link PortfolioService}.
 */
public final class Scenarios {
    private final PortfolioService portfolio;
    private final Database db;

    public Scenarios(PortfolioService portfolio) {
        this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
        this.db = portfolio.database();
    }

    /** Every saved scenario, by name (case-insensitive). */
    public List<Scenario> all() {
        return db.read(r -> r.scenarios().findAll());
    }

    public Optional<Scenario> find(String id) {
        return db.read(r -> r.scenarios().find(id));
    }

    /**
     * Saves the scenario: a new one (id null) gets the next free id "S&lt;n&gt;", one with an id replaces what was
     * saved under it (so renaming is saving under a new name).
     *
     * @return the scenario as saved, with its id
     * @throws InputRejectedException naming each field when the scenario breaks a rule, its name is taken by another
     *                                scenario (case does not count) or its source license does not exist
     */
    public Scenario save(Scenario scenario) {
        List<Problem> problems = new ArrayList<>(scenario.problems());
        reject(scenario, problems);
        return db.write(r -> {
            String id = scenario.id() != null ? scenario.id()
                    : NextId.after("S", r.scenarios().ids());
            String key = scenario.name().strip().toLowerCase(Locale.ROOT);
            for (Scenario other : r.scenarios().findAll()) {
                if (!other.id().equals(id) && other.name().strip().toLowerCase(Locale.ROOT).equals(key)) {
                    problems.add(new Problem("name", "another scenario is already called \"" + other.name() + "\""));
                }
            }
            if (scenario.sourceLicenseId() != null && !r.licenses().exists(scenario.sourceLicenseId())) {
                problems.add(new Problem("sourceLicense", "no license has the id " + scenario.sourceLicenseId()));
            }
            reject(scenario, problems);
            Scenario saved = scenario.withId(id).withName(scenario.name().strip());
            r.scenarios().save(saved);
            return saved;
        });
    }

    /** Deletes the scenario; nothing happens when there is none with that id. */
    public void delete(String id) {
        db.write(r -> {
            r.scenarios().delete(id);
            return null;
        });
    }

    /** {@code wanted} when no scenario has that name yet, else "wanted (2)", "wanted (3)" ... */
    public String freeName(String wanted) {
        List<String> taken = all().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        String base = wanted.strip();
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    /**
     * Gives the license the deal structure's terms ({@link #termsFor}) through {@link PortfolioService#saveLicense}.
     *
     * @return the license as it was before, for undo
     * @throws InputRejectedException when there is no such license, it is in another currency or on another basis,
     *                                or the new terms break a rule
     */
    public License applyStructure(String licenseId, RoyaltyTerms structure) {
        License before = portfolio.license(licenseId).orElseThrow(() -> new InputRejectedException("license "
                + licenseId, List.of(new Problem("id", "no license has the id " + licenseId))));
        portfolio.saveLicense(before.withTerms(termsFor(before, structure)));
        return before;
    }

    /**
     * The license's terms with the structure's deal: tiers, tier mode, tier reset, upfront fee, advance, minimum and
     * cap come from the structure; currency, basis, start date and withholding stay the license's (withholding is a
     * tax fact of the licensee's country, not part of the deal being shaped).
     *
     * @throws InputRejectedException when the structure is in another currency or on another basis
     */
    public static RoyaltyTerms termsFor(License license, RoyaltyTerms structure) {
        RoyaltyTerms old = license.terms();
        List<Problem> problems = new ArrayList<>();
        if (!old.currency().equals(structure.currency())) {
            problems.add(new Problem("terms.currency", "the structure is in " + structure.currency()
                    + " but license " + license.id() + " is in " + old.currency()));
        }
        if (old.basis() != structure.basis()) {
            problems.add(new Problem("terms.basis", "the structure is on " + structure.basis()
                    + " but license " + license.id() + " is on " + old.basis()));
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException("license " + license.id(), problems);
        }
        return new RoyaltyTerms(old.currency(), old.startDate(), structure.upfrontFee(), structure.advance(),
                old.basis(), structure.tiers(), structure.tierMode(), structure.tierReset(), structure.minimumAnnual(),
                structure.annualCap(), old.withholdingRate());
    }

    /** The scenario's revenue projection in the analytics' terms. */
    public static RevenueScenario revenue(Scenario scenario) {
        return new RevenueScenario(scenario.firstYearBase(), scenario.annualGrowth(), scenario.years(),
                scenario.discountRate(), scenario.withholding());
    }

    /**
     * The studio's figures for a scenario: one call of {@link ScenarioComparison#compare} (the one engine), with the
     * first-year income curves evaluated at {@code basePoints}.
     *
     * @throws IllegalArgumentException when the structures' terms are invalid or not comparable
     */
    public static ScenarioComparison.Result compare(Scenario scenario, List<BigDecimal> basePoints) {
        List<RoyaltyTerms> terms = scenario.structures().stream().map(ScenarioStructure::terms).toList();
        return ScenarioComparison.compare(terms, basePoints, revenue(scenario));
    }

    private static void reject(Scenario scenario, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InputRejectedException("scenario \"" + scenario.name() + "\"", problems);
        }
    }
}
