package io.licensor.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window and wires services into views. */
public final class DesktopApp extends Application {

    static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Licensor");
        stage.setScene(new Scene(new Label("Licensor"), 800, 600));
        stage.show();
    }
}
