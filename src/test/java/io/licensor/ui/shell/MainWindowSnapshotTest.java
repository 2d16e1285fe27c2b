package io.licensor.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.ui.testing.Snapshots;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The documentation's pictures can be taken: the main window with the demo portfolio at 1280 x 800 in both themes.
 * (AssetRegisterScreenshots writes them to docs/images; this test writes them to a temporary folder.)
 */
class MainWindowSnapshotTest {
    @TempDir Path home;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theRegisterIsPicturedAt1280By800InTheLightAndTheDarkTheme() throws Exception {
        List<BufferedImage> images = AssetRegisterScreenshots.take(home, "A1");

        assertThat(images).hasSize(2).allSatisfy(image -> {
            assertThat(image.getWidth()).isEqualTo(1280);
            assertThat(image.getHeight()).isEqualTo(800);
        });
        // the dark theme really is darker: compare the brightness of the editor pane's background
        assertThat(brightness(images.get(1), 1200, 300)).isLessThan(brightness(images.get(0), 1200, 300));
        Snapshots.write(images.get(0), home.resolve("light.png"));
        assertThat(home.resolve("light.png")).isNotEmptyFile();
    }

    private static int brightness(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
    }
}
