package org.contrechamp.ui.common;

import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs background work one piece at a time, in the order it was asked for. Edits of the same records
 * go through it so that three quick keystrokes (kind, type, mount) are stored in that order, each on
 * top of the previous one, however many threads the runner has. Used from the FX thread only.
 *
 * <p>Each piece is handed to the runner at once and waits, in the background, for the piece before it:
 * the queue lives in the runner, not on the FX thread, so that quitting can let every edit already
 * made be stored before the database closes ({@link FxTaskRunner#finish}).
 */
public final class SerialTasks {

    private final TaskRunner runner;
    private CountDownLatch previousDone = new CountDownLatch(0);
    private int unfinished;

    public SerialTasks(TaskRunner runner) {
        this.runner = runner;
    }

    public <T> void submit(String name, TaskRunner.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CountDownLatch before = previousDone;
        CountDownLatch mine = new CountDownLatch(1);
        previousDone = mine;
        unfinished++;
        runner.submit(name, (progress, cancel) -> {
            try {
                before.await();
                return work.run(progress, cancel);
            } finally {
                mine.countDown();
            }
        }, result -> {
            unfinished--;
            onSuccess.accept(result);
        }, error -> {
            unfinished--;
            onFailure.accept(error);
        });
    }

    /** Whether work is queued or running (for tests and for "saving…" indicators). */
    public boolean busy() {
        return unfinished > 0;
    }
}
