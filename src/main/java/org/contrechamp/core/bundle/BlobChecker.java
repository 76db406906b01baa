package org.contrechamp.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Checks one photo of a bundle against its manifest entry: present as a regular file (not a link),
 * exactly the declared size (known before reading, so a bundle cannot make us read or allocate more),
 * the declared SHA-256, a JPEG by its magic bytes, within the pixel limit, and free of metadata.
 */
public final class BlobChecker {

    private BlobChecker() {
    }

    /**
     * The verified bytes of a blob.
     *
     * @param locate where a blob with a given (validated) hash would be
     */
    public static byte[] check(BlobRef ref, Function<String, Path> locate, String source) {
        Path file = locate.apply(ref.sha256());
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BundleRejectedException(source, "bundle-blob-missing", ref.sha256());
        }
        byte[] data;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            // One byte more than declared tells a longer file without reading it all.
            data = in.readNBytes((int) Math.min(ref.size() + 1, BundleFormat.MAX_BLOB_BYTES + 1));
        } catch (IOException e) {
            throw new BundleRejectedException(source, "bundle-blob-missing", ref.sha256());
        }
        if (data.length != ref.size()) {
            throw new BundleRejectedException(source, "bundle-blob-mismatch", ref.sha256(), "size");
        }
        String actual = HexFormat.of().formatHex(BundleFormat.sha256().digest(data));
        if (!actual.equals(ref.sha256())) {
            throw new BundleRejectedException(source, "bundle-blob-mismatch", ref.sha256(), "SHA-256");
        }
        JpegInspector.inspect(data, source, ref.sha256());
        return data;
    }
}
