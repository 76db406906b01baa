package org.contrechamp.core.inventory.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

/** Sizes, colours and the text helpers every part of a printed page uses. */
final class ReportStyle {

    static final float MARGIN = 36f;
    static final float FOOTER = 16f;
    static final Color TEXT = new Color(0x20, 0x20, 0x20);
    static final Color MUTED = new Color(0x6A, 0x6A, 0x6A);
    static final Color RULE = new Color(0xC8, 0xC8, 0xC8);
    static final Color HEADER_BACK = new Color(0xEC, 0xEE, 0xF0);
    static final Color ACCENT = new Color(0xB4, 0x2B, 0x1E);
    static final Color CONE = new Color(0xE0, 0x60, 0x20, 90);
    static final Color CONE_EDGE = new Color(0xC0, 0x40, 0x10, 170);

    final ReportFonts fonts = ReportFonts.get();
    final Font title = fonts.bold(22f);
    final Font zone = fonts.bold(16f);
    final Font heading = fonts.bold(12f);
    final Font body = fonts.regular(10f);
    final Font cell = fonts.regular(7.5f);
    final Font cellBold = fonts.bold(7.5f);
    final Font small = fonts.regular(6.5f);
    final Font headerCell = fonts.bold(6.5f);
    final Font marker = fonts.bold(7f);

    /** Draws text on a baseline, cut with an ellipsis when it is wider than {@code maxWidth}. */
    static void text(Graphics2D g, Font font, Color color, String text, float x, float baseline, float maxWidth) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(fit(g.getFontMetrics(font), text, maxWidth), x, baseline);
    }

    /** Right-aligned at {@code right}. */
    static void textRight(Graphics2D g, Font font, Color color, String text, float right, float baseline) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics(font);
        g.drawString(text, right - metrics.stringWidth(text), baseline);
    }

    static void textCentred(Graphics2D g, Font font, Color color, String text, float centre, float baseline) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics(font);
        g.drawString(text, centre - metrics.stringWidth(text) / 2f, baseline);
    }

    static String fit(FontMetrics metrics, String text, float maxWidth) {
        if (text == null) {
            return "";
        }
        if (metrics.stringWidth(text) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + "…") > maxWidth) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /**
     * Draws text broken into at most {@code maxLines} lines of {@code maxWidth}, the last cut with an
     * ellipsis; returns the baseline after the last line drawn.
     */
    static float wrapped(Graphics2D g, Font font, Color color, String text, float x, float baseline, float maxWidth,
            float leading, int maxLines) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics(font);
        String[] words = text.split(" ");
        StringBuilder line = new StringBuilder();
        int lines = 0;
        float y = baseline;
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (metrics.stringWidth(candidate) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (lines == maxLines - 1) {
                StringBuilder rest = new StringBuilder(line);
                for (int j = i; j < words.length; j++) {
                    rest.append(' ').append(words[j]);
                }
                g.drawString(fit(metrics, rest.toString(), maxWidth), x, y);
                return y + leading;
            }
            g.drawString(line.toString(), x, y);
            lines++;
            y += leading;
            line.setLength(0);
            line.append(words[i]);
        }
        if (!line.isEmpty()) {
            g.drawString(fit(metrics, line.toString(), maxWidth), x, y);
            y += leading;
        }
        return y;
    }
}
