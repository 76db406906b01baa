package org.contrechamp.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.BundleRejectedException;
import org.contrechamp.core.bundle.ImportOutcome;
import org.contrechamp.core.bundle.Manifest;
import org.contrechamp.core.bundle.UnknownSignerException;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.repository.VerifyReport;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bundle verify|import|status}: one bundle file, and what sync left to look at. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        subcommands = {BundleCommand.Verify.class, BundleCommand.Import.class, BundleCommand.Status.class})
final class BundleCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    BundleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    /** A refused bundle: "contrechamp: bundle-bad-signature: FILE: message", exit 1. */
    static CliFailure refused(CliContext context, BundleRejectedException e) {
        StringJoiner text = new StringJoiner("; ");
        for (Problem p : e.problems()) {
            text.add(context.messages().describeByName(p));
        }
        return new CliFailure(e.code() + ": " + text, Cli.BAD_INPUT);
    }

    /** {@code bundle verify FILE [--json] [--key FILE|PUBLICKEY]}. */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify implements Runnable {
        @ParentCommand
        BundleCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.bundle")
        Path file;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Option(names = "--key", paramLabel = "FILE|PUBLICKEY", descriptionKey = "option.verify-key")
        String key;

        private final CliContext context;

        Verify(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            PublicIdentity explicit = key == null ? null : TrustCommand.Add.read(key, "key");
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                VerifyReport report = workspace.sharing().verify(file, explicit);
                Manifest m = report.bundle().manifest();
                if (json) {
                    ObjectNode out = JsonOutput.MAPPER.createObjectNode();
                    out.put("valid", true);
                    out.put("bundle", report.bundle().id());
                    out.put("signer", report.bundle().signer().fingerprint().hex());
                    out.put("signerName", report.bundle().signer().identity().name());
                    out.put("seq", m.seq());
                    out.put("records", m.records().size());
                    out.put("blobs", report.blobsChecked());
                    out.put("audience", m.audience());
                    out.put("audienceChecked", report.repository() != null);
                    JsonOutput.print(context, out);
                } else {
                    context.out().println(context.messages().get("cli.bundle.valid", report.bundle().signer().identity().name(),
                            report.bundle().signer().fingerprint().display(), m.seq(), m.records().size(),
                            report.blobsChecked(), report.bundle().id()));
                }
            } catch (UnknownSignerException unknown) {
                // Verify sets nothing aside (only sync does): say how to check it instead.
                Problem p = unknown.problems().get(0);
                BundleRejectedException e = new BundleRejectedException(List.of(new Problem(p.field(),
                        "bundle-unknown-signer-verify", p.args())), unknown.code());
                printInvalid(e);
                throw refused(context, e);
            } catch (BundleRejectedException e) {
                printInvalid(e);
                throw refused(context, e);
            }
        }

        private void printInvalid(BundleRejectedException e) {
            if (json) {
                ObjectNode out = JsonOutput.MAPPER.createObjectNode();
                out.put("valid", false);
                out.put("error", e.code());
                ArrayNode messages = out.putArray("messages");
                e.problems().forEach(p -> messages.add(context.messages().describeByName(p)));
                JsonOutput.print(context, out);
            }
        }
    }

    /** {@code bundle import FILE}: one bundle file from a repository folder. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Runnable {
        @ParentCommand
        BundleCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.bundle")
        Path file;

        private final CliContext context;

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                ImportOutcome o = workspace.sharing().importFile(file, Cancellation.NEVER);
                if (o.alreadyImported()) {
                    context.out().println(context.messages().get("cli.bundle.already", o.bundleId()));
                } else {
                    context.out().println(context.messages().get("cli.sync.imported", o.signerName(), o.seq(), o.records(),
                            o.applied(), o.conflicts(), o.unchanged(), o.waiting(), o.released()));
                }
            } catch (UnknownSignerException e) {
                if (!saidSignedHere(e)) {
                    throw refused(context, e);
                }
            } catch (BundleRejectedException e) {
                throw refused(context, e);
            }
        }

        /**
         * A script walking the repository's folders meets this computer's own bundles too: our key is not
         * in our keyring, and the advice to trust it would be wrong. Said only for a bundle this key
         * signed and the ledger holds (a file merely claiming our key id is refused as before).
         */
        private boolean saidSignedHere(UnknownSignerException e) {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                var me = workspace.identity().find();
                if (me.isEmpty() || !me.get().fingerprint().equals(e.claimed())) {
                    return false;
                }
                String name = file.getFileName().toString();
                for (BundleLedger.Exported own : workspace.sharing().exports()) {
                    if (name.equals(own.seq() + "-" + own.bundleId() + ".json")) {
                        context.out().println(context.messages().get("cli.bundle.signed-here", own.seq(), me.get().name()));
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** {@code bundle status [--json]}: our bundles, alerts, conflicts awaiting review. */
    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status implements Runnable {
        @ParentCommand
        BundleCommand parent;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Status(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                var sharing = workspace.sharing();
                ObjectNode out = JsonOutput.MAPPER.createObjectNode();
                ArrayNode exported = out.putArray("exported");
                for (BundleLedger.Exported e : sharing.exports()) {
                    exported.addObject().put("seq", e.seq()).put("bundle", e.bundleId()).put("records", e.records())
                            .put("blobs", e.blobs()).put("createdAt", e.createdAt().toString());
                }
                ArrayNode alerts = out.putArray("alerts");
                List<String> alertLines = new java.util.ArrayList<>();
                int standing = 0;
                java.util.Map<org.contrechamp.core.identity.Fingerprint, String> names = new java.util.HashMap<>();
                workspace.trust().list().forEach(k -> names.put(k.fingerprint(), k.identity().name()));
                for (BundleLedger.Alert a : sharing.alerts()) {
                    ObjectNode alert = alerts.addObject().put("at", a.at().toString()).put("kind", a.kind())
                            .put("signer", a.signer() == null ? null : a.signer().hex()).put("seq", a.seq())
                            .put("bundle", a.bundleId()).put("detail", a.detail());
                    long still = sharing.stillMissing(a);
                    String line = AlertText.of(a, context.messages(), a.signer() == null ? null : names.get(a.signer()));
                    if (still >= 0) {
                        alert.put("stillMissing", still);
                        line += " " + context.messages().get("cli.bundle.alert.gap.now", still);
                    }
                    standing += still == 0 ? 0 : 1; // a gap filled since is history, nothing to act on
                    alertLines.add(line);
                }
                ArrayNode conflicts = out.putArray("conflicts");
                for (BundleLedger.Conflict c : sharing.conflicts()) {
                    conflicts.addObject().put("sighting", c.sightingId().toString()).put("bundle", c.bundleId())
                            .put("signer", c.signer().hex()).put("heldRevision", c.heldRevision())
                            .put("baseRevision", c.baseRevision()).put("incomingRevision", c.incomingRevision())
                            .put("reason", c.reason().code());
                }
                ArrayNode waiting = out.putArray("waiting");
                for (var w : sharing.waiting()) {
                    waiting.addObject().put("sighting", w.record().id().toString()).put("bundle", w.bundleId())
                            .put("signer", w.signer().hex()).put("revision", w.record().revision())
                            .put("baseRevision", w.record().baseRevision()).put("receivedAt", w.receivedAt().toString());
                }
                if (json) {
                    JsonOutput.print(context, out);
                } else {
                    context.out().println(context.messages().get("cli.bundle.status", exported.size(), standing,
                            conflicts.size()));
                    if (!waiting.isEmpty()) {
                        context.out().println(context.messages().get("cli.sync.waiting", waiting.size()));
                    }
                    alertLines.forEach(context.out()::println);
                }
            }
        }
    }
}
