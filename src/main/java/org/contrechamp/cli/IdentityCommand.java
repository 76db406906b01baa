package org.contrechamp.cli;

import java.nio.file.Path;
import java.util.Arrays;

import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code identity init|show}: this data directory's signing identity. */
@Command(name = "identity", mixinStandardHelpOptions = true,
        subcommands = {IdentityCommand.Init.class, IdentityCommand.Show.class})
final class IdentityCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    IdentityCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    /** {@code identity init --name NAME [--passphrase-file FILE | --ask-passphrase]}. */
    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init implements Runnable {
        @ParentCommand
        IdentityCommand parent;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "option.pseudonym")
        String name;

        @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "option.passphrase-file")
        Path passphraseFile;

        @Option(names = "--ask-passphrase", descriptionKey = "option.ask-passphrase")
        boolean ask;

        private final CliContext context;

        Init(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            char[] passphrase = ask ? Passphrases.givenOrAsked(passphraseFile,
                    context.messages().get("cli.identity.new-passphrase")) : Passphrases.given(passphraseFile);
            try (Workspace workspace = parent.root.openWorkspace()) {
                PublicIdentity made = workspace.identity().create(name, passphrase);
                context.out().println(context.messages().get("cli.identity.created", made.name(),
                        made.fingerprint().display()));
                context.out().println(context.messages().get(passphrase == null || passphrase.length == 0
                        ? "cli.identity.unprotected" : "cli.identity.protected"));
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        }
    }

    /** {@code identity show [--json]}: the JSON is the card a coordinator trusts. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Runnable {
        @ParentCommand
        IdentityCommand parent;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                PublicIdentity me = workspace.identity().show();
                if (json) {
                    JsonOutput.print(context, KeyCard.toJson(me));
                } else {
                    context.out().println(context.messages().get("cli.identity.show", me.name(), me.fingerprint().display(),
                            me.fingerprint().hex(), KeyCard.publicKeyText(me)));
                }
            }
        }
    }
}
