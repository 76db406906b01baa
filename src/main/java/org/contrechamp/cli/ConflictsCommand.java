package org.contrechamp.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.FieldValues;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.review.LateEdits;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewClosure;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.review.Resolved;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conflicts list|show|resolve}: what bundles left for a person to decide (conflicts and
 * collisions; proposals have {@code proposals} too), and the decision. A resolution is a new revision
 * of the record that leaves with the next sync. A late edit of a merged record is said as such, and
 * is decided with {@code --to-survivor} or {@code --discard}.
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        subcommands = {ConflictsCommand.ListItems.class, ConflictsCommand.Show.class, ConflictsCommand.Resolve.class})
final class ConflictsCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    ConflictsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    /** {@code conflicts list [--json]}: the open conflicts and collisions, oldest first. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListItems implements Runnable {
        @ParentCommand
        ConflictsCommand parent;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        ListItems(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                List<ReviewItem> items = workspace.review().open().stream()
                        .filter(i -> i.kind() != ReviewKind.PROPOSAL).toList();
                LateEditsSaid late = LateEditsSaid.of(workspace, context.messages());
                print(context, items, json, "cli.conflicts.none", late);
            }
        }
    }

    /** {@code conflicts show ID [--json]}: one item, field by field. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Runnable {
        @ParentCommand
        ConflictsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.review-id")
        String id;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                show(context, workspace, id, json);
            }
        }
    }

    /** Prints one item, field by field, as {@code conflicts show} and {@code proposals show} do. */
    static void show(CliContext context, Workspace workspace, String id, boolean json) {
        long number = itemNumber(workspace, id);
        ReviewCase c = workspace.review().show(number).orElseThrow(() -> unknown(id));
        // Items keep their number once closed; show says so rather than how to decide them.
        boolean open = workspace.review().isOpen(number);
        LateEditsSaid late = LateEditsSaid.of(workspace, context.messages());
        Optional<ReviewClosure> closure = workspace.review().closure(number);
        if (json) {
            ObjectNode o = ReviewOutput.caseJson(c, open);
            // How it was closed: when, and whether by a decision here (the audit log says what it chose).
            o.put("closedAt", closure.map(k -> k.at().toString()).orElse(null));
            o.put("decidedHere", closure.map(ReviewClosure::decidedHere).orElse(null));
            o.put("comment", closure.map(ReviewClosure::comment).orElse(null));
            JsonOutput.print(context, late.json(o, c.item()));
        } else {
            ReviewOutput.printCase(context, c, open, closure);
            late.explain(context, c.item());
        }
    }

    /** {@code conflicts resolve ID (--mine|--theirs|--field NAME=mine|theirs|VALUE …) [--comment TEXT]}. */
    @Command(name = "resolve", mixinStandardHelpOptions = true)
    static final class Resolve implements Runnable {
        @ParentCommand
        ConflictsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.review-id")
        String id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Side side;

        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "option.review-comment")
        String comment;

        static final class Side {
            @Option(names = "--mine", required = true, descriptionKey = "option.review-mine")
            boolean mine;

            @Option(names = "--theirs", required = true, descriptionKey = "option.review-theirs")
            boolean theirs;

            @Option(names = "--field", paramLabel = "NAME=CHOICE", required = true,
                    descriptionKey = "option.review-field")
            List<String> fields = new ArrayList<>();

            @Option(names = "--to-survivor", required = true, descriptionKey = "option.review-to-survivor")
            boolean toSurvivor;

            @Option(names = "--discard", required = true, descriptionKey = "option.review-discard")
            boolean discard;
        }

        private final CliContext context;

        Resolve(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            // A choice with no NAME= is mistyped whatever the item: a usage error, said before opening.
            for (String text : side.fields) {
                if (text.indexOf('=') <= 0) {
                    throw Cli.usageError(context, Problem.of("--field", "review-not-name-choice", text));
                }
            }
            try (Workspace workspace = parent.root.openWorkspace()) {
                long number = itemNumber(workspace, id);
                if (side.toSurvivor || side.discard) {
                    lateEdit(workspace, number);
                    return;
                }
                Resolved done;
                if (side.mine) {
                    done = workspace.review().reject(number, comment);
                } else if (side.theirs) {
                    done = workspace.review().accept(number, comment);
                } else {
                    ReviewCase c = workspace.review().show(number).orElseThrow(() -> unknown(id));
                    if (!workspace.review().isOpen(number)) {
                        // Before the names: a closed item has nothing left to decide, so no field to name.
                        throw new InvalidInputException(Problem.of(id, "review-closed", number));
                    }
                    try {
                        done = workspace.review().resolve(number, resolution(c, side.fields), comment);
                    } catch (InvalidInputException e) {
                        throw inNamesTyped(c, e);
                    }
                }
                printResolved(context, workspace, done);
            }
        }

        /** A late edit of a merged record: carried to the survivor, or discarded. */
        private void lateEdit(Workspace workspace, long number) {
            var m = context.messages();
            var names = workspace.provenance().names(m);
            if (side.toSurvivor) {
                LateEdits.Decided done = workspace.lateEdits().applyToSurvivor(number, comment);
                var texts = new org.contrechamp.core.review.LateEditTexts(m, names, names::record);
                context.out().println(m.get("cli.review.late-edit.applied", number, done.survivor(),
                        texts.fields(done.applied())));
            } else {
                LateEdits.Decided done = workspace.lateEdits().discard(number, comment);
                context.out().println(m.get("cli.review.late-edit.discarded", number, done.survivor()));
            }
        }
    }

    /**
     * The problems of a resolution, each naming its field as {@code --field} takes it and {@code show}
     * prints it ({@code camera:direction}), not by its path in bundles ({@code directions}).
     */
    static InvalidInputException inNamesTyped(ReviewCase c, InvalidInputException e) {
        List<Problem> named = new ArrayList<>();
        for (Problem p : e.problems()) {
            String name = c.item().decisions().stream().filter(d -> d.path().equals(p.field())).findFirst()
                    .map(FieldValues::name).orElse(p.field());
            named.add(new Problem(name, p.code(), p.args()));
        }
        return new InvalidInputException(named);
    }

    /** Values that are a choice mistyped, not a value anyone would type: refused, never taken as typed. */
    private static final java.util.Set<String> LOOKS_LIKE_A_CHOICE = java.util.Set.of("mine", "theirs", "their",
            "ours", "yours", "me", "them");

    /** {@code NAME=mine}, {@code NAME=theirs}, or {@code NAME=a value typed anew}, for the item's decisions. */
    static Resolution resolution(ReviewCase c, List<String> texts) {
        Map<MergeField, Choice> choices = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String text : texts) {
            int eq = text.indexOf('=');
            if (eq <= 0) {
                problems.add(Problem.of("--field", "review-not-name-choice", text));
                continue;
            }
            String name = text.substring(0, eq);
            String value = text.substring(eq + 1);
            java.util.Optional<MergeField> field = FieldValues.find(name, c.item().decisions());
            if (field.isEmpty()) {
                problems.add(Problem.of("--field", "review-not-a-decision", name,
                        String.join(", ", c.item().decisions().stream().map(FieldValues::name).toList())));
                continue;
            }
            if (!value.equals("mine") && !value.equals("theirs") && LOOKS_LIKE_A_CHOICE.contains(
                    value.strip().toLowerCase(java.util.Locale.ROOT))) {
                // "Theirs" or "their" typed as the operator's name would be a silent mistake.
                problems.add(Problem.of("--field", "review-choice-typo", name, value));
                continue;
            }
            if (value.isBlank()) {
                // "NAME=" would take no value at all: the field removed, and said only "decided".
                problems.add(Problem.of("--field", "review-empty-value", name));
                continue;
            }
            if (!value.equals("mine") && !value.equals("theirs")
                    && !org.contrechamp.core.merge.TypedValues.isTypeable(field.get())) {
                // The record's existence, a position, photos: only one side or the other, said with the syntax.
                problems.add(Problem.of("--field", "review-choose-only", name));
                continue;
            }
            choices.put(field.get(), switch (value) {
                case "mine" -> Choice.mine();
                case "theirs" -> Choice.theirs();
                default -> Choice.typed(value);
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Resolution.of(choices);
    }

    static void print(CliContext context, List<ReviewItem> items, boolean json, String emptyKey) {
        print(context, items, json, emptyKey, LateEditsSaid.NONE);
    }

    /** The items, each late edit of a merged record said as such under its line (or in its JSON). */
    static void print(CliContext context, List<ReviewItem> items, boolean json, String emptyKey, LateEditsSaid late) {
        if (json) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            items.forEach(i -> all.add(late.json(ReviewOutput.itemJson(i), i)));
            JsonOutput.print(context, all);
        } else {
            ReviewOutput.printList(context, items, emptyKey, i -> late.explain(context, i));
        }
    }

    static void printResolved(CliContext context, Workspace workspace, Resolved done) {
        context.out().println(context.messages().get("cli.review.resolved", done.id(), done.sightingId().toString(),
                done.revision()));
        OthersRecords.sayWhenAProposal(context, workspace, done.sightingId(), "cli.review.decided-as-proposal");
    }

    /**
     * An item named by its number here, or by the id of its sighting (the first 8 characters or more):
     * numbers are counted on each computer, sighting ids are the same everywhere, so "the conflict on
     * 00e92dff" said over the phone finds the item on any computer that holds it.
     */
    static long itemNumber(Workspace workspace, String text) {
        String typed = ITEM_MARK.matcher(text.strip()).replaceFirst("");
        try {
            long n = Long.parseLong(typed);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // a sighting id, perhaps
        }
        if (!SIGHTING_ID.matcher(typed).matches()) {
            throw new InvalidInputException(Problem.of("ID", "review-not-a-number", text));
        }
        String prefix = typed.toLowerCase(java.util.Locale.ROOT);
        List<ReviewItem> open = workspace.review().open().stream()
                .filter(i -> i.sightingId().toString().startsWith(prefix)).toList();
        if (open.isEmpty()) {
            throw new InvalidInputException(Problem.of("ID", "review-none-for-sighting", text));
        }
        if (open.size() > 1) {
            throw new InvalidInputException(Problem.of("ID", "review-several-for-sighting", text,
                    String.join(", ", open.stream().map(i -> String.valueOf(i.id())).toList())));
        }
        return open.get(0).id();
    }

    /** How lists mark a number, typed before it or not: "#12" in English, "n° 12" or "n°12" in French. */
    private static final java.util.regex.Pattern ITEM_MARK =
            java.util.regex.Pattern.compile("^(#|[nN][°º]|[nN][oO]\\.?(?=\\s*\\d))\\s*");

    /** The start of a sighting id, as lists print it (8 hex digits), up to the whole UUID. */
    private static final java.util.regex.Pattern SIGHTING_ID =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}(-?[0-9a-fA-F]{1,4})*(-?[0-9a-fA-F]{1,12})?");

    static InvalidInputException unknown(String id) {
        return new InvalidInputException(Problem.of(id, "review-unknown", id));
    }
}
