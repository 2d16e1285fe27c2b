package io.licensor.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look in layers (STYLE.md): AtlantaFX Primer Light or Dark as the user-agent stylesheet, then app.css, which
 * only uses AtlantaFX's semantic colour variables so both themes work without a second stylesheet.
 */
public final class Theme {
    private static final String APP_CSS = Theme.class.getResource("/io/licensor/ui/app.css").toExternalForm();

    private Theme() {}

    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }
}
