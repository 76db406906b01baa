package org.contrechamp.ui.review;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.input.KeyCode;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Kind;

/**
 * The single keys of the review queue: one table for the key handling, the labels on the buttons and
 * the keyboard help, so they can never disagree.
 *
 * @param labelKey what the key does, as a message key (the value's label for classifications)
 */
public record ReviewKey(KeyCode code, String shown, String labelKey, Consumer<ReviewViewModel> action) {

    /** The key as shown to the user: letters as they are, named keys ("key.enter") in their language. */
    public String shown(Messages messages) {
        return shown.startsWith("key.") ? messages.get(shown) : shown;
    }

    public static final List<ReviewKey> KINDS = List.of(
            kind(KeyCode.C, Kind.CAMERA), kind(KeyCode.A, Kind.ALPR), kind(KeyCode.M, Kind.MICROPHONE),
            kind(KeyCode.G, Kind.GUARD), kind(KeyCode.S, Kind.GUNSHOT_DETECTOR));

    public static final List<ReviewKey> TYPES = List.of(
            type(KeyCode.DIGIT1, "1", CameraType.FIXED), type(KeyCode.DIGIT2, "2", CameraType.DOME),
            type(KeyCode.DIGIT3, "3", CameraType.PANNING), type(KeyCode.DIGIT4, "4", CameraType.PANORAMA),
            type(KeyCode.DIGIT5, "5", CameraType.DOORBELL));

    public static final List<ReviewKey> MOUNTS = List.of(
            mount(KeyCode.P, CameraMount.POLE), mount(KeyCode.W, CameraMount.WALL),
            mount(KeyCode.L, CameraMount.STREET_LAMP), mount(KeyCode.T, CameraMount.TRAFFIC_SIGNALS),
            mount(KeyCode.B, CameraMount.BUILDING), mount(KeyCode.E, CameraMount.CEILING),
            mount(KeyCode.Y, CameraMount.GANTRY));

    public static final List<ReviewKey> MOVES = List.of(
            new ReviewKey(KeyCode.ENTER, "key.enter", "review.confirm", ReviewViewModel::confirm),
            new ReviewKey(KeyCode.X, "X", "review.not-a-camera", ReviewViewModel::notACamera),
            new ReviewKey(KeyCode.J, "J / ↓", "review.next", ReviewViewModel::next),
            new ReviewKey(KeyCode.K, "K / ↑", "review.previous", ReviewViewModel::previous),
            new ReviewKey(KeyCode.RIGHT, "→", "review.turn-right", vm -> vm.turn(5)),
            new ReviewKey(KeyCode.LEFT, "←", "review.turn-left", vm -> vm.turn(-5)));

    private static ReviewKey kind(KeyCode code, Kind kind) {
        return new ReviewKey(code, code.getName(), kind.labelKey(), vm -> vm.kind(kind));
    }

    private static ReviewKey type(KeyCode code, String shown, CameraType type) {
        return new ReviewKey(code, shown, type.labelKey(), vm -> vm.cameraType(type));
    }

    private static ReviewKey mount(KeyCode code, CameraMount mount) {
        return new ReviewKey(code, code.getName(), mount.labelKey(), vm -> vm.mount(mount));
    }

    public static List<ReviewKey> all() {
        return java.util.stream.Stream.of(KINDS, TYPES, MOUNTS, MOVES).flatMap(List::stream).toList();
    }
}
