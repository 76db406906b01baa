package org.contrechamp.core.desk;

/**
 * How many probable duplicates wait for a decision: the hook through which the duplicate finder
 * (core/duplicate) gives the desk its count. Until it is wired, {@link #NOT_WIRED} says 0.
 */
@FunctionalInterface
public interface DuplicateCount {

    DuplicateCount NOT_WIRED = () -> 0;

    int open();
}
