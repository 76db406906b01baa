package org.contrechamp.core.inventory.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.inventory.InventoryCamera;
import org.contrechamp.core.inventory.RemovedCamera;
import org.contrechamp.core.sighting.Sighting;

/**
 * The table of a street's cameras: number, photo, kind, camera type, mount, direction, operator,
 * first seen, last confirmed, volunteers; for removed cameras, the day they were found gone too.
 * A photo whose shared copy is not in the store is said in its cell.
 */
final class CameraRows implements RowSource {

    static final float ROW_HEIGHT = 34f;
    static final float THUMB_W = 40f;
    static final float THUMB_H = 30f;

    private final List<InventoryCamera> cameras;
    private final List<RemovedCamera> removed;
    private final ReportText text;
    private final Thumbnails thumbnails;

    private CameraRows(List<InventoryCamera> cameras, List<RemovedCamera> removed, ReportText text, Thumbnails thumbnails) {
        this.cameras = cameras;
        this.removed = removed;
        this.text = text;
        this.thumbnails = thumbnails;
    }

    static CameraRows of(List<InventoryCamera> cameras, ReportText text, Thumbnails thumbnails) {
        return new CameraRows(cameras, null, text, thumbnails);
    }

    static CameraRows removed(List<RemovedCamera> removed, ReportText text, Thumbnails thumbnails) {
        return new CameraRows(removed.stream().map(RemovedCamera::camera).toList(), removed, text, thumbnails);
    }

    @Override
    public int size() {
        return cameras.size();
    }

    @Override
    public float rowHeight() {
        return ROW_HEIGHT;
    }

    @Override
    public List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(text.get("inventory.column.number"),
                text.get("inventory.column.photo"), text.get("field.kind"), text.get("field.cameraType"),
                text.get("field.mount"), text.get("field.directions"), text.get("field.operator"),
                text.get("inventory.column.first-seen"), text.get("inventory.column.last-confirmed"),
                text.get("inventory.column.volunteers")));
        if (removed != null) {
            headers.add(text.get("inventory.column.removed-on"));
        }
        return headers;
    }

    @Override
    public double[] weights() {
        return removed == null ? new double[] {20, 46, 62, 48, 52, 50, 86, 50, 50, 42}
                : new double[] {20, 46, 56, 44, 46, 46, 80, 48, 48, 30, 48};
    }

    @Override
    public void paintRow(Graphics2D g, ReportStyle style, int row, float top, float[] x, float[] widths) {
        InventoryCamera camera = cameras.get(row);
        Sighting s = camera.sighting();
        float baseline = top + ROW_HEIGHT / 2 + 3;
        String number = camera.number() > 0 ? Integer.toString(camera.number()) : Integer.toString(row + 1);
        ReportStyle.text(g, style.cellBold, ReportStyle.TEXT, number, x[0] + 2, baseline, widths[0] - 4);
        paintPhoto(g, style, camera, x[1] + 2, top + 2, widths[1] - 4);
        String[] cells = {text.kind(s), text.value("value.camera-type.", s.cameraType()),
            text.value("value.camera-mount.", s.mount()), ReportText.directions(s),
            s.operator() == null ? text.get("value.none") : s.operator(), ReportText.shortDate(camera.firstSeen()),
            ReportText.shortDate(camera.lastConfirmed()), Integer.toString(camera.volunteers())};
        for (int c = 0; c < cells.length; c++) {
            int column = c + 2;
            if (column == 6 && g.getFontMetrics(style.cell).stringWidth(cells[c]) > widths[column] - 4) {
                ReportStyle.wrapped(g, style.cell, ReportStyle.TEXT, cells[c], x[column] + 2, baseline - 4,
                        widths[column] - 4, 9, 2);
            } else {
                ReportStyle.text(g, style.cell, ReportStyle.TEXT, cells[c], x[column] + 2, baseline, widths[column] - 4);
            }
        }
        if (removed != null) {
            ReportStyle.text(g, style.cell, ReportStyle.TEXT, ReportText.shortDate(removed.get(row).removedOn()),
                    x[10] + 2, baseline, widths[10] - 4);
        }
    }

    private void paintPhoto(Graphics2D g, ReportStyle style, InventoryCamera camera, float x, float y, float width) {
        String photo = camera.photo();
        if (photo == null) {
            ReportStyle.wrapped(g, style.small, ReportStyle.MUTED, text.get("inventory.photo.none"), x, y + 12, width, 8, 3);
            return;
        }
        Optional<BufferedImage> picture = thumbnails.thumbnail(photo);
        if (picture.isEmpty()) {
            ReportStyle.wrapped(g, style.small, ReportStyle.ACCENT, text.get("inventory.photo.missing"), x, y + 9, width,
                    7.5f, 4);
            return;
        }
        BufferedImage image = picture.get();
        double scale = Math.min(THUMB_W / image.getWidth(), THUMB_H / image.getHeight());
        int w = (int) Math.round(image.getWidth() * scale);
        int h = (int) Math.round(image.getHeight() * scale);
        g.drawImage(image, Math.round(x), Math.round(y + (THUMB_H - h) / 2), w, h, null);
    }
}
