package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.merge.FieldConflict;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/**
 * {@code conflicts show} of a conflict whose other side holds the base's value: it conflicts because
 * that side says it changed the field and set it back (docs/adr/0055), and the table alone read as if
 * it had changed nothing. A line says so, in English and French; a plain conflict has no such line.
 */
class SetBackConflictTextTest {

    private static final UUID ID = UUID.randomUUID();
    private static final MergeField MODEL = MergeField.of(SightingField.MODEL);

    @Test
    void aSideSetBackToTheBaseIsSaidToHaveChangedTheField() {
        String english = show(Locale.ENGLISH, "X200", "X250", "X200");
        assertThat(english).contains("model: the other side holds the base’s value, but its version says it changed"
                + " this field (changed and set back), so that is a change too.");
        String french = show(Locale.FRENCH, "X200", "X200", "X250");
        assertThat(french).contains("ce côté-ci a la valeur de la base, mais sa version dit avoir modifié ce champ");
    }

    @Test
    void aConflictOfTwoNewValuesHasNoSuchLine() {
        assertThat(show(Locale.ENGLISH, "X200", "X250", "X300")).doesNotContain("set back");
    }

    private static String show(Locale locale, String base, String mine, String theirs) {
        Sighting b = Sighting.newAt(Position.manual(48.85, 2.35)).id(ID).revision(2).model(base).build();
        Version baseVersion = Version.of(b);
        Version mineVersion = Version.of(b.toBuilder().model(mine).build());
        Version theirsVersion = Version.of(b.toBuilder().model(theirs).build());
        MergeResult merge = new MergeResult(mineVersion, List.of(new FieldConflict(MODEL, base, mine, theirs)),
                theirsVersion);
        ReviewItem item = new ReviewItem(7, ID, ReviewKind.CONFLICT, new Fingerprint("ab".repeat(32)), "Sud",
                Instant.parse("2026-06-06T08:00:00Z"), List.of(MODEL));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Messages.forLocale(locale),
                dir -> {
                    throw new IllegalStateException("no workspace here");
                });
        ReviewOutput.printCase(context, new ReviewCase(item, baseVersion, mineVersion, theirsVersion, merge,
                Set.of(MODEL), Set.of(MODEL)), true);
        return out.toString(StandardCharsets.UTF_8);
    }
}
