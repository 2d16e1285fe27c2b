package io.licensor.ui.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.common.Dialogs.UnsavedChoice;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's presentation model against a real portfolio (H2 in a temporary folder), without a window. */
class AssetsModelTest {
    @TempDir Path folder;
    private PortfolioService service;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UndoStack undo = new UndoStack();
    private AssetsModel model;
    private AssetEditing editor;

    @BeforeEach
    void openPortfolio() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().fullAsset("A1").asset("A2", AssetType.SOFTWARE)
                .asset("A10", AssetType.PATENT).license("L1", "USD", "A2").build());
        model = new AssetsModel(service, dialogs, undo);
        editor = model.editor();
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void addingAndSavingStoresANewAssetUnderTheNextFreeId() {
        editor.add();
        assertThat(editor.form().idProperty().get()).isEqualTo("A11");
        assertThat(editor.form().isValid()).as("no title yet").isFalse();
        assertThat(editor.save()).isFalse();

        editor.form().titleProperty().set("Song lyrics");
        editor.form().typeProperty().set(AssetType.COPYRIGHT);
        editor.form().addOwner();
        editor.form().owners().get(0).nameProperty().set("Jane Doe");
        assertThat(editor.save()).isTrue();

        Asset stored = service.asset("A11").orElseThrow();
        assertThat(stored.title()).isEqualTo("Song lyrics");
        assertThat(stored.owners().get(0).share()).isEqualByComparingTo("1");
        assertThat(model.allAssets()).extracting(Asset::id).containsExactly("A1", "A2", "A10", "A11");
        assertThat(editor.currentProperty().get().id()).isEqualTo("A11");
        assertThat(editor.form().isDirty()).isFalse();
    }

    @Test
    void anEditIsSavedWithEveryFieldAndCanBeUndone() {
        Asset before = service.asset("A1").orElseThrow();
        editor.select("A1");
        editor.form().titleProperty().set("Renamed");
        editor.form().owners().get(0).sharePercentProperty().set("70");
        assertThat(editor.form().isValid()).as("shares add up to 95 %").isFalse();
        editor.form().owners().get(1).sharePercentProperty().set("30");
        assertThat(editor.save()).isTrue();
        assertThat(service.asset("A1").orElseThrow().title()).isEqualTo("Renamed");

        assertThat(undo.nextDescriptionProperty().get()).isEqualTo("Undo edit of A1");
        undo.undo();

        assertThat(service.asset("A1").orElseThrow()).isEqualTo(before);
        assertThat(editor.form().titleProperty().get()).isEqualTo(before.title());
    }

    @Test
    void deletingAsksFirstAndUndoBringsTheAssetBackWhole() {
        Asset before = service.asset("A1").orElseThrow();
        editor.select("A1");

        dialogs.answer(false);
        assertThat(editor.delete()).isFalse();
        assertThat(service.asset("A1")).isPresent();

        dialogs.answer(true);
        assertThat(editor.delete()).isTrue();
        assertThat(service.asset("A1")).isEmpty();
        assertThat(model.allAssets()).extracting(Asset::id).containsExactly("A2", "A10");
        assertThat(editor.editingProperty().get()).isFalse();

        undo.undo();
        assertThat(service.asset("A1")).contains(before);
        assertThat(model.allAssets()).extracting(Asset::id).containsExactly("A1", "A2", "A10");
        assertThat(editor.currentProperty().get()).isEqualTo(before);
    }

    @Test
    void anAssetALicenseCoversIsNotDeletedAndTheUserIsToldWhichLicense() {
        editor.select("A2");
        dialogs.answer(true);

        assertThat(editor.delete()).isFalse();

        assertThat(service.asset("A2")).isPresent();
        assertThat(dialogs.problems()).extracting(Object::toString).anyMatch(p -> p.contains("L1"));
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void unsavedEditsAreKeptWhenTheUserCancelsSwitchingToAnotherAsset() {
        editor.select("A1");
        editor.form().titleProperty().set("Half-typed");

        dialogs.answer(UnsavedChoice.CANCEL);
        assertThat(editor.select("A2")).isFalse();
        assertThat(editor.form().titleProperty().get()).isEqualTo("Half-typed");

        dialogs.answer(UnsavedChoice.SAVE);
        assertThat(editor.select("A2")).isTrue();
        assertThat(service.asset("A1").orElseThrow().title()).isEqualTo("Half-typed");
        assertThat(editor.currentProperty().get().id()).isEqualTo("A2");
    }

    @Test
    void discardingUnsavedEditsLeavesTheStoredAssetAsItWas() {
        Asset before = service.asset("A1").orElseThrow();
        editor.select("A1");
        editor.form().titleProperty().set("Never saved");

        dialogs.answer(UnsavedChoice.DISCARD);
        assertThat(editor.confirmLeave("quit")).isTrue();

        assertThat(service.asset("A1")).contains(before);
        assertThat(editor.form().isDirty()).isFalse();
    }

    @Test
    void cancelPutsTheFormBackAsStored() {
        editor.select("A1");
        String title = editor.form().titleProperty().get();
        editor.form().titleProperty().set("Typo");
        editor.form().addComponent();
        assertThat(editor.form().isDirty()).isTrue();

        editor.cancel();

        assertThat(editor.form().titleProperty().get()).isEqualTo(title);
        assertThat(editor.form().components()).hasSize(2);
        assertThat(editor.form().isDirty()).isFalse();
    }

    @Test
    void duplicateStartsAnUnsavedCopyUnderTheNextId() {
        editor.select("A1");
        editor.duplicate();

        assertThat(editor.form().isNew()).isTrue();
        assertThat(editor.form().idProperty().get()).isEqualTo("A11");
        assertThat(editor.form().titleProperty().get()).isEqualTo("Full asset A1 (copy)");
        assertThat(service.asset("A11")).isEmpty();

        assertThat(editor.save()).isTrue();
        Asset copy = service.asset("A11").orElseThrow();
        assertThat(copy.owners()).isEqualTo(service.asset("A1").orElseThrow().owners());

        undo.undo();
        assertThat(service.asset("A11")).as("undo of an add removes it").isEmpty();
    }

    @Test
    void theCountSaysHowManyOfHowManyAreShown() {
        assertThat(model.countProperty().get()).isEqualTo("3 assets");
        model.searchProperty().set("full");
        assertThat(model.countProperty().get()).isEqualTo("3 assets, 1 shown");
        assertThat(model.shownAssets()).extracting(Asset::id).containsExactly("A1");
        model.typeFilterProperty().set(AssetType.PATENT);
        assertThat(model.countProperty().get()).isEqualTo("3 assets, 0 shown");
        assertThat(model.emptyMessage()).contains("Clear them to see all 3");
        model.clearFilters();
        assertThat(model.shownAssets()).hasSize(3);
    }

    @Test
    void ownerAndTagChoicesComeFromTheAssets() {
        assertThat(model.ownerChoices()).containsExactly("Acme Ltd", "Jane Doe");
        assertThat(model.tagChoices()).containsExactly("flagship", "ml");
        model.ownerFilterProperty().set("Acme Ltd");
        assertThat(model.shownAssets()).extracting(Asset::id).containsExactly("A1");
    }

    @Test
    void theFlaggedFilterShowsOnlyAssetsWithAFlag() {
        model.setFlags(java.util.Map.of("A10", java.util.List.of(new AssetFlag("X", "x", "x"))));
        model.flaggedOnlyProperty().set(true);
        assertThat(model.shownAssets()).extracting(Asset::id).containsExactly("A10");
    }
}
