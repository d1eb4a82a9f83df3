package io.regtrack;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-written meeting reports and person names no other test uses. */
public final class MeetingArticles {
  private static final List<String> SURNAMES =
      List.of("Trịnh", "Lưu", "Đoàn", "Tạ", "Khổng", "Mạc", "Quách", "Vi", "Thân", "Kiều");
  private static final List<String> MIDDLE =
      List.of("Quang", "Thị", "Đức", "Hữu", "Ngọc", "Xuân", "Bá", "Công");
  private static final List<String> GIVEN =
      List.of(
          "Khải", "Hoa", "Tùng", "Lộc", "Thắm", "Nhàn", "Quyết", "Tâm", "Hiếu", "Diệp", "Khuê",
          "Toản");
  private static final int COMBINATIONS = SURNAMES.size() * MIDDLE.size() * GIVEN.size();
  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(COMBINATIONS));

  private static final String[] WEEKDAYS = {
    "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"
  };

  private MeetingArticles() {}

  /** A person name not used before in this test run ("Trịnh Quang Khải"). */
  public static String name() {
    int i = Math.floorMod(NEXT.getAndIncrement(), COMBINATIONS);
    return SURNAMES.get(i % SURNAMES.size())
        + " "
        + MIDDLE.get((i / SURNAMES.size()) % MIDDLE.size())
        + " "
        + GIVEN.get(i / (SURNAMES.size() * MIDDLE.size()));
  }

  /**
   * An article: the headline, a publish line when {@code published} is given ("Thứ Tư, 16/03/2022
   * 10:20 (GMT+7)"), the paragraphs, a unique code and a byline.
   */
  public static String article(String title, LocalDate published, String... paragraphs) {
    StringBuilder sb = new StringBuilder(title).append("\n\n");
    if (published != null) {
      sb.append(WEEKDAYS[published.getDayOfWeek().getValue() - 1])
          .append(", ")
          .append(
              String.format(
                  Locale.ROOT,
                  "%02d/%02d/%d",
                  published.getDayOfMonth(),
                  published.getMonthValue(),
                  published.getYear()))
          .append(" 10:20 (GMT+7)\n\n");
    }
    for (String p : paragraphs) {
      sb.append(p).append("\n\n");
    }
    return sb.append("Mã bài ").append(UUID.randomUUID()).append(".\n\nThu Hà\n").toString();
  }

  /** "16/3": day and month as the lead of an article writes them. */
  public static String dayMonth(LocalDate date) {
    return date.getDayOfMonth() + "/" + date.getMonthValue();
  }
}
