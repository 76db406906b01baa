package org.contrechamp.ui.map;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.declared.DeclaredOnMap;
import org.contrechamp.ui.zones.ZoneDrawing;

/**
 * The View menu's map items: the window's own ones first, then the tools that draw on the map (the
 * official list's layer, zones drawn by hand), each wired to the map here so that the window only
 * names them.
 */
public final class MapViewMenu {

    private MapViewMenu() {
    }

    public static MenuItem[] items(MapPane map, Workspace workspace, Messages messages, TaskRunner tasks,
            MenuItem... windowItems) {
        List<MenuItem> items = new ArrayList<>(List.of(windowItems));
        items.add(new SeparatorMenuItem());
        items.add(new DeclaredOnMap(map, workspace, messages, tasks).menuItem());
        items.addAll(new ZoneDrawing(map, workspace, messages, tasks).menuItems());
        return items.toArray(new MenuItem[0]);
    }
}
