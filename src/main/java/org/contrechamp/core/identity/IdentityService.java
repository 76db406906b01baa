package org.contrechamp.core.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.common.AtomicFiles;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * This data directory's signing identity: an Ed25519 key pair made on first use with a pseudonym,
 * kept in {@code identity/private-key.json} (mode 0600), optionally sealed with a passphrase. Reading
 * the public side never needs the passphrase; signing does ({@link #unlock}).
 */
public final class IdentityService {

    public static final String FOLDER = "identity";
    public static final String FILE_NAME = "private-key.json";

    private final Path file;

    public IdentityService(Path dataDirectory) {
        this.file = dataDirectory.resolve(FOLDER).resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Makes the identity. Refuses when one exists: replacing a key would orphan every bundle signed
     * with it and every keyring that trusts it.
     *
     * @param passphrase seals the private key when not null and not empty; the caller clears it after
     */
    public PublicIdentity create(String name, char[] passphrase) {
        return create(name, passphrase, new SecureRandom());
    }

    /**
     * Makes the identity with a key drawn from {@code keySource}. The app always passes a fresh
     * {@link SecureRandom}; a test may pass a seeded one so that its keys, and with them the order in
     * which a sync reads bundles (their signers' fingerprints), are the same in every run.
     */
    public synchronized PublicIdentity create(String name, char[] passphrase, SecureRandom keySource) {
        List<Problem> problems = Pseudonyms.problems("--name", name);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (exists()) {
            throw new InvalidInputException(Problem.of(file.toString(), "identity-exists", show().fingerprint().display()));
        }
        KeyPair pair = Ed25519.generate(keySource);
        PublicIdentity identity = new PublicIdentity(name, Ed25519.raw(pair.getPublic()));
        byte[] seed = Ed25519.seed(pair.getPrivate());
        try {
            AtomicFiles.write(file, KeyFile.write(identity, seed, passphrase), true);
        } catch (IOException e) {
            throw new DataUnavailableException(Problem.of(file.toString(), "data-dir-unusable", e.getMessage()), e);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
        return identity;
    }

    /** The public side (pseudonym and key). */
    public PublicIdentity show() {
        return KeyFile.readPublic(file.toString(), read());
    }

    public Optional<PublicIdentity> find() {
        return exists() ? Optional.of(show()) : Optional.empty();
    }

    /** Whether signing needs a passphrase. */
    public boolean isProtected() {
        return KeyFile.isSealed(file.toString(), read());
    }

    /**
     * The identity ready to sign.
     *
     * @throws InvalidInputException {@code passphrase-required} or {@code wrong-passphrase}
     */
    public SigningIdentity unlock(char[] passphrase) {
        byte[] content = read();
        PublicIdentity identity = KeyFile.readPublic(file.toString(), content);
        byte[] seed = KeyFile.readSeed(file.toString(), content, passphrase);
        try {
            SigningIdentity signing = new SigningIdentity(identity, Ed25519.privateKey(seed));
            // A key file whose seed does not give its public key was tampered with or damaged.
            byte[] probe = "contrechamp identity check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (!Ed25519.verify(identity.publicKey(), probe, signing.sign(probe))) {
                throw new DataUnavailableException(Problem.of(file.toString(), "identity-damaged"));
            }
            return signing;
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private byte[] read() {
        if (!exists()) {
            throw new DataUnavailableException(Problem.of(file.getParent().getParent().toString(), "no-identity"));
        }
        try {
            if (Files.size(file) > KeyCard.MAX_BYTES * 4L) {
                throw new DataUnavailableException(Problem.of(file.toString(), "identity-damaged"));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataUnavailableException(Problem.of(file.toString(), "data-dir-unusable", e.getMessage()), e);
        }
    }
}
