package org.onewindow.intake.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of a case's checklist of materials, over the list the case keeps: which material a name given in either
 * language means, and marking materials received after the registration.
 */
final class CaseChecklist {

    private CaseChecklist() {
    }

    /**
     * The Chinese name the case records a material by, for a name given in either language (a clerk's screen, a
     * script, an API client); a name the case does not know is returned as given.
     */
    static String key(List<CaseMaterialEmbeddable> materials, String given) {
        return materials.stream().filter(m -> m.name().equals(given) || m.nameEn().equals(given)).findFirst()
                .map(CaseMaterialEmbeddable::name).orElse(given);
    }

    /** Marks the materials named (in either language) received now; the list is changed in place. */
    static void markReceived(List<CaseMaterialEmbeddable> materials, Collection<String> given) {
        Set<String> received = given.stream().map(name -> key(materials, name)).collect(Collectors.toSet());
        List<CaseMaterialEmbeddable> updated = new ArrayList<>();
        for (CaseMaterialEmbeddable material : materials) {
            updated.add(received.contains(material.name()) ? material.receivedLater() : material);
        }
        materials.clear();
        materials.addAll(updated);
    }
}
