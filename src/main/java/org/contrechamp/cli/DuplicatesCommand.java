package org.contrechamp.cli;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.duplicate.DuplicateDecision;
import org.contrechamp.core.duplicate.DuplicateRules;
import org.contrechamp.core.duplicate.DuplicateService;
import org.contrechamp.core.duplicate.DuplicateSuggestion;
import org.contrechamp.core.duplicate.OsmNodeSuggestion;
import org.contrechamp.core.duplicate.Reason;
import org.contrechamp.core.i18n.Messages;
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
 * {@code duplicates list|resolve}: the probable duplicates of the data directory and the coordinator's
 * decision on a pair (docs/adr/0048). A merge is ordinary revisions that leave with the next sync.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        subcommands = {DuplicatesCommand.ListPairs.class, DuplicatesCommand.Resolve.class, DuplicatesCommand.Link.class})
final class DuplicatesCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    DuplicatesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    /** {@code duplicates list [--json] [--distance M]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListPairs implements Runnable {
        @ParentCommand
        DuplicatesCommand parent;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Option(names = "--distance", paramLabel = "M", descriptionKey = "option.duplicate-distance")
        String distance;

        private final CliContext context;

        ListPairs(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                DuplicateService duplicates = workspace.duplicates();
                DuplicateRules rules = duplicates.rules();
                if (distance != null) {
                    double meters = CliNumbers.parse("--distance", distance);
                    if (!(meters > 0 && meters <= 1000)) {
                        throw new InvalidInputException(Problem.of("--distance", "out-of-range", distance, 0, 1000));
                    }
                    rules = rules.withDistance(meters);
                }
                List<DuplicateSuggestion> pairs = duplicates.suggestions(rules, Progress.NONE, Cancellation.NEVER);
                List<OsmNodeSuggestion> osm = duplicates.osmSuggestions(Cancellation.NEVER);
                if (json) {
                    JsonOutput.print(context, json(pairs, osm, rules, context.messages()));
                } else {
                    print(pairs, osm, rules);
                }
            }
        }

        private void print(List<DuplicateSuggestion> pairs, List<OsmNodeSuggestion> osm, DuplicateRules rules) {
            Messages m = context.messages();
            if (pairs.isEmpty()) {
                context.out().println(m.get("cli.duplicates.none"));
            } else {
                context.out().println(m.get("cli.duplicates.count", pairs.size(), rules.maxDistanceMeters()));
                for (DuplicateSuggestion s : pairs) {
                    context.out().println("  " + m.get("cli.duplicates.pair", s.score(), s.first().id(), s.second().id(),
                            words(s.reasons(), m)));
                }
            }
            if (!osm.isEmpty()) {
                context.out().println(m.get("cli.duplicates.osm-count", osm.size()));
                for (OsmNodeSuggestion s : osm) {
                    context.out().println("  " + m.get("cli.duplicates.osm", s.score(), s.sighting().id(), s.node().nodeId(),
                            words(s.reasons(), m)));
                }
            }
        }
    }

    /** {@code duplicates resolve A B --merge|--distinct [--comment TEXT]}: the comment goes into the audit log. */
    @Command(name = "resolve", mixinStandardHelpOptions = true)
    static final class Resolve implements Runnable {
        @ParentCommand
        DuplicatesCommand parent;

        @Parameters(index = "0", paramLabel = "A", descriptionKey = "param.duplicate-a")
        String a;

        @Parameters(index = "1", paramLabel = "B", descriptionKey = "param.duplicate-b")
        String b;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Choice choice;

        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "option.duplicate-comment")
        String comment;

        static final class Choice {
            @Option(names = "--merge", required = true, descriptionKey = "option.duplicate-merge")
            boolean merge;

            @Option(names = "--distinct", required = true, descriptionKey = "option.duplicate-distinct")
            boolean distinct;
        }

        private final CliContext context;

        Resolve(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingIdArgument.check(a);
            SightingIdArgument.check(b);
            try (Workspace workspace = parent.root.openWorkspace()) {
                UUID first = SightingIdArgument.in(workspace, a);
                UUID second = SightingIdArgument.in(workspace, b);
                DuplicateDecision d = choice.merge ? workspace.duplicates().merge(first, second, comment)
                        : workspace.duplicates().distinct(first, second, comment);
                if (d.kind() == DuplicateDecision.Kind.MERGED) {
                    context.out().println(context.messages().get("cli.duplicates.merged", d.survivor(), d.loser()));
                } else {
                    context.out().println(context.messages().get("cli.duplicates.distinct", first, second));
                }
            }
        }
    }

    /**
     * {@code duplicates link ID NODE}: the sighting is that camera already in OpenStreetMap (as
     * {@code duplicates list} suggests it); the OSM export then proposes tag changes to that node
     * rather than a new node. The link is a revision, so it travels like any edit.
     */
    @Command(name = "link", mixinStandardHelpOptions = true)
    static final class Link implements Runnable {
        @ParentCommand
        DuplicatesCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        @Parameters(index = "1", paramLabel = "NODE", descriptionKey = "param.osm-node")
        long node;

        @Option(names = "--not", descriptionKey = "option.duplicate-not-osm")
        boolean not;

        private final CliContext context;

        Link(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingIdArgument.check(id);
            if (node <= 0) {
                throw new CliFailure(context.messages().get("cli.duplicates.link-bad-node", node), Cli.BAD_INPUT);
            }
            try (Workspace workspace = parent.root.openWorkspace()) {
                UUID sighting = SightingIdArgument.in(workspace, id);
                if (not) {
                    workspace.duplicates().notOsmNode(sighting, node);
                    context.out().println(context.messages().get("cli.duplicates.not-osm", sighting, node));
                } else {
                    workspace.duplicates().linkToOsmNode(sighting, node);
                    context.out().println(context.messages().get("cli.duplicates.linked", sighting, node));
                }
            }
        }
    }

    private static String words(List<Reason> reasons, Messages m) {
        return reasons.stream().map(r -> r.describe(m)).collect(Collectors.joining(", "));
    }

    static ObjectNode json(List<DuplicateSuggestion> pairs, List<OsmNodeSuggestion> osm, DuplicateRules rules,
            Messages m) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("distanceMeters", rules.maxDistanceMeters());
        ArrayNode all = root.putArray("pairs");
        for (DuplicateSuggestion s : pairs) {
            ObjectNode p = all.addObject();
            p.put("first", s.first().id().toString());
            p.put("second", s.second().id().toString());
            p.put("score", Math.round(s.score() * 1000) / 1000.0);
            p.put("distanceMeters", Math.round(s.distanceMeters() * 10) / 10.0);
            reasons(p.putArray("reasons"), s.reasons(), m);
        }
        ArrayNode nodes = root.putArray("osmNodes");
        for (OsmNodeSuggestion s : osm) {
            ObjectNode p = nodes.addObject();
            p.put("sighting", s.sighting().id().toString());
            p.put("node", s.node().nodeId());
            p.put("url", s.node().url());
            p.put("score", Math.round(s.score() * 1000) / 1000.0);
            p.put("distanceMeters", Math.round(s.distanceMeters() * 10) / 10.0);
            reasons(p.putArray("reasons"), s.reasons(), m);
        }
        return root;
    }

    private static void reasons(ArrayNode out, List<Reason> reasons, Messages m) {
        for (Reason r : reasons) {
            ObjectNode o = out.addObject();
            o.put("code", r.code());
            o.put("value", r.value());
            o.put("text", r.describe(m));
        }
    }
}
