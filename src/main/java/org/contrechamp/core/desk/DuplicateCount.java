package org.contrechamp.core.desk;

/**
 * How many probable duplicates wait for a decision: the hook through which the duplicate finder
 * (core/duplicate) gives the desk its count, without the desk depending on the finder. The data
 * directory wires the real finder in (pairs decided here or received are not counted).
 */
@FunctionalInterface
public interface DuplicateCount {

    int open();
}
