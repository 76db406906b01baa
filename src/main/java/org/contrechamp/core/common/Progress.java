package org.contrechamp.core.common;

/**
 * Where long work reports how far it got. The UI turns this into a progress bar and a label, the
 * CLI into nothing or a line on stderr; core code does not know which.
 */
public interface Progress {

    Progress NONE = (done, total, current) -> { };

    /**
     * @param done    units finished so far
     * @param total   units in all, or -1 when unknown
     * @param current a short description of the unit in hand (a file name), may be empty
     */
    void update(long done, long total, String current);
}
