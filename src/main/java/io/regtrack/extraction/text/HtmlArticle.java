package io.regtrack.extraction.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The article of a saved news page, taken out of its HTML by {@link #parse(String)}: headline,
 * publish time, outlet, canonical URL, byline, and the article's paragraphs and photo captions in
 * page order, without the site chrome.
 *
 * <p>{@link #text()} renders it in the plain-text shape of a scraped article (the shape {@link
 * ArticleCleaner} reads and the sample corpus has): headline, publish line, one line per paragraph
 * or caption separated by blank lines, byline. Ingestion runs that text through the ordinary text
 * pipeline, so an HTML page and the same article scraped as text give the same document.
 *
 * @param title the headline ({@code <h1>}, else {@code og:title}, else {@code <title>}, site suffix
 *     such as " - Báo X" removed); {@code ""} when none was found
 * @param publishedOn the publish date, or {@code null}
 * @param publishedAt the publish date and time as written (an offset is dropped, the wall time
 *     kept), or {@code null} when no time is stated
 * @param source the outlet ({@code og:site_name}), or {@code null}
 * @param url the canonical URL ({@code <link rel=canonical>}, else {@code og:url}; absolute http or
 *     https only), or {@code null}
 * @param author the byline as found on the page, or {@code null}
 * @param blocks paragraphs and captions in page order; immutable
 */
public record HtmlArticle(
    String title,
    LocalDate publishedOn,
    LocalDateTime publishedAt,
    String source,
    String url,
    String author,
    List<Block> blocks) {

  /** "Bài và ảnh: …", "Tác giả: …", "PV:": a byline that names itself. */
  private static final Pattern BYLINE_LABEL =
      Pattern.compile(
          "^(?:bài|tin|ảnh|tác giả|nhóm phóng viên|phóng viên)[^:]{0,12}:",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Fewer words of paragraph text than this is not an article (an error or index page). */
  static final int MIN_ARTICLE_WORDS = 20;

  /** What a block of the article is. */
  public enum BlockKind {
    PARAGRAPH,
    CAPTION
  }

  /**
   * One paragraph or caption: its text on one line, whitespace runs collapsed.
   *
   * @param kind paragraph or caption
   * @param text the text, trimmed, never blank
   */
  public record Block(BlockKind kind, String text) {}

  /** Replaces {@code null} title by {@code ""} and copies the blocks. */
  public HtmlArticle {
    title = title == null ? "" : title;
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
  }

  /**
   * Extracts the article of an HTML page. Never throws: {@code null}, empty or article-less input
   * gives an article without blocks ({@link #hasArticle()} is false).
   */
  public static HtmlArticle parse(String html) {
    return HtmlArticleParser.parse(html);
  }

  /** Whether the page has an article: at least {@value #MIN_ARTICLE_WORDS} words of paragraphs. */
  public boolean hasArticle() {
    int words = 0;
    for (String p : paragraphs()) {
      words += p.split("\\s+").length;
    }
    return words >= MIN_ARTICLE_WORDS;
  }

  /** The paragraphs, in order. */
  public List<String> paragraphs() {
    return texts(BlockKind.PARAGRAPH);
  }

  /** The photo captions, in order. */
  public List<String> captions() {
    return texts(BlockKind.CAPTION);
  }

  /**
   * The article as scraped plain text: headline, publish line ({@code dd/MM/yyyy HH:mm}), the
   * blocks, byline ({@code "Tác giả: …"}), each on a line of its own and separated by blank lines.
   * A caption that the text pipeline would not recognise by its wording gets the conventional
   * {@code "Ảnh: "} prefix, so that it stays a caption there.
   */
  public String text() {
    List<String> lines = new ArrayList<>();
    if (!title.isEmpty()) {
      lines.add(title);
    }
    String published = publishLine();
    if (published != null) {
      lines.add(published);
    }
    String last = null;
    for (Block b : blocks) {
      if (b.kind() == BlockKind.CAPTION && !ArticleCleaner.readsAsCaption(b.text())) {
        lines.add("Ảnh: " + b.text());
      } else {
        lines.add(b.text());
      }
      if (b.kind() == BlockKind.PARAGRAPH) {
        last = b.text();
      }
    }
    if (author != null && !author.equals(last)) {
      // The page marks it as the byline: say so, as "Tác giả: …" (a form the text pipeline reads
      // as a byline whatever the name looks like, "Hồng Nhung (Ban Tuyên giáo Huyện ủy)").
      lines.add(BYLINE_LABEL.matcher(author).lookingAt() ? author : "Tác giả: " + author);
    }
    return String.join("\n\n", lines) + "\n";
  }

  /** "14/09/2023 15:20", "14/09/2023" without a time, or {@code null} without a date. */
  String publishLine() {
    if (publishedAt != null) {
      LocalDateTime t = publishedAt;
      String line =
          String.format(
              "%02d/%02d/%04d %02d:%02d",
              t.getDayOfMonth(), t.getMonthValue(), t.getYear(), t.getHour(), t.getMinute());
      return t.getSecond() == 0 ? line : line + String.format(":%02d", t.getSecond());
    }
    if (publishedOn != null) {
      return String.format(
          "%02d/%02d/%04d",
          publishedOn.getDayOfMonth(), publishedOn.getMonthValue(), publishedOn.getYear());
    }
    return null;
  }

  private List<String> texts(BlockKind kind) {
    return blocks.stream().filter(b -> b.kind() == kind).map(Block::text).toList();
  }
}
