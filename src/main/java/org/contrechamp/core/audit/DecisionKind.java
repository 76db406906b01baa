package org.contrechamp.core.audit;

/**
 * What a coordinator decided. The codes are stored and printed ({@code audit list --json}); a code,
 * once used, keeps its meaning.
 */
public enum DecisionKind {
    /** A key was trusted (or renamed, or given another role). */
    TRUST("trust"),
    /** A key was revoked: its later bundles are refused, what it sent before stays. */
    REVOKE("revoke"),
    /** A proposal (or a collision) was taken whole. */
    ACCEPT("accept"),
    /** A proposal (or a collision) was declined whole. */
    REJECT("reject"),
    /** A conflict was resolved, or a proposal decided field by field. */
    RESOLVE("resolve"),
    /** A camera was found gone (or out of use) and marked removed, kept in the history. */
    REMOVE("remove"),
    /** Two records of one camera were merged: one survives, the other is a tombstone pointing at it. */
    MERGE("merge"),
    /** Two records suggested as one camera were found to be two cameras: never suggested again. */
    DISTINCT("distinct");

    private final String code;

    DecisionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DecisionKind fromCode(String code) {
        for (DecisionKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown decision kind " + code);
    }
}
