package org.contrechamp.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.contrechamp.core.duplicate.DecisionTags;
import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/** The desk's words for values: labels for listed values, and the decisions' own tags in words, not keys and ids. */
class DeskValuesTest {

    private final UUID survivor = UUID.fromString("6527329f-920b-44c3-9246-daf3cbc5730a");

    @Test
    void theMergedIntoAndDistinctFromTagsAreSaidInWords() {
        DeskValues fr = new DeskValues(Messages.forLocale(Locale.FRENCH));
        assertThat(fr.label(MergeField.extraTag(MergedInto.KEY))).isEqualTo("Fusionnée dans");
        assertThat(fr.format(MergeField.extraTag(MergedInto.KEY), survivor.toString())).isEqualTo("identifiant 6527329f…");
        DeskValues en = new DeskValues(Messages.forLocale(Locale.ENGLISH));
        assertThat(en.label(MergeField.extraTag(DecisionTags.distinctKey(survivor)))).isEqualTo("Told apart from id 6527329f…");
        // Any other tag keeps its key.
        assertThat(en.label(MergeField.extraTag("contrechamp:osm"))).isEqualTo("contrechamp:osm (tag)");
    }

    @Test
    void listedValuesAreTheirLabelsInTheReadersLanguage() {
        DeskValues fr = new DeskValues(Messages.forLocale(Locale.FRENCH));
        assertThat(fr.format(MergeField.of(SightingField.CAMERA_TYPE), CameraType.FIXED)).isEqualTo("Fixe");
        assertThat(fr.format(MergeField.of(SightingField.CAMERA_TYPE), null)).isEqualTo("—");
    }

    /** Two values that differ by a space around them are two texts on screen too. */
    @Test
    void aValueWithSpacesAroundItShowsThem() {
        DeskValues en = new DeskValues(Messages.forLocale(Locale.ENGLISH));
        assertThat(en.format(MergeField.of(SightingField.OPERATOR), "Ville ")).isEqualTo("“Ville␣”");
        assertThat(en.format(MergeField.of(SightingField.OPERATOR), "Ville")).isEqualTo("Ville");
        assertThat(en.format(MergeField.extraTag("name"), " Caméra 3")).isEqualTo("“␣Caméra 3”");
    }
}
