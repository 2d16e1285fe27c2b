package io.licensor.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.InputRejectedException;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.testing.Corruptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Corrupted terms files and sales CSVs (the simulate command's inputs): each is read into values that pass every
 * rule, or refused with an InputRejectedException whose problems name their place. Any other exception fails.
 */
class TermsAndSalesFuzzProperties {
    private static final String TERMS = """
            {
              "currency": "USD",
              "startDate": "2024-01-01",
              "upfrontFee": "5000",
              "advance": "1000",
              "basis": "NET_SALES",
              "tiers": [
                {"from": "0",      "rate": "0.05"},
                {"from": "100000", "rate": "0.12"},
                {"from": "500000", "rate": "0.18"}
              ],
              "tierMode": "MARGINAL",
              "tierReset": "YEARLY",
              "minimumAnnual": "100",
              "annualCap": "90000",
              "withholdingRate": "0.1"
            }""";
    private static final String SALES = "period_start,period_end,net_sales,units\n"
            + "2024-01-01,2024-03-31,120000.50,300\n2024-04-01,2024-06-30,80000,200\n"
            + "2024-07-01,2024-12-31,650000.25,1000\n";
    private static final AtomicInteger TERMS_READ = new AtomicInteger();
    private static final AtomicInteger TERMS_REFUSED = new AtomicInteger();
    private static final AtomicInteger SALES_READ = new AtomicInteger();
    private static final AtomicInteger SALES_REFUSED = new AtomicInteger();
    private static Path root;

    @BeforeContainer
    static void folder() throws IOException {
        root = Files.createTempDirectory("licensor-terms-fuzz");
    }

    @AfterContainer
    static void report() throws IOException {
        System.err.printf("Fuzz terms JSON: %d inputs tried: read %d, refused %d%n",
                TERMS_READ.get() + TERMS_REFUSED.get(), TERMS_READ.get(), TERMS_REFUSED.get());
        System.err.printf("Fuzz sales CSV: %d inputs tried: read %d, refused %d%n",
                SALES_READ.get() + SALES_REFUSED.get(), SALES_READ.get(), SALES_REFUSED.get());
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 1000)
    void aCorruptedTermsFileIsReadIntoValidTermsOrRefusedNamingThePlace(@ForAll Corruptions.Kind kind,
            @ForAll long seed) throws IOException {
        Path file = Files.write(root.resolve("terms.json"),
                Corruptions.json(TERMS.getBytes(StandardCharsets.UTF_8), kind, seed));
        try {
            RoyaltyTerms terms = TermsJson.read(file);
            TERMS_READ.incrementAndGet();
            assertThat(terms.problems()).isEmpty();
        } catch (InputRejectedException refused) {
            TERMS_REFUSED.incrementAndGet();
            assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.where()).isNotBlank();
                assertThat(p.message()).isNotBlank();
            });
        }
    }

    @Property(tries = 1000)
    void aCorruptedSalesFileIsReadOrRefusedNamingThePlace(@ForAll Corruptions.Kind kind, @ForAll long seed,
            @ForAll RoyaltyBasis basis) throws IOException {
        Path file = Files.write(root.resolve("sales.csv"),
                Corruptions.csv(SALES.getBytes(StandardCharsets.UTF_8), kind, seed));
        try {
            SalesCsv.Sales sales = SalesCsv.read(file, basis);
            SALES_READ.incrementAndGet();
            assertThat(sales).isNotNull();
        } catch (InputRejectedException refused) {
            SALES_REFUSED.incrementAndGet();
            assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.where()).isNotBlank();
                assertThat(p.message()).isNotBlank();
            });
        }
    }
}
