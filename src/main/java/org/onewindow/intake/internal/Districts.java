package org.onewindow.intake.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onewindow.intake.IdType;
import org.onewindow.intake.Region;

/**
 * Finds the district an applicant lives in from the code table: first from the address they give (where they
 * live now), else from the region code of a resident ID number (where it was issued). The most precise division
 * wins: a district or county over its city, a city over its province.
 */
final class Districts {

    private final Map<String, Region> byCode;

    Districts(List<Region> regions) {
        this.byCode = regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
    }

    /** The code of the applicant's district, or {@code null} when neither the address nor the number says. */
    String resolve(String address, IdType idType, String idNumber) {
        return fromAddress(address).or(() -> idType == IdType.RESIDENT_ID ? fromIdNumber(idNumber) : Optional.empty())
                .map(Region::code).orElse(null);
    }

    Optional<Region> fromIdNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 6) {
            return Optional.empty();
        }
        String code = idNumber.substring(0, 6);
        return Optional.ofNullable(byCode.get(code))
                .or(() -> Optional.ofNullable(byCode.get(code.substring(0, 4) + "00")))
                .or(() -> Optional.ofNullable(byCode.get(code.substring(0, 2) + "0000")));
    }

    Optional<Region> fromAddress(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = address.toLowerCase(Locale.ROOT);
        List<Region> named = byCode.values().stream()
                .filter(region -> text.contains(region.nameZh())
                        || text.contains(region.nameEn().toLowerCase(Locale.ROOT)))
                .toList();
        // A district named like one in another city (there are many a 鼓楼区) only counts when no other city
        // or province is named beside it.
        return named.stream()
                .filter(region -> named.stream().filter(other -> precision(other) < precision(region))
                        .allMatch(coarser -> compatible(region.code(), coarser.code())))
                .max(Comparator.comparingInt(Districts::precision)
                        .thenComparingInt(region -> region.nameZh().length()));
    }

    /** 3 for a district or county, 2 for a city, 1 for a province. */
    private static int precision(Region region) {
        String code = region.code();
        return code.endsWith("0000") ? 1 : code.endsWith("00") ? 2 : 3;
    }

    /** Whether two named divisions can both be in one address: one contains the other, or they are the same. */
    private static boolean compatible(String code, String other) {
        String a = trimmed(code);
        String b = trimmed(other);
        return a.startsWith(b) || b.startsWith(a);
    }

    private static String trimmed(String code) {
        return code.endsWith("0000") ? code.substring(0, 2) : code.endsWith("00") ? code.substring(0, 4) : code;
    }
}
