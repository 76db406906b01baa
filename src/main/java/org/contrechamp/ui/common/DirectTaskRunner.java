package org.contrechamp.ui.common;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work on the calling thread, callbacks included: for deterministic view-model tests. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> TaskHandle submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        boolean[] cancelled = {false};
        TaskHandle handle = new TaskHandle() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return message.getReadOnlyProperty();
            }

            @Override
            public void cancel() {
                cancelled[0] = true;
            }
        };
        T result;
        try {
            result = work.run((done, total, current) -> {
                progress.set(total <= 0 ? -1 : (double) done / total);
                message.set(current);
            }, () -> cancelled[0]);
        } catch (CancellationException e) {
            onFailure.accept(e);
            return handle;
        } catch (Exception e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }
}
