package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Scenario;
import io.licensor.model.ScenarioStructure;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved scenarios and applying a structure, on a real H2 portfolio with the real migrations. */
class ScenariosTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate START = PortfolioBuilder.DEFAULT_START;

    @TempDir Path folder;
    private PortfolioService service;
    private Scenarios scenarios;

    @BeforeEach
    void open() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                .license("L1", "USD", "A1").license("L2", "EUR", "A1")
                .royalty("R1", "L1", "2024-06-30", "40000", "4000").royalty("R2", "L1", "2024-12-31", "60000", "6000")
                .royalty("R3", "L1", "2025-06-30", "70000", "7000").build());
        scenarios = new Scenarios(service);
    }

    @AfterEach
    void close() {
        service.close();
    }

    /** Everything a structure can hold: whole volume, restarting, fee, advance, minimum, cap, own withholding. */
    static RoyaltyTerms everything() {
        return new RoyaltyTerms(USD, START, Money.of("5000", "USD"), Money.of("2500.5", "USD"),
                RoyaltyBasis.NET_SALES, List.of(Tier.of("0", "0.05"), Tier.of("100000.25", "0.125"),
                        Tier.of("500000", "0.18")), TierMode.WHOLE_VOLUME, TierReset.CONTRACT_YEAR,
                Money.of("1000", "USD"), Money.of("90000", "USD"), Rate.of("0.15"));
    }

    static Scenario scenario(String name) {
        return new Scenario(null, name, "L1", List.of(new ScenarioStructure("Flat", RoyaltyTerms.flat("USD", START,
                "0.10")), new ScenarioStructure("Everything", everything())), new BigDecimal("300000.5"),
                new BigDecimal("0.125"), 7, new BigDecimal("0.08"), null);
    }

    @Test
    void aSavedScenarioComesBackWithEveryStructureAndTierExactly() {
        Scenario saved = scenarios.save(scenario("What if"));
        assertThat(saved.id()).isEqualTo("S1");
        Scenario read = scenarios.find("S1").orElseThrow();
        assertThat(read.name()).isEqualTo("What if");
        assertThat(read.sourceLicenseId()).isEqualTo("L1");
        assertThat(read.withholding()).isNull();
        assertThat(read.years()).isEqualTo(7);
        assertThat(read.firstYearBase()).isEqualByComparingTo("300000.5");
        assertThat(read.annualGrowth()).isEqualByComparingTo("0.125");
        assertThat(read.structures()).extracting(ScenarioStructure::label).containsExactly("Flat", "Everything");
        RoyaltyTerms t = read.structures().get(1).terms();
        assertThat(Scenarios.compare(read, List.of()).structures().get(1).totalIncome())
                .isEqualByComparingTo(Scenarios.compare(scenario("x"), List.of()).structures().get(1).totalIncome());
        assertThat(t.tiers()).extracting(tier -> tier.from().toPlainString() + "@" + tier.rate().toPlainString())
                .containsExactly("0@0.05", "100000.25@0.125", "500000@0.18");
        assertThat(t.tierMode()).isEqualTo(TierMode.WHOLE_VOLUME);
        assertThat(t.tierReset()).isEqualTo(TierReset.CONTRACT_YEAR);
        assertThat(t.advance().amount()).isEqualByComparingTo("2500.5");
        assertThat(t.annualCap().amount()).isEqualByComparingTo("90000");
        assertThat(t.withholdingRate().value()).isEqualByComparingTo("0.15");
    }

    @Test
    void savingUnderANewNameRenamesAndSaveAsNewGetsTheNextId() {
        Scenario first = scenarios.save(scenario("Draft"));
        scenarios.save(first.withName("  Final  "));
        Scenario second = scenarios.save(scenario(scenarios.freeName("Final")));
        assertThat(second.id()).isEqualTo("S2");
        assertThat(scenarios.all()).extracting(Scenario::name).containsExactly("Final", "Final (2)");
    }

    @Test
    void aNameTakenByAnotherScenarioIsRefusedWhateverItsCase() {
        scenarios.save(scenario("Growth case"));
        assertThatThrownBy(() -> scenarios.save(scenario("GROWTH CASE")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(Problem::where).containsExactly("name"));
        assertThat(scenarios.all()).hasSize(1);
    }

    @Test
    void aRefusedScenarioNamesEachFieldAndWritesNothing() {
        RoyaltyTerms bad = RoyaltyTerms.flat("USD", START, "1.5");
        Scenario wrong = new Scenario(null, " ", "L9", List.of(new ScenarioStructure("Only", bad)),
                new BigDecimal("-1"), new BigDecimal("-1"), 0, BigDecimal.ZERO, Rate.of("1"));
        assertThatThrownBy(() -> scenarios.save(wrong))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(Problem::where).containsExactly("name", "structures",
                                "structures[0].terms.tiers[0].rate", "firstYearBase", "annualGrowth", "years",
                                "withholding"));
        assertThat(scenarios.all()).isEmpty();
    }

    @Test
    void structuresInDifferentCurrenciesCannotBeCompared() {
        Scenario mixed = new Scenario(null, "Mixed", null, List.of(new ScenarioStructure("USD", RoyaltyTerms
                .flat("USD", START, "0.1")), new ScenarioStructure("EUR", RoyaltyTerms.flat("EUR", START, "0.1"))),
                BigDecimal.TEN, BigDecimal.ZERO, 1, BigDecimal.ZERO, null);
        assertThat(mixed.problems()).extracting(Problem::where).containsExactly("structures[1].terms.currency");
    }

    @Test
    void scenariosSurviveClosingAndReopeningThePortfolio() {
        scenarios.save(scenario("Kept"));
        service.close();
        service = PortfolioService.open(folder);
        assertThat(new Scenarios(service).all()).extracting(Scenario::name).containsExactly("Kept");
    }

    @Test
    void deletingTheSourceLicenseKeepsTheScenarioWithoutItsSource() {
        Scenario saved = scenarios.save(new Scenario(null, "From L2", "L2", scenario("x").structures(),
                BigDecimal.TEN, BigDecimal.ZERO, 1, BigDecimal.ZERO, null));
        service.deleteLicense("L2");
        assertThat(scenarios.find(saved.id()).orElseThrow().sourceLicenseId()).isNull();
    }

    @Test
    void aScenarioFromALicenseThatDoesNotExistIsRefused() {
        Scenario orphan = new Scenario(null, "Orphan", "L9", scenario("x").structures(), BigDecimal.TEN,
                BigDecimal.ZERO, 1, BigDecimal.ZERO, null);
        assertThatThrownBy(() -> scenarios.save(orphan))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(Problem::where).containsExactly("sourceLicense"));
    }

    @Test
    void theDemoPortfolioHoldsTheArticlesScenarioWithItsFigures(@TempDir Path demoFolder) {
        try (PortfolioService demo = DemoPortfolio.install(demoFolder.resolve("demo"))) {
            List<Scenario> saved = new Scenarios(demo).all();
            assertThat(saved).hasSize(1);
            Scenario article = saved.get(0);
            assertThat(article.sourceLicenseId()).isEqualTo("L1");
            assertThat(article.structures().get(1).terms().tiers())
                    .isEqualTo(demo.license("L1").orElseThrow().terms().tiers());
            ScenarioComparison.Result r = Scenarios.compare(article, List.of(new BigDecimal("350000")));
            assertThat(r.structures()).extracting(x -> x.totalRoyalty().toPlainString())
                    .containsExactly("75000.00", "98000.00");
            assertThat(r.structures()).extracting(x -> x.totalIncome().toPlainString())
                    .containsExactly("75000.00", "103000.00");
            assertThat(r.structures().get(0).years()).extracting(y -> y.base().toPlainString())
                    .containsExactly("300000.00", "450000.00");
        }
    }

    @Test
    void deletingAScenarioRemovesItsStructuresAndTiers() {
        Scenario saved = scenarios.save(scenario("Gone"));
        scenarios.delete(saved.id());
        assertThat(scenarios.find(saved.id())).isEmpty();
        assertThat(scenarios.save(scenario("Gone")).id()).isEqualTo("S1");
    }

    @Test
    void applyingAStructureGivesTheLicenseItsDealAndKeepsStartCurrencyBasisAndWithholding() {
        License before = scenarios.applyStructure("L1", everything().withStartDate(LocalDate.of(2030, 1, 1)));
        License after = service.license("L1").orElseThrow();
        assertThat(before.terms().tiers()).hasSize(1);
        assertThat(before.terms().tiers().get(0).rate()).isEqualByComparingTo("0.10");
        assertThat(after.terms().tiers()).isEqualTo(everything().tiers());
        assertThat(after.terms().tierMode()).isEqualTo(TierMode.WHOLE_VOLUME);
        assertThat(after.terms().annualCap().amount()).isEqualByComparingTo("90000");
        assertThat(after.terms().startDate()).isEqualTo(START);
        assertThat(after.terms().withholdingRate()).isEqualTo(Rate.ZERO);
    }

    @Test
    void aStructureInAnotherCurrencyIsNotAppliedAndTheLicenseStaysAsItWas() {
        assertThatThrownBy(() -> scenarios.applyStructure("L2", everything()))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(Problem::where).containsExactly("terms.currency"));
        RoyaltyTerms kept = service.license("L2").orElseThrow().terms();
        assertThat(kept.tiers()).extracting(t -> t.rate().toPlainString()).containsExactly("0.1");
        assertThat(kept.upfrontFee().isZero()).isTrue();
    }

    @Test
    void startingFromALicenseComparesItsTermsOverLastYearsReportedSales() {
        Scenario s = ScenarioStarts.fromLicense("From L1", service.license("L1").orElseThrow(), service.receipts());
        // the twelve months up to the last statement (2025-06-30): 60,000 + 70,000
        assertThat(s.firstYearBase()).isEqualByComparingTo("130000");
        assertThat(s.structures()).extracting(ScenarioStructure::label).containsExactly("L1 as signed",
                "Alternative");
        assertThat(s.structures().get(0).terms()).isEqualTo(service.license("L1").orElseThrow().terms());
        assertThat(s.years()).isEqualTo(ScenarioStarts.DEFAULT_YEARS);
        assertThat(scenarios.save(s).sourceLicenseId()).isEqualTo("L1");
    }
}
