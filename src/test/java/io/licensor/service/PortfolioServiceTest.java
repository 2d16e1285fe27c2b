package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Owner;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.RoyaltyTerms;
import io.licensor.testing.Normalised;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortfolioServiceTest {
    @TempDir
    Path temp;
    Path folder;
    PortfolioService service;

    @BeforeEach
    void open() {
        folder = temp.resolve("my portfolio");
        service = PortfolioService.open(folder);
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void openingAMissingFolderCreatesAnEmptyPortfolioNamedAfterIt() {
        assertThat(folder).isDirectory();
        assertThat(folder.resolve("licensor.mv.db")).exists();
        assertThat(service.folder()).isEqualTo(folder.toAbsolutePath());
        assertThat(service.isEmpty()).isTrue();
        assertThat(service.isDemo()).isFalse();
        assertThat(service.settings().name()).isEqualTo("my portfolio");
    }

    @Test
    void savedSettingsSurviveReopening() {
        PortfolioSettings settings = new PortfolioSettings("Jane's IP", "DE", Currency.getInstance("EUR"));
        service.saveSettings(settings);
        service.close();
        service = PortfolioService.open(folder);
        assertThat(service.settings()).isEqualTo(settings);
    }

    @Test
    void settingsWithABlankNameOrAnUnknownCountryAreRefusedNamingTheFields() {
        PortfolioSettings bad = new PortfolioSettings(" ", "XY", Currency.getInstance("EUR"));
        assertThatThrownBy(() -> service.saveSettings(bad)).isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).problems()).extracting(Problem::where)
                        .containsExactly("name", "homeCountry"));
    }

    @Test
    void assetsAreListedInNaturalIdOrder() {
        for (String id : List.of("A10", "A2", "A1")) {
            service.saveAsset(Asset.of(id, "t" + id, AssetType.PATENT));
        }
        assertThat(service.assets()).extracting(Asset::id).containsExactly("A1", "A2", "A10");
        assertThat(service.asset("A2")).map(Asset::title).contains("tA2");
        assertThat(service.asset("A3")).isEmpty();
        assertThat(service.isEmpty()).isFalse();
    }

    @ParameterizedTest(name = "ids [{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
                          | A1
        A1                | A2
        A1 A2 A3          | A4
        A2 A10 B99 Axy A  | A11
        X7 a5             | A1
        """)
    void theNextAssetIdFollowsTheLargestNumberedOne(String ids, String expected) {
        if (ids != null) {
            Arrays.stream(ids.split(" ")).forEach(id -> service.saveAsset(Asset.of(id, "t", AssetType.OTHER)));
        }
        assertThat(service.nextAssetId()).isEqualTo(expected);
    }

    @Test
    void anAssetWithBadFieldsIsRefusedWholeAndNothingIsWritten() {
        Asset bad = new Asset("A1", "", AssetType.SOFTWARE, null, List.of(), null, null, null,
                List.of(new Owner("Jane", new BigDecimal("1.5"))), List.of(), List.of(), false, null, List.of());
        assertThatThrownBy(() -> service.saveAsset(bad)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("title: must not be empty")
                .hasMessageContaining("owners[0].share: must be between 0 and 1");
        assertThat(service.isEmpty()).isTrue();
    }

    @Test
    void anAssetStillLicensedOrEnforcedCannotBeDeletedAndTheRefusalNamesWhatUsesIt() {
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.PATENT).license("L1", "USD", "A1")
                .license("L2", "USD", "A1").enforcementOnAsset("E1", "A1", "2024-01-01", "10", "USD").build());
        assertThatThrownBy(() -> service.deleteAsset("A1")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("licenses L1, L2").hasMessageContaining("enforcement entry E1");
        assertThat(service.asset("A1")).isPresent();
    }

    @Test
    void anUnusedAssetIsDeletedWithItsChildRows() {
        service.importPortfolio(new PortfolioBuilder().fullAsset("A1").asset("A2", AssetType.PATENT).build());
        service.deleteAsset("A1");
        assertThat(service.assets()).extracting(Asset::id).containsExactly("A2");
    }

    @Test
    void aLicenseWithReceiptsOrRenewalsCannotBeDeleted() {
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.PATENT).license("L1", "USD", "A1")
                .fullLicense("L2", "L1", "USD", "A1").receipt("R1", "L1", "2024-03-31", "10").build());
        assertThatThrownBy(() -> service.deleteLicense("L1")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("receipt R1").hasMessageContaining("renewal L2");
        service.deleteLicense("L2");
        assertThat(service.licenses()).extracting(License::id).containsExactly("L1");
    }

    @Test
    void aLicenseNamingAMissingAssetIsRefused() {
        License l = new License("L1", "Acme", null, List.of("A9"), LocalDate.of(2024, 1, 1), null, false, null, null,
                null, RoyaltyTerms.flat("USD", LocalDate.of(2024, 1, 1), "0.1"));
        assertThatThrownBy(() -> service.saveLicense(l)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("assets[0]: no asset has the id A9");
        assertThat(service.licenses()).isEmpty();
    }

    @Test
    void aReceiptWithMoreDecimalsThanItsLicenseCurrencyIsRefused() {
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.PATENT).license("L1", "JPY", "A1")
                .build());
        Receipt r = new Receipt("R1", "L1", io.licensor.model.ReceiptKind.ROYALTY, null, LocalDate.of(2024, 3, 31),
                null, null, new BigDecimal("10.5"), BigDecimal.ZERO, LocalDate.of(2024, 4, 30));
        assertThatThrownBy(() -> service.saveReceipt(r)).hasMessageContaining("gross: has more decimals than JPY");
        assertThat(service.receipts()).isEmpty();
    }

    @Test
    void anImportedPortfolioComesBackAsTheSameSnapshot() {
        Portfolio p = PortfolioBuilder.everyFieldSet();
        service.importPortfolio(p);
        assertThat(Normalised.of(service.snapshot())).isEqualTo(Normalised.of(p));
        assertThat(service.nextLicenseId()).isEqualTo("L4");
    }

    @Test
    void importingIntoAPortfolioThatHoldsDataIsRefusedAndChangesNothing() {
        service.saveAsset(Asset.of("A1", "Mine", AssetType.PATENT));
        Portfolio before = service.snapshot();
        assertThatThrownBy(() -> service.importPortfolio(PortfolioBuilder.everyFieldSet()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("already holds data");
        assertThat(service.snapshot()).isEqualTo(before);
    }

    @Test
    void importingAPortfolioWithABrokenReferenceIsRefusedAndLeavesItEmpty() {
        Portfolio broken = new PortfolioBuilder().asset("A1", AssetType.PATENT).license("L1", "USD", "A1")
                .receipt("R1", "L7", "2024-03-31", "10").build();
        assertThatThrownBy(() -> service.importPortfolio(broken)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("receipts[0].license: no license has the id L7");
        assertThat(service.isEmpty()).isTrue();
    }

    @Test
    void openingTheSameFolderTwiceInOneProcessIsRefusedAsInUse() {
        assertThatThrownBy(() -> PortfolioService.open(folder)).isInstanceOf(PortfolioInUseException.class)
                .hasMessageContaining(folder.toAbsolutePath().toString());
    }

    @Test
    void aFileInsteadOfAFolderIsRefusedWithAClearMessage() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> PortfolioService.open(file)).isInstanceOf(PortfolioOpenException.class)
                .hasMessageContaining("is a file, not a portfolio folder");
    }

    @Test
    void aFolderWithASemicolonInItsPathIsRefusedInsteadOfOpeningAnotherFile() {
        Path odd = temp.resolve("a;FILE_LOCK=NO");
        assertThatThrownBy(() -> PortfolioService.open(odd)).isInstanceOf(PortfolioOpenException.class)
                .hasMessageContaining("has a ';' in its path");
        assertThat(odd).doesNotExist();
    }

    @Test
    void closingLeavesNoH2TraceFileBehind() {
        // regressions: SHUTDOWN on a pooled connection made H2 log "Database is already closed" there, and H2
        // 2.3.232's file compaction on close tripped its own assertion (H2 issues 4086/4286) with -ea on
        service.saveAsset(Asset.of("A1", "x", AssetType.PATENT));
        service.close();
        Path trace = folder.resolve("licensor.trace.db");
        assertThat(trace).as(() -> read(trace)).doesNotExist();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void closingTwiceIsHarmlessAndTheFolderCanBeOpenedAgain() {
        service.saveAsset(Asset.of("A1", "Kept", AssetType.PATENT));
        service.close();
        service.close();
        service = PortfolioService.open(folder);
        assertThat(service.asset("A1")).map(Asset::title).contains("Kept");
    }
}
