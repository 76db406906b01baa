package org.contrechamp.core.area;

/** Where a zone comes from. The {@link #code()} is stored in the area file and never changes meaning. */
public enum ZoneKind {
    /** {@code boundary=administrative} with an {@code admin_level}. */
    ADMINISTRATIVE(1),
    /** {@code boundary=postal_code}, named by its {@code postal_code} tag. */
    POSTAL_CODE(2),
    /** A zone the user drew on the map: kept on this computer beside the area, never in the area file. */
    DRAWN(3);

    private final int code;

    ZoneKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ZoneKind fromCode(int code) {
        for (ZoneKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown zone kind " + code);
    }
}
