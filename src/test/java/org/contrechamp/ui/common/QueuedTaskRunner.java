package org.contrechamp.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Holds submitted work until {@link #runAll()}: lets a view-model test make several edits while
 * earlier ones are still "in the background", as a slow disk or a busy worker thread would.
 */
public final class QueuedTaskRunner implements TaskRunner {

    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final DirectTaskRunner direct = new DirectTaskRunner();

    @Override
    public <T> TaskHandle submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        waiting.add(() -> direct.submit(name, work, onSuccess, onFailure));
        return new TaskHandle() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return new ReadOnlyStringWrapper("").getReadOnlyProperty();
            }

            @Override
            public void cancel() {
                // Tests cancel nothing through this runner.
            }
        };
    }

    /** Runs what was submitted, in order, including work submitted meanwhile. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            waiting.poll().run();
        }
    }
}
