package org.contrechamp.core.inventory.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of printed inventories: DejaVu Sans, regular and bold, shipped with Contrechamp
 * (Bitstream Vera licence, {@code fonts/DejaVu-LICENSE.txt}), which covers every Latin letter a
 * street name may have (œ, ß, ł, ş, ő...). The same files give the PDF its embedded fonts and the
 * preview its metrics, so both break lines alike.
 */
public final class ReportFonts {

    static final String REGULAR = "/org/contrechamp/fonts/DejaVuSans.ttf";
    static final String BOLD = "/org/contrechamp/fonts/DejaVuSans-Bold.ttf";

    private static volatile ReportFonts loaded;

    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final Font regular;
    private final Font bold;

    private ReportFonts() {
        regularBytes = read(REGULAR);
        boldBytes = read(BOLD);
        try {
            regular = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(regularBytes));
            bold = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(boldBytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the shipped report font cannot be read", e);
        }
    }

    /** Loaded once per process (1.4 MB of font files). */
    public static ReportFonts get() {
        ReportFonts fonts = loaded;
        if (fonts == null) {
            synchronized (ReportFonts.class) {
                if (loaded == null) {
                    loaded = new ReportFonts();
                }
                fonts = loaded;
            }
        }
        return fonts;
    }

    public Font regular(float size) {
        return regular.deriveFont(size);
    }

    public Font bold(float size) {
        return bold.deriveFont(size);
    }

    /** The TrueType file of a font of {@link #regular} or {@link #bold}. */
    byte[] bytes(boolean isBold) {
        return isBold ? boldBytes : regularBytes;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
