package io.licensor.ui.imports;

import io.licensor.ui.common.BackgroundWork;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * How the wizard's model runs slow work: off the FX thread with results back on it. In the app this is the shared
 * {@link BackgroundWork} (so the status bar shows it too); tests of the model run the work at once.
 */
interface Jobs {

    /** Runs work in the background; onSuccess or onFailure then runs on the FX thread. */
    <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs an update (progress from the worker thread) on the FX thread. */
    void onFxThread(Runnable update);

    /** The app's: the portfolio's background worker and Platform.runLater. */
    static Jobs of(BackgroundWork work) {
        return new Jobs() {
            @Override
            public <T> void run(String message, Callable<T> job, Consumer<T> onSuccess,
                    Consumer<Throwable> onFailure) {
                work.run(message, job, onSuccess, onFailure);
            }

            @Override
            public void onFxThread(Runnable update) {
                Platform.runLater(update);
            }
        };
    }
}
