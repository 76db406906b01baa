package org.contrechamp.core.repository;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contrechamp.core.bundle.BundleFormat;
import org.contrechamp.core.identity.Fingerprint;

/**
 * Where things are in a shared repository, a plain directory:
 * {@code repository.json}, {@code bundles/<signer fingerprint>/<seq>-<bundle id>.json} and
 * {@code blobs/sha256/<2 hex>/<64 hex>}. Every path is built from validated hex and numbers only;
 * names found in the directory are matched against these patterns and anything else is ignored, so
 * no name from outside ever becomes a path. The paths here are relative to the repository: they are
 * read and written only through {@link RepositoryPaths}, which follows no link.
 */
public final class RepositoryLayout {

    public static final String REPOSITORY_FILE = "repository.json";
    public static final String BUNDLES = "bundles";
    public static final String BLOBS = "blobs";

    private static final Pattern BUNDLE_FILE = Pattern.compile("([1-9][0-9]{0,9})-([0-9a-f]{64})\\.json");
    /** Bundle folders and files per signer beyond which listing stops: a guard against junk. */
    private static final int MAX_ENTRIES = 1_000_000;

    /**
     * A bundle file found in the repository; its name is only a claim until the content verifies.
     *
     * @param path relative to the repository, {@code bundles/<signer>/<seq>-<id>.json}
     */
    public record BundleFile(Fingerprint signer, long seq, String bundleId, Path path) {

        public String fileName() {
            return seq + "-" + bundleId + ".json";
        }
    }

    private RepositoryLayout() {
    }

    /** {@code blobs/sha256/<2 hex>/<64 hex>}, relative to the repository. */
    public static Path blob(String sha256) {
        if (!BundleFormat.isHex64(sha256)) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return Path.of(BLOBS, "sha256", sha256.substring(0, 2), sha256);
    }

    /** {@code bundles/<signer>/<seq>-<id>.json}, relative to the repository. */
    public static Path bundle(Fingerprint signer, long seq, String bundleId) {
        if (seq < 1 || !BundleFormat.isHex64(bundleId)) {
            throw new IllegalArgumentException("bad bundle name");
        }
        return Path.of(BUNDLES, signer.hex(), seq + "-" + bundleId + ".json");
    }

    /** Parses a bundle file name {@code <seq>-<id>.json}; null when it is not one. */
    public static BundleFile parseName(Fingerprint signer, Path path) {
        Matcher m = BUNDLE_FILE.matcher(path.getFileName().toString());
        if (!m.matches()) {
            return null;
        }
        long seq = Long.parseLong(m.group(1));
        return seq <= Integer.MAX_VALUE ? new BundleFile(signer, seq, m.group(2), path) : null;
    }

    /**
     * Every well-named entry of a signer's folder, by signer then seq; other names are left alone. An
     * entry with a bundle's name that is not a regular file (a link, a folder) is listed too, so that
     * it is refused and said rather than passed over in silence.
     *
     * @throws org.contrechamp.core.common.DataUnavailableException {@code repository-link} when
     *         {@code bundles} or a signer's folder is a link
     */
    public static List<BundleFile> listBundles(RepositoryPaths repository) throws IOException {
        return listBundles(repository, (signer, refused) -> {
            throw refused;
        });
    }

    /** What to do with a signer's folder that is refused (a link): stop, by throwing, or pass it over. */
    public interface RefusedSignerFolder {
        void refused(Fingerprint signer, org.contrechamp.core.common.DataUnavailableException refused);
    }

    /**
     * {@link #listBundles(RepositoryPaths)}, a signer's folder that is a link handed to {@code refused}
     * instead of stopping the listing: one hostile link in a shared repository need not stop
     * everyone's sync.
     */
    public static List<BundleFile> listBundles(RepositoryPaths repository, RefusedSignerFolder refused)
            throws IOException {
        List<BundleFile> found = new ArrayList<>();
        Path bundles = repository.folder(Path.of(BUNDLES)).orElse(null);
        if (bundles == null) {
            return found;
        }
        int entries = 0;
        try (DirectoryStream<Path> signers = Files.newDirectoryStream(bundles)) {
            for (Path signerDir : signers) {
                String name = signerDir.getFileName().toString();
                Fingerprint signer = Fingerprint.parse(name).filter(f -> f.hex().equals(name)).orElse(null);
                Path relative = Path.of(BUNDLES, name);
                Path folder;
                try {
                    folder = signer == null ? null : repository.folder(relative).orElse(null);
                } catch (org.contrechamp.core.common.DataUnavailableException e) {
                    refused.refused(signer, e);
                    continue;
                }
                if (folder == null) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                    for (Path file : files) {
                        if (++entries > MAX_ENTRIES) {
                            throw new IOException("too many files in " + repository.named(Path.of(BUNDLES)));
                        }
                        BundleFile bundle = parseName(signer, relative.resolve(file.getFileName().toString()));
                        if (bundle != null) {
                            found.add(bundle);
                        }
                    }
                }
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        found.sort(Comparator.comparing((BundleFile b) -> b.signer().hex()).thenComparingLong(BundleFile::seq)
                .thenComparing(BundleFile::bundleId));
        return found;
    }
}
