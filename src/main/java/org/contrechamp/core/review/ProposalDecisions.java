package org.contrechamp.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.contrechamp.core.merge.FieldConflict;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.MergeRule;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * What a person decides for a change nobody had the right to make alone (a proposal, a collision):
 * nothing of it is merged by itself, so every field it changes is a decision, and the result before
 * any choice is this side's version unchanged.
 */
final class ProposalDecisions {

    private ProposalDecisions() {
    }

    /**
     * @param base the version the proposal was made on, or null (a collision: every value that
     *             differs from this side's is a decision)
     */
    static MergeResult of(Version base, Version mine, Version theirs) {
        Sighting b = base == null ? mine.values() : base.values();
        Sighting m = mine.values();
        Sighting t = theirs.values();
        List<FieldConflict> decisions = new ArrayList<>();
        if (mine.deleted() != theirs.deleted()) {
            decisions.add(new FieldConflict(MergeField.DELETION, base == null ? null : base.deleted(), mine.deleted(),
                    theirs.deleted()));
        }
        for (SightingField field : SightingField.values()) {
            if (!MergeRule.of(field).isShared()) {
                continue;
            }
            if (field == SightingField.EXTRA_TAGS) {
                Set<String> keys = new TreeSet<>(t.extraTags().keySet());
                keys.addAll(m.extraTags().keySet());
                for (String key : keys) {
                    String theirsValue = t.extraTags().get(key);
                    if (!Objects.equals(theirsValue, m.extraTags().get(key))
                            && !Objects.equals(theirsValue, b.extraTags().get(key))) {
                        decisions.add(new FieldConflict(MergeField.extraTag(key), b.extraTags().get(key),
                                m.extraTags().get(key), theirsValue));
                    }
                }
                continue;
            }
            Object theirsValue = field.valueOf(t);
            if (!Objects.equals(theirsValue, field.valueOf(m)) && !Objects.equals(theirsValue, field.valueOf(b))) {
                decisions.add(new FieldConflict(MergeField.of(field), base == null ? null : field.valueOf(b),
                        field.valueOf(m), theirsValue));
            }
        }
        return new MergeResult(mine, decisions, theirs);
    }
}
