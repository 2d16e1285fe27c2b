package io.licensor.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs portfolio-sized work (open, import, export, install the demo) off the FX thread, one job at a time, and
 * shows it in the status bar. Results and failures come back on the FX thread. One worker thread is enough: the jobs
 * touch the same portfolio and must not overlap, and a daemon thread cannot keep the JVM alive at exit.
 */
public final class BackgroundWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "licensor-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private int pending;
    private volatile boolean closing;

    /**
     * Runs {@code work} in the background. {@code message} names it for the status bar ("Opening portfolio...").
     * Must be called on the FX thread.
     */
    public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (closing) {
            // a request posted just before quitting (a dashboard's reload on the next pulse): nobody would see it
            LOG.debug("{} not started: stopping", message);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                T result = work.call();
                if (closing && result instanceof AutoCloseable resource) {
                    // the app stopped while this ran: nobody will take the result (an opened portfolio), close it
                    resource.close();
                }
                return result;
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            if (!closing) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            finished();
            if (closing) {
                return;
            }
            Throwable error = task.getException();
            // refusals are everyday events told to the user; whoever handles a real fault logs its stack trace
            LOG.info("{} failed: {}", message, String.valueOf(error));
            onFailure.accept(error);
        });
        pending++;
        running.set(true);
        this.message.set(message);
        progress.set(-1);
        executor.execute(task);
    }

    private void finished() {
        pending--;
        if (pending == 0) {
            running.set(false);
            message.set("");
            progress.set(0);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** -1 while the work cannot say how far it is (an indeterminate progress bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Lets the running job finish (up to 30 s) and refuses new ones. Quitting while the demo installs or a file
     * imports must not cut a portfolio write off halfway, even though each is one transaction.
     */
    @Override
    public void close() {
        closing = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit: {}", message.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
