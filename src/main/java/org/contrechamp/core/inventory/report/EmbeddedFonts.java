package org.contrechamp.core.inventory.report;

import java.awt.Font;
import java.io.IOException;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * Maps every font a page paints with to the shipped DejaVu Sans, embedded in the PDF (subset, Unicode
 * encoding): text stays text (it can be searched and copied) and every Latin letter is there. Fonts
 * the map renderer asks for by family (its attribution) get the same face.
 */
final class EmbeddedFonts implements FontMapper {

    private final ReportFonts fonts = ReportFonts.get();
    private final BaseFont regular;
    private final BaseFont bold;

    EmbeddedFonts() {
        try {
            regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    fonts.bytes(false), null);
            bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    fonts.bytes(true), null);
        } catch (IOException e) {
            throw new IllegalStateException("the shipped report font cannot be embedded", e);
        }
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        // Fonts made from the bold file say PLAIN in their style: their name tells.
        return font.isBold() || font.getFontName().contains("Bold") ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return font == bold ? fonts.bold(size) : fonts.regular(size);
    }
}
