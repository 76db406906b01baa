package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@link OsmValue#exact} reads what JSON reading accepted before: the lenient reading, then the exact spelling. */
class OsmValueExactTest {

    private static final List<Class<? extends OsmValue>> TYPES = List.of(CameraType.class, SurveillanceArea.class,
            Kind.class, PositionSource.class, OperatorType.class, SurveillanceZone.class, CameraMount.class, Status.class);

    private static <E extends Enum<E> & OsmValue> E before(Class<E> type, String text) {
        Optional<E> parsed = OsmValue.parse(type, text, Map.of());
        return parsed.isPresent() && parsed.get().osmValue().equals(text) ? parsed.get() : null;
    }

    private static <E extends Enum<E> & OsmValue> E exact(Class<E> type, String text) {
        char[] framed = ("«" + text + "»").toCharArray();
        return OsmValue.exact(type, framed, 1, text.length());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void agreesWithTheLenientReadingHeldToTheExactSpelling() {
        for (Class type : TYPES) {
            List<String> texts = new ArrayList<>(List.of("", " ", "x", "unknown"));
            for (Object constant : type.getEnumConstants()) {
                String osm = ((OsmValue) constant).osmValue();
                assertThat(exact(type, osm)).isSameAs(constant);
                texts.addAll(List.of(osm, " " + osm, osm + " ", osm.toUpperCase(Locale.ROOT), osm + "x",
                        osm.isEmpty() ? "" : osm.substring(1), ((Enum) constant).name()));
            }
            for (String text : texts) {
                assertThat(exact(type, text)).as(type.getSimpleName() + " '" + text + "'").isSameAs(before(type, text));
            }
        }
    }
}
