package io.regtrack.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonMatchingTest {
  static final String SOC_TRANG = "sóc trăng";
  static final String BAC_GIANG = "bắc giang";

  static boolean same(String aPositions, String aProvince, String bPositions, String bProvince) {
    List<String> a = split(aPositions);
    List<String> b = split(bPositions);
    Set<String> aKeys = PersonMatching.matchKeys(a, aProvince);
    Set<String> bKeys = PersonMatching.matchKeys(b, bProvince);
    long aId = aProvince == null ? 0 : aProvince.hashCode();
    long bId = bProvince == null ? 0 : bProvince.hashCode();
    boolean ab =
        PersonMatching.compatible(
            aKeys,
            !a.isEmpty(),
            aProvince == null ? null : aId,
            bKeys,
            !b.isEmpty(),
            bProvince == null ? null : bId);
    boolean ba =
        PersonMatching.compatible(
            bKeys,
            !b.isEmpty(),
            bProvince == null ? null : bId,
            aKeys,
            !a.isEmpty(),
            aProvince == null ? null : aId);
    assertThat(ab).as("symmetric").isEqualTo(ba);
    return ab;
  }

  static List<String> split(String positions) {
    return positions == null || positions.isBlank() ? List.of() : List.of(positions.split(";"));
  }

  @ParameterizedTest(name = "{0} @{1} ~ {2} @{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a shared position, however written
        "Bí thư Tỉnh ủy | sóc trăng | Bí thư Tỉnh ủy Sóc Trăng | bắc giang",
        "Ủy viên Trung ương Đảng;Bí thư Tỉnh ủy | sóc trăng | Ủy viên BCH TW Đảng | bắc giang",
        "TUV | hà nam | Tỉnh ủy viên | hà nam",
        "Phó Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương | sóc trăng"
            + " | Phó Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương | bắc giang",
        // a shared organization: promoted in the same body
        "Phó Bí thư Tỉnh ủy | nghệ an | Bí thư Tỉnh ủy | nghệ an",
        "Phó Chủ tịch UBND tỉnh | nghệ an | Chủ tịch UBND tỉnh Nghệ An | hà tĩnh",
        // no position: the same province
        " | sóc trăng | Bí thư Tỉnh ủy | sóc trăng",
        " | sóc trăng | | sóc trăng",
      })
  void onePerson(String a, String aProvince, String b, String bProvince) {
    assertThat(same(a, aProvince, b, bProvince)).isTrue();
  }

  @ParameterizedTest(name = "{0} @{1} ≁ {2} @{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the same local title in two provinces
        "Bí thư Tỉnh ủy | sóc trăng | Bí thư Tỉnh ủy | bắc giang",
        // unrelated posts in one province
        "Giám đốc Công an tỉnh | hà tĩnh | Chủ tịch UBND tỉnh | hà tĩnh",
        "Phó Vụ trưởng Vụ Địa phương III | hà nội | Phó Cục trưởng Cục Bảo vệ chính trị nội bộ"
            + " | hà nội",
        // no position and another (or no) province
        " | sóc trăng | Bí thư Tỉnh ủy | bắc giang",
        " | | | ",
        // a local post of an unknown province matches nothing local
        "Bí thư Tỉnh ủy | | Bí thư Tỉnh ủy | ",
      })
  void twoPersons(String a, String aProvince, String b, String bProvince) {
    assertThat(same(a, aProvince, b, bProvince)).isFalse();
  }

  @Test
  void matchKeysQualifyLocalPostsAndNameTheirBody() {
    assertThat(PersonMatching.matchKeys(List.of("Phó Bí thư Thường trực Tỉnh ủy"), SOC_TRANG))
        .containsExactly("p:phó bí thư thường trực tỉnh ủy sóc trăng", "o:tỉnh ủy sóc trăng");
    assertThat(PersonMatching.matchKeys(List.of("Trưởng Ban Tổ chức Tỉnh ủy"), BAC_GIANG))
        .containsExactly(
            "p:trưởng ban tổ chức tỉnh ủy bắc giang", "o:ban tổ chức tỉnh ủy bắc giang");
    assertThat(PersonMatching.matchKeys(List.of("Ủy viên dự khuyết Trung ương Đảng"), null))
        .containsExactly("p:ủy viên dự khuyết trung ương", "o:trung ương");
    assertThat(PersonMatching.matchKeys(List.of("Bí thư Tỉnh ủy"), null)).isEmpty();
  }

  @Test
  void aPostInABodyStatingItsParent() {
    assertThat(
            PersonMatching.qualifiedBody(
                "Phó Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương"))
        .containsExactly("Cục Bảo vệ chính trị nội bộ", "Ban Tổ chức Trung ương");
    assertThat(PersonMatching.qualifiedBody("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh")).isNull();
    assertThat(PersonMatching.qualifiedBody("Phó Vụ trưởng Vụ Địa phương III")).isNull();
  }
}
