package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.contrechamp.core.common.InvalidInputException;

/**
 * The sighting reader and the rules on extra tags hold for any input: a document is read or refused
 * with problems naming fields, never another exception; whatever is accepted keeps OpenStreetMap's
 * limits and has no two keys that look the same.
 */
class SightingReaderPropertiesTest {

    private static final String VALID = SightingJson.toJson(Sighting.newAt(Position.manual(48.85, 2.35))
            .cameraType(CameraType.DOME).operator("Ville").build());

    @Property(tries = 2000)
    void anyTextIsReadOrRefusedWithProblems(@ForAll("bentDocuments") String json) {
        try {
            SightingJson.fromJson(json);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Property(tries = 1000)
    void acceptedExtraTagsKeepTheLimits(@ForAll("tagMaps") Map<String, String> tags) {
        Sighting s;
        try {
            s = Sighting.newAt(Position.manual(48.85, 2.35)).extraTags(new java.util.TreeMap<>(tags)).build();
        } catch (InvalidInputException e) {
            return;
        }
        if (!SightingValidator.inputProblems(s).isEmpty()) {
            return;
        }
        assertThat(s.extraTags().size()).isLessThanOrEqualTo(ExtraTagRules.MAX_TAGS);
        Set<String> normalised = new HashSet<>();
        s.extraTags().forEach((k, v) -> {
            assertThat(k.codePointCount(0, k.length())).isBetween(1, 255);
            assertThat(v.codePointCount(0, v.length())).isLessThanOrEqualTo(255);
            assertThat(k.codePoints()).noneMatch(c -> Character.getType(c) == Character.FORMAT || Character.isISOControl(c));
            assertThat(v.codePoints()).noneMatch(c -> Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E));
            assertThat(normalised.add(Normalizer.normalize(k, Normalizer.Form.NFKC))).as(k).isTrue();
        });
    }

    @Provide
    Arbitrary<String> bentDocuments() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length());
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "1.0", "1e400", "null", "\"extraTags\":{\"a\":1},",
                        "\"revision\":99999999999999999999,", "\"position\":{},", "\"directions\":[\"x\"],"));
        return net.jqwik.api.Combinators.combine(at, piece, Arbitraries.integers().between(0, 5))
                .as((i, text, cut) -> VALID.substring(0, i) + text + VALID.substring(Math.min(VALID.length(), i + cut)));
    }

    @Provide
    Arbitrary<Map<String, String>> tagMaps() {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.strings().ofMinLength(0).ofMaxLength(8),
                Arbitraries.of("name:caf\u00e9", "name:cafe\u0301", "op\u202Eerator", "a\u200Bb", " note", "ﬁx", "fix",
                        "k".repeat(256)));
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(10),
                Arbitraries.strings().ofLength(256), Arbitraries.of("a\u202Ab", "line\nbreak", "z\u200Dw"));
        return Arbitraries.maps(keys, values).ofMaxSize(120);
    }
}
