package org.onewindow.shared.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import elemental.json.Json;
import elemental.json.JsonObject;

/** A row opens on Enter or Space in it, as on a click; keys on the header row open nothing. */
class RowOpeningTest {

    private final List<String> opened = new ArrayList<>();
    private Grid<String> grid;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        grid = new Grid<>();
        grid.addColumn(text -> text);
        grid.setItems("OW-1", "OW-2", "OW-3");
        UI.getCurrent().add(grid);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void enterOrSpaceOnAFocusedRowOpensThatRow() {
        RowOpening.open(grid, opened::add);

        _fireDomEvent(grid, "keydown", key(grid.getDataCommunicator().getKeyMapper().key("OW-2"), true));

        assertThat(opened).containsExactly("OW-2");
    }

    @Test
    void keysOnTheHeaderRowOrOtherKeysOpenNothing() {
        RowOpening.byKeyboard(grid, opened::add);

        JsonObject header = key(null, true);
        _fireDomEvent(grid, "keydown", header);
        _fireDomEvent(grid, "keydown", key(grid.getDataCommunicator().getKeyMapper().key("OW-1"), false));

        assertThat(opened).isEmpty();
    }

    @Test
    void aClickOpensTheRowOnlyWhereTheRowHasNoLinkOfItsOwn() {
        RowOpening.byKeyboard(grid, opened::add);
        grid.getDataCommunicator().getKeyMapper().key("OW-3");
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 2);
        assertThat(opened).isEmpty();

        RowOpening.open(grid, opened::add);
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 2);
        assertThat(opened).containsExactly("OW-3");
    }

    /** What the browser sends for a key pressed in the grid: the focused row's key, and whether the key opens. */
    private static JsonObject key(String rowKey, boolean opening) {
        JsonObject data = Json.createObject();
        if (rowKey == null) {
            data.put(RowOpening.FOCUSED_ROW_KEY, Json.createNull());
        } else {
            data.put(RowOpening.FOCUSED_ROW_KEY, rowKey);
        }
        data.put(RowOpening.OPENING_KEYS, opening);
        return data;
    }
}
