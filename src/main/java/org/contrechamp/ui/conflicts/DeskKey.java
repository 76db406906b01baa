package org.contrechamp.ui.conflicts;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of the conflicts desk: one table for the key handling, the labels on the buttons and the
 * keyboard help, so that they never disagree (as the drafts review's keys do).
 *
 * @param codes    the keys that do it (several: a letter, a digit and an arrow for the same choice)
 * @param shift    whether Shift is held (Shift+M is "mine everywhere", M "mine here")
 * @param shortcut whether Ctrl (Cmd on a Mac) is held: such a key works from the comment field too
 * @param shownKey the message key of the keys as written for the user ("Maj+M" in French)
 * @param labelKey the message key of what the key does
 */
public record DeskKey(List<KeyCode> codes, boolean shift, boolean shortcut, String shownKey, String labelKey,
                      Consumer<ConflictsPane> action) {

    public static final DeskKey NEXT = key("next", vm -> vm.next(), KeyCode.J, KeyCode.PAGE_DOWN);
    public static final DeskKey PREVIOUS = key("previous", vm -> vm.previous(), KeyCode.K, KeyCode.PAGE_UP);
    public static final DeskKey NEXT_DECISION = key("next-decision", vm -> vm.nextDecision(), KeyCode.DOWN);
    public static final DeskKey PREVIOUS_DECISION = key("previous-decision", vm -> vm.previousDecision(), KeyCode.UP);
    public static final DeskKey MINE = key("mine", vm -> vm.chooseMine(), KeyCode.M, KeyCode.DIGIT1, KeyCode.LEFT);
    public static final DeskKey THEIRS = key("theirs", vm -> vm.chooseTheirs(), KeyCode.T, KeyCode.DIGIT2, KeyCode.RIGHT);
    public static final DeskKey TYPE = new DeskKey(List.of(KeyCode.E, KeyCode.ENTER), false, false,
            "review.desk.keys.type", "review.desk.type", ConflictsPane::openEditor);
    public static final DeskKey CLEAR = key("clear", vm -> vm.clearChoice(), KeyCode.DELETE, KeyCode.BACK_SPACE);
    public static final DeskKey ALL_MINE = new DeskKey(List.of(KeyCode.M), true, false, "review.desk.keys.all-mine",
            "review.desk.all-mine", pane -> pane.vm().chooseAllMine());
    public static final DeskKey ALL_THEIRS = new DeskKey(List.of(KeyCode.T), true, false, "review.desk.keys.all-theirs",
            "review.desk.all-theirs", pane -> pane.vm().chooseAllTheirs());
    public static final DeskKey COMMENT = new DeskKey(List.of(KeyCode.C), false, false, "review.desk.keys.comment",
            "review.desk.comment", ConflictsPane::focusComment);
    public static final DeskKey DECIDE = new DeskKey(List.of(KeyCode.ENTER), false, true, "review.desk.keys.decide",
            "review.desk.decide", pane -> pane.vm().decide());

    public static List<DeskKey> all() {
        return List.of(NEXT, PREVIOUS, NEXT_DECISION, PREVIOUS_DECISION, MINE, THEIRS, ALL_MINE, ALL_THEIRS, TYPE, CLEAR,
                COMMENT, DECIDE);
    }

    public boolean matches(KeyEvent e) {
        return codes.contains(e.getCode()) && e.isShiftDown() == shift && e.isShortcutDown() == shortcut
                && !e.isAltDown();
    }

    private static DeskKey key(String name, Consumer<ConflictsViewModel> action, KeyCode... codes) {
        return new DeskKey(List.of(codes), false, false, "review.desk.keys." + name, "review.desk." + name,
                pane -> action.accept(pane.vm()));
    }
}
