package io.licensor.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.FxRate;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Receipt;
import io.licensor.model.RoyaltyTerms;
import io.licensor.testing.Normalised;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every repository gives back every field it was given, saved one by one or inserted in a batch. */
class RepositoryRoundTripTest {
    static final Portfolio ALL = Normalised.of(PortfolioBuilder.everyFieldSet());

    @TempDir
    Path folder;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(folder);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void write(Consumer<Repositories> work) {
        db.write(r -> {
            work.accept(r);
            return null;
        });
    }

    private void saveAllOneByOne() {
        write(r -> {
            r.settings().save(ALL.settings());
            ALL.assets().forEach(r.assets()::save);
            ALL.licenses().stream().map(l -> l.renewalOf() == null ? l : withoutRenewal(l)).forEach(r.licenses()::save);
            ALL.licenses().forEach(r.licenses()::save);
            ALL.receipts().forEach(r.receipts()::save);
            ALL.enforcement().forEach(r.enforcement()::save);
            ALL.fxRates().forEach(r.fxRates()::save);
        });
    }

    private static License withoutRenewal(License l) {
        return new License(l.id(), l.licensee(), l.licenseeCountry(), l.assetIds(), l.start(), l.end(), l.exclusive(),
                l.territory(), l.fieldOfUse(), null, l.terms());
    }

    private Portfolio readBack() {
        Portfolio back = db.read(r -> new Portfolio(r.settings().find().orElseThrow(), r.assets().findAll(),
                r.licenses().findAll(), r.receipts().findAll(), r.enforcement().findAll(), r.fxRates().findAll()));
        return Normalised.of(back);
    }

    @Test
    void everyFieldSavedOneByOneComesBackEqual() {
        saveAllOneByOne();
        assertThat(readBack()).isEqualTo(ALL);
    }

    @Test
    void everyFieldInsertedInBatchesComesBackEqual() {
        write(r -> {
            r.settings().save(ALL.settings());
            r.assets().insertAll(ALL.assets());
            List<License> renewalFirst = new ArrayList<>(ALL.licenses());
            Collections.reverse(renewalFirst);
            r.licenses().insertAll(renewalFirst);
            r.receipts().insertAll(ALL.receipts());
            r.enforcement().insertAll(ALL.enforcement());
            r.fxRates().insertAll(ALL.fxRates());
        });
        assertThat(readBack()).isEqualTo(ALL);
    }

    @Test
    void findingOneRecordByIdGivesEveryField() {
        saveAllOneByOne();
        db.read(r -> {
            assertThat(r.assets().find("A1")).contains(ALL.assets().get(0));
            assertThat(r.licenses().find("L2").map(Normalised::of)).contains(ALL.licenses().get(1));
            assertThat(r.receipts().find("R1").map(Normalised::of)).contains(ALL.receipts().get(0));
            assertThat(r.enforcement().find("E2").map(Normalised::of)).contains(ALL.enforcement().get(1));
            assertThat(r.assets().find("A99")).isEmpty();
            return null;
        });
    }

    @Test
    void savingAnExistingAssetReplacesItAndAllItsChildRows() {
        saveAllOneByOne();
        Asset replacement = Asset.of("A1", "Renamed", AssetType.DATASET);
        write(r -> r.assets().save(replacement));
        Optional<Asset> back = db.read(r -> r.assets().find("A1"));
        assertThat(back).contains(replacement);
    }

    @Test
    void savingAnExistingLicenseReplacesItsTiersAndAssets() {
        saveAllOneByOne();
        License l2 = ALL.licenses().get(1);
        License changed = new License("L2", "New licensee", null, List.of("A2"), l2.start(), null, false, null, null,
                null, RoyaltyTerms.flat("BHD", l2.start(), "0.2"));
        write(r -> r.licenses().save(changed));
        Optional<License> back = db.read(r -> r.licenses().find("L2"));
        assertThat(back.map(Normalised::of)).contains(Normalised.of(changed));
    }

    @Test
    void savingAnExistingReceiptEntryOrRateReplacesIt() {
        saveAllOneByOne();
        Receipt r3 = ALL.receipts().get(2);
        Receipt newR3 = new Receipt("R3", "L1", r3.kind(), null, r3.periodEnd(), null, null, new BigDecimal("5"),
                new BigDecimal("1"), r3.receivedOn());
        EnforcementEntry e1 = ALL.enforcement().get(0);
        EnforcementEntry newE1 = new EnforcementEntry("E1", null, "L3", e1.date(), e1.kind(), BigDecimal.ONE,
                BigDecimal.ONE, Currency.getInstance("JPY"), "moved");
        FxRate rate = new FxRate(Currency.getInstance("USD"), ALL.fxRates().get(2).date(), new BigDecimal("0.5"));
        write(r -> {
            r.receipts().save(newR3);
            r.enforcement().save(newE1);
            r.fxRates().save(rate);
        });
        Portfolio back = readBack();
        assertThat(back.receipts()).contains(newR3).hasSize(3);
        assertThat(back.enforcement()).contains(newE1).hasSize(2);
        assertThat(back.fxRates()).contains(rate).hasSize(4);
    }

    @Test
    void deletingRemovesTheRecordAndItsChildRows() {
        saveAllOneByOne();
        write(r -> {
            r.receipts().delete("R1");
            r.enforcement().delete("E2");
            r.fxRates().delete(Currency.getInstance("JPY"), ALL.fxRates().get(1).date());
            r.licenses().delete("L2");
            r.assets().delete("A10");
        });
        Portfolio back = readBack();
        assertThat(back.assets()).extracting(Asset::id).containsExactly("A1", "A2");
        assertThat(back.licenses()).extracting(License::id).containsExactly("L1", "L3");
        assertThat(back.receipts()).extracting(Receipt::id).containsExactly("R2", "R3");
        assertThat(back.enforcement()).extracting(EnforcementEntry::id).containsExactly("E1");
        assertThat(back.fxRates()).hasSize(3);
    }

    @Test
    void referenceLookupsNameTheReferringRecords() {
        saveAllOneByOne();
        db.read(r -> {
            assertThat(r.licenses().idsCoveringAsset("A1")).containsExactly("L1", "L2");
            assertThat(r.licenses().idsRenewing("L1")).containsExactly("L2");
            assertThat(r.receipts().idsOfLicense("L2")).containsExactly("R1");
            assertThat(r.enforcement().idsOfAsset("A2")).containsExactly("E1");
            assertThat(r.enforcement().idsOfLicense("L2")).containsExactly("E2");
            assertThat(r.assets().ids()).containsExactly("A1", "A2", "A10");
            assertThat(r.assets().count()).isEqualTo(3);
            return null;
        });
    }

    @Test
    void settingsAndMetaKeepTheirValues() {
        PortfolioSettings noCountry = new PortfolioSettings("Mine", null, Currency.getInstance("JPY"));
        write(r -> {
            r.settings().save(ALL.settings());
            r.settings().save(noCountry);
            r.meta().put("demo", "true");
            r.meta().put("other", "x");
            r.meta().put("demo", "false");
            r.meta().remove("other");
        });
        db.read(r -> {
            assertThat(r.settings().find()).contains(noCountry);
            assertThat(r.meta().get("demo")).contains("false");
            assertThat(r.meta().get("other")).isEmpty();
            return null;
        });
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try {
            write(r -> {
                r.assets().save(ALL.assets().get(0));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the unit of work failed: nothing it did may remain
        }
        long assets = db.read(r -> r.assets().count());
        assertThat(assets).isZero();
    }
}
