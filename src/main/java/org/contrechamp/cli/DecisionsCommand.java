package org.contrechamp.cli;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.duplicate.MergeChain;
import org.contrechamp.core.duplicate.WorkOutcomes;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.trust.TrustedKey;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code decisions follow|distinct|outcomes}: the decisions about pairs of records that travel with
 * them (docs/adr/0049). {@code follow} says where a merged record lives on (exit 1, with the reason,
 * when the chain loops, names a record not held or ends on a deleted one); {@code distinct} decides two
 * records are two cameras; {@code outcomes} lists what others did to someone's records.
 */
@Command(name = "decisions", mixinStandardHelpOptions = true,
        subcommands = {DecisionsCommand.Follow.class, DecisionsCommand.Distinct.class, DecisionsCommand.Outcomes.class})
final class DecisionsCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    DecisionsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    @Command(name = "follow", mixinStandardHelpOptions = true)
    static final class Follow implements Runnable {
        @ParentCommand
        DecisionsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Follow(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingIdArgument.check(id);
            try (Workspace workspace = parent.root.openWorkspace()) {
                UUID uuid = SightingIdArgument.in(workspace, id);
                MergeChain.Followed f = workspace.decisions().follow(uuid);
                if (json) {
                    ObjectNode out = JsonOutput.MAPPER.createObjectNode();
                    out.put("id", uuid.toString()).put("end", f.end().name().toLowerCase(java.util.Locale.ROOT));
                    ArrayNode path = out.putArray("path");
                    f.path().forEach(p -> path.add(p.toString()));
                    f.live().ifPresent(l -> out.put("live", l.toString()));
                    f.problem().ifPresent(p -> out.put("error", p.code()));
                    JsonOutput.print(context, out);
                } else if (f.live().isPresent()) {
                    context.out().println(f.merged()
                            ? context.messages().get("cli.decisions.merged-into", uuid, f.live().get(), f.path().size() - 1)
                            : context.messages().get("cli.decisions.not-merged", uuid));
                }
                if (f.problem().isPresent()) {
                    throw new InvalidInputException(f.problem().get());
                }
            }
        }
    }

    @Command(name = "distinct", mixinStandardHelpOptions = true)
    static final class Distinct implements Runnable {
        @ParentCommand
        DecisionsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String first;

        @Parameters(index = "1", paramLabel = "OTHER", descriptionKey = "param.id")
        String second;

        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "option.duplicate-comment")
        String comment;

        private final CliContext context;

        Distinct(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingIdArgument.check(first);
            SightingIdArgument.check(second);
            try (Workspace workspace = parent.root.openWorkspace()) {
                UUID a = SightingIdArgument.in(workspace, first);
                UUID b = SightingIdArgument.in(workspace, second);
                int changed = workspace.decisions().decideDistinct(a, b, comment);
                context.out().println(context.messages().get("cli.decisions.distinct", a, b, changed));
            }
        }
    }

    @Command(name = "outcomes", mixinStandardHelpOptions = true)
    static final class Outcomes implements Runnable {
        @ParentCommand
        DecisionsCommand parent;

        @Option(names = "--author", paramLabel = "FINGERPRINT", descriptionKey = "option.decisions-author")
        String author;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Outcomes(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                Optional<Fingerprint> whose = Optional.empty();
                if (author != null) {
                    whose = Optional.of(Fingerprint.parse(author).orElseThrow(() -> new InvalidInputException(
                            Problem.of("--author", "decisions-bad-author", author))));
                }
                List<WorkOutcomes.Outcome> outcomes = workspace.decisions().outcomes(whose);
                if (json) {
                    ArrayNode out = JsonOutput.MAPPER.createArrayNode();
                    for (WorkOutcomes.Outcome o : outcomes) {
                        ObjectNode row = out.addObject().put("record", o.record().toString())
                                .put("kind", o.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                        row.put("other", o.other() == null ? null : o.other().toString());
                        row.put("by", o.by() == null ? null : o.by().hex());
                        row.put("byName", o.by() == null ? null : name(workspace, o.by()));
                        row.put("at", o.at().toString());
                        o.fields().forEach(f -> row.withArray("fields").add(f.jsonName()));
                    }
                    JsonOutput.print(context, out);
                    return;
                }
                if (outcomes.isEmpty()) {
                    context.out().println(context.messages().get("cli.decisions.no-outcome"));
                }
                for (WorkOutcomes.Outcome o : outcomes) {
                    String by = o.by() == null ? "?" : name(workspace, o.by());
                    context.out().println(context.messages().get(
                            "cli.decisions.outcome." + o.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                            o.record(), o.other() == null ? "" : o.other(), by, o.fields().size()));
                }
            }
        }

        private static String name(Workspace workspace, Fingerprint key) {
            if (workspace.identity().exists() && workspace.identity().show().fingerprint().equals(key)) {
                return workspace.identity().show().name();
            }
            return workspace.trust().list().stream().filter(k -> k.fingerprint().equals(key))
                    .map(TrustedKey::identity).map(i -> i.name()).findFirst().orElse(key.display());
        }
    }
}
