package org.onewindow.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.IdType;
import org.onewindow.intake.Region;

/** The district segment from an address or a resident ID number, with the table's fallbacks. */
class DistrictsTest {

    private final Districts districts = new Districts(List.of(
            new Region("320000", "江苏省", "Jiangsu"),
            new Region("320100", "南京市", "Nanjing"),
            new Region("320300", "徐州市", "Xuzhou"),
            new Region("320302", "鼓楼区", "Gulou District"),
            new Region("320311", "泉山区", "Quanshan District"),
            new Region("320312", "铜山区", "Tongshan District"),
            new Region("440000", "广东省", "Guangdong")));

    @Test
    void theAddressNamesTheDistrict() {
        assertThat(districts.resolve("江苏省徐州市泉山区解放南路18号", IdType.PASSPORT, "E12345678")).isEqualTo("320311");
        assertThat(districts.resolve("18 Jiefang Road South, Quanshan District, Xuzhou", IdType.PASSPORT, "E1"))
                .isEqualTo("320311");
    }

    @Test
    void theAddressWinsOverTheIdNumber() {
        // Born in Tongshan, living in Quanshan now.
        assertThat(districts.resolve("徐州市泉山区湖滨路1号", IdType.RESIDENT_ID, "320312199001010011")).isEqualTo("320311");
    }

    @Test
    void aDistrictOfTheSameNameInAnotherCityIsNotTaken() {
        // Nanjing has a 鼓楼区 too; the table only knows Xuzhou's, so the address counts for Nanjing.
        assertThat(districts.resolve("江苏省南京市鼓楼区中山路1号", IdType.PASSPORT, "E1")).isEqualTo("320100");
        assertThat(districts.resolve("徐州市鼓楼区中山北路2号", IdType.PASSPORT, "E1")).isEqualTo("320302");
    }

    @Test
    void withoutAnAddressTheIdNumberRegionCodeFallsBackToCityAndProvince() {
        assertThat(districts.resolve(null, IdType.RESIDENT_ID, "320311197001010035")).isEqualTo("320311");
        // 320381 is not in this table: Xuzhou. 440305 (Shenzhen Nanshan): Guangdong.
        assertThat(districts.resolve("", IdType.RESIDENT_ID, "320381197001010035")).isEqualTo("320300");
        assertThat(districts.resolve("", IdType.RESIDENT_ID, "440305199001010012")).isEqualTo("440000");
        assertThat(districts.resolve("", IdType.RESIDENT_ID, "990101199001010012")).isNull();
        // A passport says nothing about a district.
        assertThat(districts.resolve(null, IdType.PASSPORT, "320311197001010035")).isNull();
    }
}
