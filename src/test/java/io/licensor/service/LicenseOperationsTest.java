package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.RoyaltyTerms;
import io.licensor.testing.PortfolioBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deleting a license with what refers to it, putting it back, and renewing, on a real portfolio database. */
class LicenseOperationsTest {
    @TempDir Path folder;
    private PortfolioService service;
    private LicenseOperations operations;
    private Portfolio before;

    @BeforeEach
    void open() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).asset("A2", AssetType.PATENT)
                .license(new License("L1", "Acme", "DE", List.of("A1", "A2"), LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 12, 31), true, "EU", "Apps", null,
                        RoyaltyTerms.flat("EUR", LocalDate.of(2024, 1, 1), "0.08")))
                .license(new License("L2", "Acme", "DE", List.of("A1"), LocalDate.of(2026, 1, 1), null, false, null,
                        null, "L1", RoyaltyTerms.flat("EUR", LocalDate.of(2026, 1, 1), "0.08")))
                .license("L3", "USD", "A2")
                .royalty("R1", "L1", "2024-03-31", "100000", "8000.00")
                .royalty("R2", "L1", "2024-06-30", "50000", "4000.00")
                .receipt("R3", "L3", "2024-03-31", "10.00")
                .enforcementOnLicense("E1", "L1", "2024-05-01", "900", "0", "EUR")
                .build());
        operations = new LicenseOperations(service);
        before = service.snapshot();
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void deletingALicenseTakesItsReceiptsAndEntriesAndUnlinksItsRenewal() {
        LicenseRemoval removed = operations.delete("L1");

        assertThat(removed.receipts()).extracting(r -> r.id()).containsExactly("R1", "R2");
        assertThat(removed.enforcement()).extracting(e -> e.id()).containsExactly("E1");
        assertThat(removed.renewals()).extracting(License::id).containsExactly("L2");
        assertThat(service.license("L1")).isEmpty();
        assertThat(service.receipts()).extracting(r -> r.id()).containsExactly("R3");
        assertThat(service.enforcement()).isEmpty();
        assertThat(service.license("L2").orElseThrow().renewalOf()).isNull();
    }

    @Test
    void restoringPutsBackExactlyWhatWasThere() {
        operations.restore(operations.delete("L1"));

        assertThat(service.snapshot()).isEqualTo(before);
    }

    @Test
    void theConfirmationSaysWhatGoesWithTheLicense() {
        assertThat(operations.whatGoesWith("L1").consequences()).isEqualTo("Its 2 receipts and 1 enforcement entry "
                + "are deleted with it. L2 stays but is no longer marked as renewing L1.");
        assertThat(operations.whatGoesWith("L3").consequences()).isEqualTo("Its 1 receipt is deleted with it.");
        assertThat(operations.whatGoesWith("L2").isLicenseOnly()).isTrue();
        assertThat(service.snapshot()).as("asking changes nothing").isEqualTo(before);
    }

    @Test
    void renewingStoresTheSuccessorWithCopiedTermsUnderTheNextId() {
        service.deleteLicense("L2");
        License successor = operations.renew("L1");

        License l1 = service.license("L1").orElseThrow();
        assertThat(successor.id()).isEqualTo("L4");
        assertThat(successor.renewalOf()).isEqualTo("L1");
        assertThat(successor.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(successor.end()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(successor.terms()).isEqualTo(l1.terms().withStartDate(LocalDate.of(2026, 1, 1)));
        assertThat(successor).usingRecursiveComparison().ignoringFields("id", "start", "end", "renewalOf", "terms")
                .isEqualTo(l1);
        assertThat(service.license("L4")).contains(successor);
    }

    @Test
    void aLicenseAlreadyRenewedOrWithoutAnEndCannotBeRenewed() {
        assertThatThrownBy(() -> operations.renew("L1")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("already renewed by L2");
        assertThatThrownBy(() -> operations.renew("L3")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("has no end date");
        assertThat(service.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} to {1} is followed by {2} to {3}")
    @CsvSource(textBlock = """
            2024-01-01, 2025-12-31, 2026-01-01, 2027-12-31
            2024-04-01, 2027-03-31, 2027-04-01, 2030-03-31
            2024-03-01, 2025-02-28, 2025-03-01, 2026-02-28
            2023-03-01, 2024-02-29, 2024-03-01, 2025-02-28
            2024-07-15, 2024-10-14, 2024-10-15, 2025-01-14
            2024-01-01, 2024-01-01, 2024-01-02, 2024-01-02
            """)
    void aSuccessorRunsForTheSameCalendarLengthFromTheDayAfter(LocalDate start, LocalDate end, LocalDate nextStart,
            LocalDate nextEnd) {
        License license = new License("L1", "Acme", null, List.of("A1"), start, end, false, null, null, null,
                RoyaltyTerms.flat("USD", start, "0.1"));

        License next = LicenseOperations.successorOf(license, "L9");

        assertThat(next.start()).isEqualTo(nextStart);
        assertThat(next.end()).isEqualTo(nextEnd);
        assertThat(next.terms().startDate()).isEqualTo(nextStart);
    }
}
