package io.regtrack;

import java.util.UUID;

/** Small hand-written articles for API tests; each call makes a distinct article. */
public final class Articles {
  private Articles() {}

  /** A short meeting report whose body is unique (a random code in the last paragraph). */
  public static String unique() {
    return unique("Hội nghị quán triệt Quy định về công tác kiểm tra");
  }

  public static String unique(String title) {
    return title
        + "\n\n"
        + "Thứ Hai, 10/10/2022 08:15 (GMT+7)\n\n"
        + "Sáng 10/10, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị quán triệt Quy định số"
        + " 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát"
        + " và kỷ luật của Đảng tới cán bộ chủ chốt của tỉnh.\n\n"
        + "Các đại biểu đã thảo luận, làm rõ những nội dung mới của Quy định, đề xuất giải pháp"
        + " để tổ chức thực hiện nghiêm túc, hiệu quả trong thời gian tới. Mã bài "
        + UUID.randomUUID()
        + ".\n\n"
        + "Minh Hằng\n";
  }
}
