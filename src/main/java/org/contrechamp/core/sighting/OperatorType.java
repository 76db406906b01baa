package org.contrechamp.core.sighting;

import java.util.Map;
import java.util.Optional;

/** Who runs it, broadly: {@code operator:type}. */
public enum OperatorType implements OsmValue {
    PUBLIC("public"),
    PRIVATE("private"),
    GOVERNMENT("government"),
    MUNICIPAL("municipal"),
    COMMUNITY("community"),
    RELIGIOUS("religious"),
    MILITARY("military"),
    PRIVATE_NON_PROFIT("private_non_profit");

    private final String osmValue;

    OperatorType(String osmValue) {
        this.osmValue = osmValue;
    }

    @Override
    public String osmValue() {
        return osmValue;
    }

    public static Optional<OperatorType> fromOsm(String raw) {
        return OsmValue.parse(OperatorType.class, raw, ALIASES);
    }

    /** Spellings seen in real data that mean one of the values (lower case). */
    private static final Map<String, OperatorType> ALIASES = Map.of();
}
