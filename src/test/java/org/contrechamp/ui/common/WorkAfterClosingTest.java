package org.contrechamp.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * A sync that ends while the window closes asks, on the FX thread, for the list to be read again:
 * the pool is shut down by then, and that request must be dropped, not thrown at the FX thread.
 */
class WorkAfterClosingTest {

    @Test
    void workAskedForAfterTheRunnerClosedIsDroppedQuietly() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();

        assertThatCode(() -> runner.submit("reload", (progress, cancellation) -> {
            ran.set(true);
            return null;
        }, value -> { }, error -> { }).cancel()).doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }
}
