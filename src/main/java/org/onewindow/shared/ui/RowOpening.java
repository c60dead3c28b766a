package org.onewindow.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;

/**
 * Opens a grid's row on a click and, for people on the keyboard, on Enter or Space in the focused row: a grid
 * reports only clicks as item clicks, and its own Space (selection) does nothing on a list that only opens things.
 */
public final class RowOpening {

    /**
     * The key Vaadin gave the item of the row whose cell (or the row itself) had the key pressed, read from the
     * event's path: the grid may already have moved the focus into the cell's link. A key pressed on the cell's
     * link or button, or in a header or footer row, gives none: the link opens by itself, a header row opens nothing.
     */
    static final String FOCUSED_ROW_KEY = "(function(e) { const path = e.composedPath(); const at = path[0];"
            + " if (!at || (at.tagName !== 'TD' && at.tagName !== 'TR')) { return null; }"
            + " const row = path.find(n => n.tagName === 'TR');"
            + " return row && row._item && row._item.key !== undefined ? String(row._item.key) : null; })(event)";

    /** The keys that open a row: those that press a button. */
    static final String OPENING_KEYS = "event.key === 'Enter' || event.key === ' '";

    private RowOpening() {
    }

    /** Opens the row clicked, or the focused row on Enter or Space. */
    public static <T> void open(Grid<T> grid, Consumer<T> opening) {
        grid.addItemClickListener(event -> opening.accept(event.getItem()));
        byKeyboard(grid, opening);
    }

    /**
     * Opens the focused row on Enter or Space only: for rows whose mouse users click a link of their own (a second
     * opening on the same click would count twice where opening is logged).
     */
    public static <T> void byKeyboard(Grid<T> grid, Consumer<T> opening) {
        grid.getElement().addEventListener("keydown", event -> {
            String key = event.getEventData().hasKey(FOCUSED_ROW_KEY)
                    && event.getEventData().get(FOCUSED_ROW_KEY).getType() == elemental.json.JsonType.STRING
                            ? event.getEventData().getString(FOCUSED_ROW_KEY) : null;
            T item = key == null ? null : grid.getDataCommunicator().getKeyMapper().get(key);
            if (item != null) {
                opening.accept(item);
            }
        }).setFilter(OPENING_KEYS).addEventData(FOCUSED_ROW_KEY);
    }
}
