package org.onewindow.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.onewindow.directory.DepartmentUse;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * A department that leads service items may not be deactivated: new cases of those items would go nowhere. Only
 * the published and draft versions count; a retired item or a superseded version takes no new cases.
 */
@Component
class LeadDepartmentUse implements DepartmentUse {

    /** How many of the led items the refusal names. */
    private static final int NAMED = 3;

    private final ItemVersionRepository items;

    LeadDepartmentUse(ItemVersionRepository items) {
        this.items = items;
    }

    @Override
    public Optional<String> keepsInUse(String departmentCode) {
        List<String> led = items.codesLedBy(departmentCode);
        if (led.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", led.subList(0, Math.min(NAMED, led.size())))
                + (led.size() > NAMED ? ", …" : "");
        return Optional.of(Translations.current("catalog.departmentInUse.leads", led.size(), named));
    }
}
