package org.contrechamp.core.stats;

/** What the cameras are counted by; the code names it in {@code stats --json} and in file names. */
public enum StatsDimension {
    KIND("kind"),
    TYPE("type"),
    MOUNT("mount"),
    OPERATOR("operator"),
    ZONE("zone"),
    STREET("street");

    private final String code;

    StatsDimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
