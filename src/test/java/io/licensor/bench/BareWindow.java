package io.licensor.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The lower bound of the start-up figure: a JavaFX application that shows one window with a label and nothing else,
 * started the same way as the app (java -cp, same class path). Its title starts with "Bare".
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare JavaFX window");
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1280, 800));
        stage.show();
    }

    /** A launcher class of its own, as the app has, so JavaFX on the class path starts it. */
    public static final class Main {
        private Main() {}

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
