package org.contrechamp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.trust.TrustedKey;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trust add|list|revoke}: whose bundles this data directory imports. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        subcommands = {TrustCommand.Add.class, TrustCommand.ListKeys.class, TrustCommand.Revoke.class})
final class TrustCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    TrustCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    /** {@code trust add FILE|PUBLICKEY [--name NAME]}. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Runnable {
        @ParentCommand
        TrustCommand parent;

        @Parameters(index = "0", paramLabel = "FILE|PUBLICKEY", descriptionKey = "param.key")
        String key;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "option.trust-name")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "option.trust-role")
        String role;

        private final CliContext context;

        Add(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            TrustedKey.Role chosen = role == null ? null : roleOf(role);
            PublicIdentity identity = read(key, name);
            try (Workspace workspace = parent.root.openWorkspace()) {
                boolean already = workspace.trust().alreadyTrusted(identity, chosen);
                TrustedKey trusted = workspace.trust().trust(identity, chosen);
                context.out().println(context.messages().get(already ? "cli.trust.already" : "cli.trust.added",
                        trusted.identity().name(), trusted.fingerprint().display()));
                context.out().println(context.messages().get("cli.trust.role." + trusted.role().code()));
                long waiting = workspace.sharing().pending().stream()
                        .filter(p -> p.signer().equals(trusted.fingerprint())).count();
                if (waiting > 0) {
                    context.out().println(context.messages().get("cli.trust.added-waiting", waiting));
                }
            }
        }

        private TrustedKey.Role roleOf(String typed) {
            for (TrustedKey.Role r : TrustedKey.Role.values()) {
                if (r.code().equals(typed)) {
                    return r;
                }
            }
            throw Cli.usageError(context, Problem.of("--role", "unknown-value", typed, "volunteer, coordinator"));
        }

        /** A key card file, or the key itself (base64 of the raw 32 bytes). Read before opening any data. */
        static PublicIdentity read(String argument, String name) {
            Path file = Path.of(argument.length() > 1024 ? "-" : argument.replace('\0', '?'));
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || argument.endsWith(".json")) {
                try {
                    if (Files.size(file) > KeyCard.MAX_BYTES) {
                        throw new InvalidInputException(Problem.of(argument, "not-a-key-card"));
                    }
                    return KeyCard.read(argument, Files.readString(file, StandardCharsets.UTF_8), name);
                } catch (IOException e) {
                    throw new InvalidInputException(Problem.of(argument, "unreadable-file", String.valueOf(e.getMessage())));
                }
            }
            try {
                return KeyCard.read("PUBLICKEY", argument, name);
            } catch (InvalidInputException notAKey) {
                if (namesAFile(argument, file)) {
                    throw new InvalidInputException(Problem.of(argument, "no-such-key-card"));
                }
                throw notAKey;
            }
        }

        /**
         * Whether an argument that is neither a file nor a key was meant as a file: base64 has no dot,
         * and a key is never a path under a folder that exists. Said as a missing file, it names what to
         * check; said as a bad key, it named neither.
         */
        private static boolean namesAFile(String argument, Path file) {
            Path folder = file.getParent();
            return argument.contains(".") || (folder != null && Files.isDirectory(folder));
        }
    }

    /** {@code trust list [--json]}: trusted and revoked keys, and signers awaiting a decision. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListKeys implements Runnable {
        @ParentCommand
        TrustCommand parent;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        ListKeys(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                java.util.List<TrustedKey> keys = workspace.trust().list();
                java.util.List<BundleLedger.Pending> pending = workspace.sharing().pending();
                // A pending bundle's signer is the envelope's claim; when that key is trusted now, the
                // next sync verifies the bundle with it and imports it.
                java.util.Set<Fingerprint> trustedNow = new java.util.HashSet<>();
                keys.stream().filter(TrustedKey::isTrusted).forEach(k -> trustedNow.add(k.fingerprint()));
                if (json) {
                    ObjectNode root = JsonOutput.MAPPER.createObjectNode();
                    ArrayNode keyArray = root.putArray("keys");
                    for (TrustedKey k : keys) {
                        ObjectNode node = KeyCard.toJson(k.identity());
                        node.put("status", k.status().code());
                        node.put("lastSeq", k.lastSeq());
                        node.put("role", k.role().code());
                        keyArray.add(node);
                    }
                    ArrayNode awaiting = root.putArray("awaitingDecision");
                    for (BundleLedger.Pending p : pending) {
                        awaiting.addObject().put("fingerprint", p.signer().hex()).put("bundle", p.fileName())
                                .put("seq", p.seq()).put("firstSeen", p.firstSeen().toString())
                                .put("trustedNow", trustedNow.contains(p.signer()));
                    }
                    JsonOutput.print(context, root);
                    return;
                }
                if (keys.isEmpty()) {
                    context.out().println(context.messages().get("cli.trust.none"));
                }
                for (TrustedKey k : keys) {
                    context.out().println(context.messages().get("cli.trust.line", k.fingerprint().display(),
                            context.messages().get("cli.trust.status." + k.status().code()), k.identity().name(), k.lastSeq(),
                            context.messages().get("cli.trust.role-name." + k.role().code())));
                }
                boolean undecided = false;
                for (BundleLedger.Pending p : pending) {
                    boolean trustedKey = trustedNow.contains(p.signer());
                    undecided |= !trustedKey;
                    context.out().println(context.messages().get(trustedKey ? "cli.trust.pending-trusted" : "cli.trust.pending",
                            p.signer().display(), p.fileName()));
                }
                if (undecided) {
                    context.out().println(context.messages().get("cli.trust.pending-how"));
                }
            }
        }
    }

    /** {@code trust revoke FINGERPRINT [--comment TEXT]}: the comment goes to the audit log. */
    @Command(name = "revoke", mixinStandardHelpOptions = true)
    static final class Revoke implements Runnable {
        @ParentCommand
        TrustCommand parent;

        @Parameters(index = "0", paramLabel = "FINGERPRINT", descriptionKey = "param.fingerprint")
        String fingerprint;

        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "option.audit-comment")
        String comment;

        private final CliContext context;

        Revoke(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                TrustedKey revoked = workspace.trust().revoke(fingerprint, comment);
                context.out().println(context.messages().get("cli.trust.revoked", revoked.identity().name(),
                        revoked.fingerprint().display(), revoked.fingerprint().hex()));
            }
        }
    }
}
