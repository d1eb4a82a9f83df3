package io.regtrack.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationKindTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bộ Chính trị | PARTY_CENTRAL",
        "Ban Bí thư | PARTY_CENTRAL",
        "Ban Chấp hành Trung ương | PARTY_CENTRAL",
        "Ban Chấp hành Trung ương Đảng | PARTY_CENTRAL",
        "Ban Tổ chức Trung ương | PARTY_CENTRAL",
        "Ban Tuyên giáo Trung ương | PARTY_CENTRAL",
        "Ủy ban Kiểm tra Trung ương | PARTY_CENTRAL",
        "Uỷ ban Kiểm tra Trung ương | PARTY_CENTRAL",
        "Văn phòng Trung ương Đảng | PARTY_CENTRAL",
        "Tỉnh ủy Hà Nam | PARTY_LOCAL",
        "Tỉnh uỷ Hà Nam | PARTY_LOCAL",
        "Huyện ủy Yên Bình | PARTY_LOCAL",
        "Thành ủy Hà Nội | PARTY_LOCAL",
        "Ban Thường vụ Tỉnh ủy Hà Nam | PARTY_LOCAL",
        "Ban Tổ chức Tỉnh ủy Sóc Trăng | PARTY_LOCAL",
        "Đảng ủy Khối các cơ quan tỉnh | PARTY_LOCAL",
        "Đảng ủy Khối các cơ quan Trung ương | PARTY_LOCAL",
        "Chính phủ | STATE_CENTRAL",
        "Quốc hội | STATE_CENTRAL",
        "Ủy ban Thường vụ Quốc hội | STATE_CENTRAL",
        "Thủ tướng Chính phủ | STATE_CENTRAL",
        "Bộ Công an | STATE_CENTRAL",
        "Bộ Nội vụ | STATE_CENTRAL",
        "UBND tỉnh Nghệ An | STATE_LOCAL",
        "Ủy ban nhân dân tỉnh Nghệ An | STATE_LOCAL",
        "HĐND tỉnh Bắc Giang | STATE_LOCAL",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh | MASS_ORGANIZATION",
        "Hội Nông dân tỉnh | MASS_ORGANIZATION",
        "Công ty ABC | OTHER",
        "'' | OTHER",
      })
  void infersTheKindFromTheName(String name, OrganizationKind kind) {
    assertThat(OrganizationKind.infer(name)).isEqualTo(kind);
  }
}
