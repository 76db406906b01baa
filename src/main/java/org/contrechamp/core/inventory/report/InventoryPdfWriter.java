package org.contrechamp.core.inventory.report;

import java.awt.Graphics2D;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;

/**
 * Writes the pages of an inventory as a PDF (OpenPDF, ADR 0045), one page at a time: each page is
 * painted, written out and forgotten, so a report of thousands of pages needs little memory. The
 * file is written beside the target under a temporary name and moved into place only when complete:
 * a failed, cancelled or interrupted report never leaves half a PDF under the name asked for.
 */
public final class InventoryPdfWriter {

    /** Photos are embedded as JPEG at this quality (thumbnails: small either way). */
    static final float JPEG_QUALITY = 0.8f;

    /**
     * @param progress reports pages done out of the total
     * @throws InvalidInputException a target that cannot be written (a folder that does not exist...)
     * @throws java.util.concurrent.CancellationException when cancelled; the target is untouched
     */
    public void write(InventoryPages pages, String title, Path target, Progress progress, Cancellation cancellation) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".inventory-", ".pdf.part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                writePages(pages, title, out, progress, cancellation);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            if (folder != null && DiskSpace.isFull(e, folder)) {
                throw new DataUnavailableException(DiskSpace.full(folder), e);
            }
            throw new InvalidInputException(Problem.of(target.toString(), "file-unwritable", String.valueOf(e.getMessage())));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // unreachable now; it is a hidden .part file beside the target
                }
            }
        }
    }

    /** The PDF itself, to any stream. */
    void writePages(InventoryPages pages, String title, OutputStream out, Progress progress, Cancellation cancellation)
            throws IOException {
        float width = pages.paper().width();
        float height = pages.paper().height();
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(title);
            document.addCreator("Contrechamp");
            document.open();
            EmbeddedFonts fonts = new EmbeddedFonts();
            int count = pages.pageCount();
            for (int i = 0; i < count; i++) {
                cancellation.throwIfCancelled();
                if (i > 0) {
                    document.newPage();
                }
                PdfContentByte canvas = writer.getDirectContent();
                Graphics2D g = canvas.createGraphics(width, height, fonts, true, JPEG_QUALITY);
                try {
                    pages.paint(i, g);
                } finally {
                    g.dispose();
                }
                progress.update(i + 1, count, "");
            }
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }
}
