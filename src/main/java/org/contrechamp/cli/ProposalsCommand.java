package org.contrechamp.cli;

import java.util.List;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.review.ReviewService;
import org.contrechamp.core.review.Resolved;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code proposals list|show|accept|reject}: changes made to a record by someone who is neither its author
 * nor a coordinator. Nothing of them is applied until someone here decides; either decision is a new
 * revision that leaves with the next sync, so that the proposal's author sees it was decided.
 */
@Command(name = "proposals", mixinStandardHelpOptions = true,
        subcommands = {ProposalsCommand.ListItems.class, ProposalsCommand.Show.class, ProposalsCommand.Accept.class,
                ProposalsCommand.Reject.class})
final class ProposalsCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    ProposalsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListItems implements Runnable {
        @ParentCommand
        ProposalsCommand parent;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Option(names = "--sent", descriptionKey = "option.proposals-sent")
        boolean sent;

        private final CliContext context;

        ListItems(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                if (sent) {
                    SentProposalsOutput.print(context, workspace, json);
                    return;
                }
                List<ReviewItem> items = workspace.review().open().stream()
                        .filter(i -> i.kind() == ReviewKind.PROPOSAL).toList();
                ConflictsCommand.print(context, items, json, "cli.proposals.none");
                if (!json && !workspace.sharing().namedCoordinator()) {
                    int waiting = workspace.provenance().sent().waiting().size();
                    if (waiting > 0) {
                        context.out().println(context.messages().get("sent.hint", waiting));
                    }
                }
            }
        }
    }

    /** {@code proposals show NUMBER [--json]}: one proposal, field by field, as {@code conflicts show} prints it. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Runnable {
        @ParentCommand
        ProposalsCommand parent;

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
                requireProposal(workspace, ConflictsCommand.itemNumber(workspace, id), id);
                ConflictsCommand.show(context, workspace, id, json);
            }
        }
    }

    /** A decision on one proposal: the number, an optional comment; the subclass says which. */
    abstract static class Decide implements Runnable {
        @ParentCommand
        ProposalsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.review-id")
        String id;

        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "option.review-comment")
        String comment;

        private final CliContext context;

        Decide(CliContext context) {
            this.context = context;
        }

        abstract Resolved decide(ReviewService review, long number, String comment);

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                long number = ConflictsCommand.itemNumber(workspace, id);
                requireProposal(workspace, number, id);
                ConflictsCommand.printResolved(context, workspace, decide(workspace.review(), number, comment));
            }
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true)
    static final class Accept extends Decide {
        Accept(CliContext context) {
            super(context);
        }

        @Override
        Resolved decide(ReviewService review, long number, String comment) {
            return review.accept(number, comment);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true)
    static final class Reject extends Decide {
        Reject(CliContext context) {
            super(context);
        }

        @Override
        Resolved decide(ReviewService review, long number, String comment) {
            return review.reject(number, comment);
        }
    }

    private static void requireProposal(Workspace workspace, long number, String id) {
        ReviewCase c = workspace.review().show(number).orElseThrow(() -> ConflictsCommand.unknown(id));
        if (c.item().kind() != ReviewKind.PROPOSAL) {
            throw new InvalidInputException(Problem.of(id, "review-not-a-proposal", id));
        }
    }
}
