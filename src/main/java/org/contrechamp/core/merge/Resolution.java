package org.contrechamp.core.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingValidator;

/**
 * A person's choices for the conflicts of one merge, one per conflict: mine, theirs, or a typed value
 * for a field that can be typed ({@link TypedValues}: texts, extra tags, directions, numbers, dates,
 * listed values). Applied to a {@link MergeResult}, they give the version to store.
 *
 * <p>Every conflict needs its choice, with one exception: once the person has chosen, in a deletion
 * conflict, that the record ends deleted, its fields are a tombstone's and need none (they stay as
 * mine has them). Two tombstones that changed a field differently do ask for it (docs/adr/0060). A choice for something not in conflict is refused too, since it would mean the person saw
 * another merge than this one. All problems are reported at once, each naming its field's path.
 */
public record Resolution(Map<MergeField, Choice> choices) {

    public Resolution {
        choices = Map.copyOf(choices);
    }

    public static Resolution of(Map<MergeField, Choice> choices) {
        return new Resolution(choices);
    }

    /** No choice at all: for a merge without conflicts. */
    public static Resolution none() {
        return new Resolution(Map.of());
    }

    /**
     * The version to store.
     *
     * @throws InvalidInputException naming each conflict without a choice, each choice for something
     *                               not in conflict, each typed value for a field that cannot be
     *                               typed, each typed text its field cannot read, and each typed value
     *                               a sighting may not hold
     */
    public Version applyTo(MergeResult result) {
        List<Problem> problems = new ArrayList<>();
        Set<MergeField> inConflict = new HashSet<>();
        result.conflicts().forEach(c -> inConflict.add(c.field()));
        choices.keySet().stream().filter(f -> !inConflict.contains(f)).sorted(Comparator.comparing(MergeField::path))
                .forEach(f -> problems.add(Problem.of(f.path(), "not-in-conflict")));

        Boolean deleted = deletion(result, problems);
        // Deleted by a person's choice here, the fields are moot; two tombstones that differ ask for them.
        boolean deletedByChoice = result.conflictOn(MergeField.DELETION).isPresent();
        Sighting theirs = result.theirs().values();
        Sighting.Builder out = result.merged().values().toBuilder();
        SortedMap<String, String> tags = new TreeMap<>(result.merged().values().extraTags());
        Set<String> typedPaths = new HashSet<>();
        Set<String> readTags = new HashSet<>();
        for (FieldConflict conflict : result.conflicts()) {
            MergeField field = conflict.field();
            Choice choice = choices.get(field);
            if (field == MergeField.DELETION) {
                continue;
            }
            if (choice == null) {
                if (Boolean.FALSE.equals(deleted) || Boolean.TRUE.equals(deleted) && !deletedByChoice) {
                    problems.add(Problem.of(field.path(), "choice-required"));
                }
            } else if (choice instanceof Choice.Typed && !TypedValues.isTypeable(field)) {
                problems.add(Problem.of(field.path(), "not-text"));
            } else {
                if (choice instanceof Choice.Typed) {
                    typedPaths.add(field.path());
                }
                apply(field, choice, theirs, out, tags, readTags).ifPresent(problems::add);
            }
        }
        // A value typed and read replaces any unreadable copy of its tag kept verbatim, whatever was
        // chosen for that copy: the record does not carry the field twice.
        tags.keySet().removeAll(readTags);
        // Last: setting a modelled field drops its verbatim tag from the builder; the resolved map decides.
        out.extraTags(tags);
        Sighting values = out.build();
        SightingValidator.inputProblems(values).stream().filter(p -> typedPaths.contains(p.field())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems); // an unknown deletion (null) always has its problem
        }
        return new Version(values, deleted);
    }

    /** Whether the record ends deleted; null when that waits for a choice not given. */
    private Boolean deletion(MergeResult result, List<Problem> problems) {
        if (result.conflictOn(MergeField.DELETION).isEmpty()) {
            return result.merged().deleted();
        }
        Choice choice = choices.get(MergeField.DELETION);
        if (choice == null) {
            problems.add(Problem.of(MergeField.DELETION.path(), "delete-or-keep"));
            return null;
        }
        if (choice instanceof Choice.Typed) {
            problems.add(Problem.of(MergeField.DELETION.path(), "not-text"));
            return null;
        }
        return choice instanceof Choice.Theirs ? result.theirs().deleted() : result.merged().deleted();
    }

    /** Sets one chosen value; the problem of a typed text the field cannot hold, if so. */
    private static Optional<Problem> apply(MergeField field, Choice choice, Sighting theirs, Sighting.Builder out,
                                           SortedMap<String, String> tags, Set<String> readTags) {
        if (choice instanceof Choice.Mine) {
            return Optional.empty(); // the merged values hold mine's already
        }
        if (field instanceof MergeField.ExtraTag tag) {
            String value = choice instanceof Choice.Typed typed ? typed.text().strip() : theirs.extraTags().get(tag.key());
            if (value == null || value.isEmpty()) {
                tags.remove(tag.key());
            } else {
                tags.put(tag.key(), value);
            }
        } else if (field instanceof MergeField.Plain plain) {
            if (choice instanceof Choice.Typed typed) {
                Optional<Problem> unread = TypedValues.set(plain, out, typed.text());
                TypedValues.tagOf(plain).filter(key -> unread.isEmpty()).ifPresent(readTags::add);
                return unread;
            }
            plain.field().copy(theirs, out);
        }
        return Optional.empty();
    }
}
