package io.regtrack.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationNamesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Ban Tổ chức Tỉnh ủy Bắc Giang | Tỉnh ủy Bắc Giang",
        "Ban Thường vụ Tỉnh ủy Hà Nam | Tỉnh ủy Hà Nam",
        "Ủy ban Kiểm tra Thành ủy Hà Nội | Thành ủy Hà Nội",
        "Văn phòng Tỉnh ủy Nghệ An | Tỉnh ủy Nghệ An",
        "Tỉnh ủy Hà Nam | -",
        "Ban Tổ chức Trung ương | -",
        "Ban Tổ chức Tỉnh ủy | -",
      })
  void anOrganOfAProvincialCommitteeHasTheCommitteeAsParent(String name, String parent) {
    assertThat(OrganizationService.impliedParent(name)).isEqualTo(parent);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ban Tổ chức Tỉnh ủy | true",
        "UBND tỉnh | true",
        "Đảng ủy Khối | true",
        "Tỉnh ủy Sóc Trăng | false",
        "Ban Tổ chức Trung ương | false",
        "Cục Bảo vệ chính trị nội bộ | false",
      })
  void relativeNamesLackTheirPlace(String name, boolean relative) {
    assertThat(OrganizationService.isRelative(name)).isEqualTo(relative);
  }
}
