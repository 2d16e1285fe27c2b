package io.licensor.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.PortfolioSettings;
import io.licensor.service.PortfolioEncryption;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Passwords in the app: the password dialog on open, File > Set/Change/Remove password, the "Encrypted" mark. */
class ShellPasswordTest {
    private static final char[] SECRET = "blue whale 7".toCharArray();
    @TempDir Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showTheMainWindow() {
        DesktopSettings settings = DesktopSettings.load(home.resolve("desktop.properties"));
        shell = Fx.call(() -> new ShellModel(dialogs, new BackgroundWork(), settings, ShellModel.installedSections()));
        window = Fx.call(() -> MainWindow.show(new Stage(), shell, dialogs, () -> { }));
    }

    @AfterEach
    void close() {
        Fx.run(() -> {
            window.stage().hide();
            shell.close();
        });
    }

    private void idle() {
        Fx.waitUntil(() -> !shell.work().isRunning());
    }

    private Path portfolio(String name, char[] password) {
        Path folder = home.resolve(name);
        try (PortfolioService s = PortfolioService.open(folder, password)) {
            s.saveSettings(new PortfolioSettings(name, "US", Currency.getInstance("USD")));
        }
        return folder;
    }

    @Test
    void anEncryptedPortfolioAsksForItsPasswordAndAWrongOneIsSaidSoAndAskedAgain() {
        Path locked = portfolio("Locked", SECRET);
        dialogs.answer(Optional.of("blue whale 8".toCharArray())).answer(Optional.of(SECRET));
        Fx.run(() -> shell.open(locked));
        Fx.waitUntil(() -> shell.service().isPresent());
        idle();

        assertThat(dialogs.shown()).hasSize(2);
        assertThat(dialogs.shown().get(0)).contains("is protected by a password");
        assertThat(dialogs.shown().get(1)).contains("That password is wrong").doesNotContain("Exception");
        assertThat(shell.titleProperty().get()).isEqualTo("Licensor - Locked");
        assertThat(Fx.call(() -> label("Encrypted").isVisible())).isTrue();
        assertThat(Fx.call(() -> menuItem("password").getText())).isEqualTo("Change _password...");
    }

    @Test
    void cancellingThePasswordDialogOpensNothingAndSaysWhy() {
        Path locked = portfolio("Locked", SECRET);
        dialogs.answer(Optional.empty());
        Fx.run(() -> shell.open(locked));
        idle();

        assertThat(shell.service()).isEmpty();
        assertThat(shell.noteProperty().get()).contains("needs its password");
    }

    @Test
    void setChangeAndRemoveThePasswordOfTheOpenPortfolio() {
        Path mine = portfolio("Mine", null);
        Fx.run(() -> shell.open(mine));
        idle();
        assertThat(Fx.call(() -> label("Encrypted").isVisible())).isFalse();
        assertThat(Fx.call(() -> menuItem("Remove password").isDisable())).isTrue();

        dialogs.answer(Optional.of(SECRET));
        Fx.run(shell::changePassword);
        Fx.waitUntil(() -> shell.service().isPresent() && !shell.work().isRunning());
        assertThat(PortfolioEncryption.isEncrypted(mine)).isTrue();
        assertThat(shell.service().orElseThrow().encrypted()).isTrue();
        assertThat(shell.noteProperty().get()).contains("protected by a password");
        assertThat(Fx.call(() -> label("Encrypted").isVisible())).isTrue();

        dialogs.answer(Optional.of("not it".toCharArray()));
        Fx.run(shell::changePassword);
        Fx.waitUntil(() -> shell.service().isPresent() && !shell.work().isRunning());
        assertThat(dialogs.shown()).last().asString().contains("The current password is wrong")
                .contains("Nothing was changed");
        assertThat(shell.service().orElseThrow().encrypted()).isTrue();

        dialogs.answer(Optional.of(SECRET));
        Fx.run(shell::removePassword);
        Fx.waitUntil(() -> shell.service().isPresent() && !shell.work().isRunning());
        assertThat(PortfolioEncryption.isEncrypted(mine)).isFalse();
        assertThat(shell.titleProperty().get()).isEqualTo("Licensor - Mine");
        assertThat(Fx.call(() -> label("Encrypted").isVisible())).isFalse();
    }

    @Test
    void aNewPortfolioCanBeCreatedWithAPassword() {
        Path fresh = home.resolve("Fresh");
        dialogs.answer(Optional.of(fresh)).answer(Optional.of(SECRET));
        Fx.run(shell::newPortfolio);
        Fx.waitUntil(() -> shell.service().isPresent() && !shell.work().isRunning());

        assertThat(shell.service().orElseThrow().encrypted()).isTrue();
        assertThat(PortfolioEncryption.isEncrypted(fresh)).isTrue();
    }

    private Label label(String text) {
        return window.scene().getRoot().lookupAll(".label").stream().filter(Label.class::isInstance)
                .map(Label.class::cast).filter(l -> text.equals(l.getText())).findFirst().orElseThrow();
    }

    private MenuItem menuItem(String textPart) {
        MenuBar bar = (MenuBar) window.scene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().contains(textPart)).findFirst().orElseThrow();
    }
}
