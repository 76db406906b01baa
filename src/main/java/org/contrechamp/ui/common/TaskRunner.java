package org.contrechamp.ui.common;

import java.util.function.Consumer;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;

/**
 * The one way the UI reaches core services: work runs in the background and its result comes back
 * on the UI thread. {@link FxTaskRunner} does that for real; {@link DirectTaskRunner} runs
 * everything on the calling thread, so view-model tests are deterministic.
 */
public interface TaskRunner {

    /** Background work that may report progress and should stop when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress, Cancellation cancellation) throws Exception;
    }

    /**
     * Runs {@code work} off the UI thread, then {@code onSuccess} or {@code onFailure} on it.
     * Cancelling asks the work to stop (its {@code Cancellation} turns true); the work ends as it
     * chooses: with a partial result for {@code onSuccess}, or by throwing a
     * {@link java.util.concurrent.CancellationException} for {@code onFailure}.
     */
    <T> TaskHandle submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
