package org.contrechamp.core.sighting;

/** What a change did to a record. */
public enum ChangeKind {
    CREATE("create"),
    UPDATE("update"),
    /** The record was deleted; a tombstone stays so that the deletion can travel in a bundle. */
    DELETE("delete"),
    /** A deleted record came back (undo of a delete). */
    RESTORE("restore");

    private final String code;

    ChangeKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ChangeKind fromCode(String code) {
        for (ChangeKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown change kind " + code);
    }
}
