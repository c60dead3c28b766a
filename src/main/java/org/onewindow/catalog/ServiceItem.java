package org.onewindow.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One version of a kind of request the hall handles. A published version never changes: editing the item makes a
 * new version, and a case keeps the version it was registered with ({@link CatalogService#version}).
 *
 * @param version 1 for the item's first version, counting up
 * @param legalLimitDays the time limit the law sets, in working days from acceptance
 * @param promisedLimitDays the (shorter or equal) time limit the hall promises, in working days; 0 for an
 *     {@link ItemKind#INSTANT instant} item, which is decided at the window
 * @param materials what the citizen brings, in the order the window checks them
 * @param onlineApplication whether it may be applied for online (Open311)
 * @param atMostOneVisit whether the hall promises the citizen needs to come only once
 */
public record ServiceItem(String code, int version, ItemState state, String nameZh, String nameEn, ItemKind kind,
        int legalLimitDays, int promisedLimitDays, String leadDepartmentCode,
        List<String> collaboratingDepartmentCodes, List<MaterialRequirement> materials, boolean onlineApplication,
        String guideZh, String guideEn, boolean atMostOneVisit) {

    public ServiceItem {
        collaboratingDepartmentCodes = List.copyOf(collaboratingDepartmentCodes);
        materials = List.copyOf(materials);
    }

    /**
     * A published first version of a promised item with one name and one guide for both languages, each material a
     * required copy: the shape items had before the catalog kept versions, for tests and data loaded as it is.
     */
    public static ServiceItem published(String code, String name, String guide, String leadDepartmentCode,
            List<String> collaboratingDepartmentCodes, List<String> materialNames, int timeLimitWorkingDays,
            boolean atMostOneVisit) {
        return new ServiceItem(code, 1, ItemState.PUBLISHED, name, name, ItemKind.PROMISED, timeLimitWorkingDays,
                timeLimitWorkingDays, leadDepartmentCode, collaboratingDepartmentCodes,
                materialNames.stream().map(material -> MaterialRequirement.copy(material, material)).toList(), true,
                guide, guide, atMostOneVisit);
    }

    /** The Chinese name, the hall's own language: what a case records and what screens fall back to. */
    public String name() {
        return nameZh;
    }

    /** The name in the reader's language. */
    public String name(Locale locale) {
        return inLanguage(locale, nameZh, nameEn);
    }

    /** The guide for citizens in the reader's language; empty when there is none. */
    public String guide(Locale locale) {
        String guide = inLanguage(locale, guideZh, guideEn);
        return guide == null ? "" : guide;
    }

    /**
     * The working days a case's deadline is counted in: the promised limit, and for an instant item the legal one
     * (an instant item is decided on the spot; should it go to the departments, the law's limit is what binds).
     */
    public int timeLimitWorkingDays() {
        return kind == ItemKind.INSTANT ? legalLimitDays : promisedLimitDays;
    }

    /**
     * Whether the window's registration of a case with these materials in hand (Chinese names, as a case records
     * them) is its acceptance: an item decided later, with every required material received. Otherwise the case
     * waits at the window's acceptance review, where an instant item is decided and a one-time notice lists what is
     * missing (一次性告知).
     */
    public boolean acceptedOnRegistration(Collection<String> receivedNamesZh) {
        return kind != ItemKind.INSTANT && materials.stream().filter(MaterialRequirement::required)
                .allMatch(material -> receivedNamesZh.contains(material.nameZh()));
    }

    /** The materials' Chinese names, the keys a case records its materials by. */
    public List<String> materialNames() {
        return materials.stream().map(MaterialRequirement::nameZh).toList();
    }

    /** The material a case recorded by its Chinese name, when this version still asks for it. */
    public Optional<MaterialRequirement> material(String nameZh) {
        return materials.stream().filter(material -> material.nameZh().equals(nameZh)).findFirst();
    }

    /**
     * The material named so in either language: a registration may name what was received in the clerk's or the
     * citizen's language (Open311 clients, scripts); the case records it by its Chinese name.
     */
    public Optional<MaterialRequirement> materialNamed(String name) {
        return materials.stream().filter(material -> material.nameZh().equals(name)
                || (material.nameEn() != null && material.nameEn().equals(name))).findFirst();
    }

    /** The name of a material a case recorded, in the reader's language; the recorded name when unknown. */
    public String materialName(String nameZh, Locale locale) {
        return material(nameZh).map(material -> material.name(locale)).orElse(nameZh);
    }

    public boolean needsJointReview() {
        return !collaboratingDepartmentCodes.isEmpty();
    }

    public boolean isPublished() {
        return state == ItemState.PUBLISHED;
    }

    /** "v2" as screens and receipts show a version. */
    public String versionLabel() {
        return "v" + version;
    }

    static String inLanguage(Locale locale, String zh, String en) {
        return MaterialRequirement.english(locale) && en != null && !en.isBlank() ? en : zh;
    }
}
