package org.contrechamp.core.repository;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * no name from outside ever becomes a path. Symbolic links are never followed.
 */
public final class RepositoryLayout {

    public static final String REPOSITORY_FILE = "repository.json";
    public static final String BUNDLES = "bundles";
    public static final String BLOBS = "blobs";

    private static final Pattern BUNDLE_FILE = Pattern.compile("([1-9][0-9]{0,9})-([0-9a-f]{64})\\.json");
    /** Bundle folders and files per signer beyond which listing stops: a guard against junk. */
    private static final int MAX_ENTRIES = 1_000_000;

    /** A bundle file found in the repository; its name is only a claim until the content verifies. */
    public record BundleFile(Fingerprint signer, long seq, String bundleId, Path path) {

        public String fileName() {
            return seq + "-" + bundleId + ".json";
        }
    }

    private RepositoryLayout() {
    }

    public static Path blobPath(Path root, String sha256) {
        if (!BundleFormat.isHex64(sha256)) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return root.resolve(BLOBS).resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public static Path bundlePath(Path root, Fingerprint signer, long seq, String bundleId) {
        if (seq < 1 || !BundleFormat.isHex64(bundleId)) {
            throw new IllegalArgumentException("bad bundle name");
        }
        return root.resolve(BUNDLES).resolve(signer.hex()).resolve(seq + "-" + bundleId + ".json");
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

    /** Every well-named bundle file, by signer then seq. Other entries are left alone. */
    public static List<BundleFile> listBundles(Path root) throws IOException {
        Path bundles = root.resolve(BUNDLES);
        List<BundleFile> found = new ArrayList<>();
        if (!Files.isDirectory(bundles, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        int entries = 0;
        try (DirectoryStream<Path> signers = Files.newDirectoryStream(bundles)) {
            for (Path signerDir : signers) {
                Fingerprint signer = Fingerprint.parse(signerDir.getFileName().toString())
                        .filter(f -> f.hex().equals(signerDir.getFileName().toString())).orElse(null);
                if (signer == null || !Files.isDirectory(signerDir, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(signerDir)) {
                    for (Path file : files) {
                        if (++entries > MAX_ENTRIES) {
                            throw new IOException("too many files in " + bundles);
                        }
                        BundleFile bundle = parseName(signer, file);
                        if (bundle != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                            found.add(bundle);
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparing((BundleFile b) -> b.signer().hex()).thenComparingLong(BundleFile::seq)
                .thenComparing(BundleFile::bundleId));
        return found;
    }
}
