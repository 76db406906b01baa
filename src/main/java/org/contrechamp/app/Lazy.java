package org.contrechamp.app;

import java.util.function.Supplier;

/**
 * A part of the workspace made the first time it is asked for: a command that only lists sightings
 * never loads the classes of photo import, bundles or git, and starts noticeably faster.
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = maker.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
