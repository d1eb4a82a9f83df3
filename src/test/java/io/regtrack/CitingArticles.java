package io.regtrack;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-written articles citing regulations with numbers no other test uses. */
public final class CitingArticles {
  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(2200, 7000));

  private CitingArticles() {}

  /** A regulation number not used before in this test run (4 digits, never a year). */
  public static String number() {
    return String.valueOf(NEXT.getAndIncrement());
  }

  /**
   * A meeting report whose second paragraph is {@code sentence}; the body is unique (a random code
   * in the last paragraph).
   */
  public static String article(String sentence) {
    return "Hội nghị quán triệt văn bản của Đảng\n\n"
        + "Thứ Hai, 10/10/2022 08:15 (GMT+7)\n\n"
        + "Sáng 10/10, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị quán triệt cho cán bộ chủ"
        + " chốt của tỉnh.\n\n"
        + sentence
        + "\n\n"
        + "Các đại biểu đã thảo luận, làm rõ những nội dung mới, đề xuất giải pháp để tổ chức"
        + " thực hiện nghiêm túc, hiệu quả trong thời gian tới. Mã bài "
        + UUID.randomUUID()
        + ".\n\n"
        + "Minh Hằng\n";
  }
}
