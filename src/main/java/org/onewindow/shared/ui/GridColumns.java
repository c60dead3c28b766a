package org.onewindow.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;

/**
 * The one way a list grid fits the window (1400 px, and 700 px at 200 % zoom) without scrolling sideways: long
 * names share the room that is left and wrap, showing in full as a tooltip; the actions keep their column frozen
 * at the end, under a header that says what it holds (an empty header is read out as nothing).
 */
public final class GridColumns {

    private GridColumns() {
    }

    /** Cells wrap instead of being cut with "…", so no name is lost when the window is narrow. */
    public static void fitting(Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
    }

    /** A name that may be long (an item, a citizen, a department): shares the room, wraps, and has a tooltip. */
    public static <T> Grid.Column<T> name(Grid.Column<T> column, ValueProvider<T, String> text) {
        return column.setWidth("6em").setFlexGrow(2).setResizable(true).setTooltipGenerator(text::apply);
    }

    /** The buttons of a row: always visible at the end, under the header "Actions". */
    public static <T> Grid.Column<T> actions(Grid.Column<T> column) {
        return column.setHeader(column.getGrid().getTranslation("shared.grid.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
    }

    /**
     * The buttons of a row in a grid whose other columns flex: a fixed width, since an auto width is measured on
     * the first rows only and pushed the row wider than its header.
     */
    public static <T> Grid.Column<T> actions(Grid.Column<T> column, String width) {
        return actions(column).setAutoWidth(false).setWidth(width);
    }
}
