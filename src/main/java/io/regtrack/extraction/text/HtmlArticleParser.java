package io.regtrack.extraction.text;

import io.regtrack.extraction.text.HtmlArticle.Block;
import io.regtrack.extraction.text.HtmlArticle.BlockKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The work behind {@link HtmlArticle#parse(String)}, in stages:
 *
 * <ol>
 *   <li><em>metadata</em>: {@code og:*} and {@code article:published_time} meta tags, {@code <link
 *       rel=canonical>}, JSON-LD {@code datePublished}, {@code <title>};
 *   <li><em>strip</em>: scripts, styles, {@code noscript}, templates, embedded frames and media,
 *       form controls, hidden elements, and the page's {@code nav}, {@code footer}, {@code aside}
 *       and {@code header} blocks (HTML comments are never read);
 *   <li><em>root</em>: the element holding the article: {@code [itemprop=articleBody]}, else a
 *       content container of a common (Vietnamese) news CMS, else the {@code <article>} with the
 *       most text, else the densest text block (paragraph scores given to parents and grandparents,
 *       scaled down by link density);
 *   <li><em>head</em>: headline, publish time, byline and sapo (lead), preferring elements inside
 *       the root, never inside a boilerplate block; each is taken out of the tree once read;
 *   <li><em>clean</em>: inside the root, boilerplate blocks by class or id (share bars, comments,
 *       related articles, tags, ads, menus), blocks under a related-articles or comment heading
 *       ("Tin liên quan", "Các tin khác", "Bài viết khác", "Bình luận" …), and link lists;
 *   <li><em>walk</em>: one paragraph per block element ({@code <p>}, headings, list items …; {@code
 *       <br>} also ends a paragraph), captions from {@code <figcaption>}, caption classes and image
 *       tables.
 * </ol>
 *
 * <p>Not thread-affine: every call parses into its own tree. Linear in the page size apart from
 * ancestor look-ups, which are bounded by the tree depth.
 */
final class HtmlArticleParser {
  private HtmlArticleParser() {}

  /** Elements that never hold article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, frame, frameset, object, embed, svg, canvas,"
          + " video, audio, source, track, map, link, meta, base, input, select, option,"
          + " textarea, button, label, dialog";

  /** Page chrome by element or ARIA role. */
  private static final String CHROME =
      "nav, footer, aside, header, [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [role=search], [hidden], [aria-hidden=true]";

  /** Content containers of common news CMSs, most specific first. */
  private static final String CMS_CONTAINERS =
      ".detail-content, .detail__content, .detail-cmain, .content-detail, .detail_content,"
          + " .article-content, .article__content, .article-body, .article__body, .fck_detail,"
          + " .singular-content, .dt-news__content, #main-detail, .main-detail, .news-content,"
          + " .news-detail, .news-body, .post-content, .entry-content, .td-post-content,"
          + " .content-news, .noi-dung, .noidung, #noidung, .journal-content-article,"
          + " .cms-body, .ArticleContent, #ArticleContent, .chi-tiet, .chitiet";

  /** Block-level elements: each starts and ends a paragraph. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "address",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "figure",
          "hr",
          "center",
          "form",
          "fieldset",
          "details",
          "summary");

  /** Elements scored as paragraphs by the density fallback. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");

  /** Class/id words of boilerplate blocks, matched on the words of the class or id. */
  private static final Pattern BOILERPLATE_CLASS =
      Pattern.compile(
          "\\b(?:share|sharing|social|socials|sharebar|comment|comments|commentbox|binh luan"
              + "|binhluan|related|relate|relates|lien quan|lienquan|tinlienquan|tin khac"
              + "|tinkhac|other news|othernews|more news|morenews|breadcrumb|breadcrumbs|menu"
              + "|navbar|nav|navigation|sidebar|banner|ads|advert|advertisement|adsense|qc"
              + "|quang cao|quangcao|footer|toolbar|print|rating|vote|tags|tag|tag list|keyword"
              + "|keywords|tu khoa|tukhoa|subscribe|newsletter|popup|modal|cookie|widget"
              + "|most read|mostread|xem nhieu|doc nhieu|xemnhieu|docnhieu|fb|zalo|facebook"
              + "|twitter|social icons|follow|bookmark|audio|player)\\b");

  /** Class/id words of a photo caption. */
  private static final Pattern CAPTION_CLASS =
      Pattern.compile(
          "\\b(?:caption|captions|figcaption|chu thich|chuthich|imgcaption|photocaption"
              + "|image desc|img desc|photo desc|pic desc|image note|image text|photo note"
              + "|desc image|desc img|image description|imagedesc|imgdesc|tplcaption)\\b");

  /** Class/id words of a box holding an image and its caption (an "image table"). */
  private static final Pattern IMAGE_BOX_CLASS =
      Pattern.compile("\\b(?:image|img|photo|picture|pic|figure|tplcaption|media)\\b");

  /** Class/id words of a visible publish line. */
  private static final Pattern DATE_CLASS =
      Pattern.compile(
          "\\b(?:date|time|datetime|publish|published|publishdate|pubdate|post date|post time"
              + "|ngay|ngaydang|ngay dang|thoi gian|thoigian|created|meta|post meta|detail time"
              + "|article date|news date)\\b");

  /** Class/id words of a byline. */
  private static final Pattern AUTHOR_CLASS =
      Pattern.compile(
          "\\b(?:author|authors|byline|tac gia|tacgia|writer|nguoi viet|article author"
              + "|author name|detail author)\\b");

  /** Class/id words of a sapo (the lead under the headline). */
  private static final Pattern SAPO_CLASS =
      Pattern.compile(
          "\\b(?:sapo|detail sapo|article sapo|lead|summary|description|chapeau|tom tat|tomtat"
              + "|excerpt|intro|abstract|init content)\\b");

  /** Class/id words of a site logo (an {@code <h1>} that is not the headline). */
  private static final Pattern LOGO_CLASS =
      Pattern.compile("\\b(?:logo|brand|site name|sitename)\\b");

  /** "Xem thêm: …", "Đọc thêm: …", "Tin liên quan: …": a single inline link to other news. */
  private static final Pattern READ_MORE_LINE =
      Pattern.compile("^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|mời xem)\\s*[:>»-]");

  /** " - Báo X", " | Báo X": the separator before a site suffix of a page title. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-–—|:»]{1,2}\\s+");

  /** The last segment of a {@code <title>} that names the site. */
  private static final Pattern SITE_SEGMENT =
      Pattern.compile(
          "^(?:báo|tạp chí|cổng|trang|đài|thông tấn|ttxvn|vtv|vov|tin tức|truyền hình|tin nhanh"
              + "|đảng cộng sản|ban tuyên giáo|tỉnh ủy|thành ủy)(?![\\p{L}])"
              + "|\\.(?:vn|com|net|org)\\b");

  /** "2023-09-14", "2023-09-14T15:20:00+07:00", "2023-09-14 15:20": a machine-readable time. */
  private static final Pattern ISO_TIME =
      Pattern.compile(
          "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

  /** "14/09/2023", "14-9-2023", "14.09.2023": a visible date. */
  private static final Pattern VISIBLE_DATE =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})\\s?[/.-]\\s?(\\d{4})(?!\\d)");

  /** "15:20", "15h20", "08g30", "15:20:05": a visible time. */
  private static final Pattern VISIBLE_TIME =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s?[:hg]\\s?(\\d{2})(?::(\\d{2}))?(?![\\d/])");

  /** JSON-LD {@code "datePublished": "…"}. */
  private static final Pattern LD_DATE_PUBLISHED =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");

  /** ASCII whitespace runs (U+00A0 is kept, as in scraped text). */
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u000B]+");

  /** A figure's or image box's caption longer than this is article text, not a caption. */
  private static final int MAX_CAPTION_WORDS = 60;

  /** A heading is short. */
  private static final int MAX_HEADING_WORDS = 8;

  /** A publish line or a byline is short. */
  private static final int MAX_LINE_WORDS = 30;

  /** The fewest non-link words of an article root. */
  private static final int MIN_ROOT_WORDS = 30;

  /** The density fallback only scores paragraphs of at least this many characters. */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  /** Metadata read from the head. */
  private record Meta(
      String ogTitle,
      String pageTitle,
      String siteName,
      String url,
      String publishedTime,
      String ldPublished,
      String author) {}

  /** A publish time: the date, and the time when one is stated. */
  private record Published(LocalDate on, LocalDateTime at) {}

  static HtmlArticle parse(String html) {
    if (html == null || html.isBlank()) {
      return new HtmlArticle("", null, null, null, null, null, List.of());
    }
    Document doc = Jsoup.parse(html);
    Meta meta = meta(doc);
    doc.select(NEVER_TEXT).remove();
    removeHiddenByStyle(doc);
    Element body = doc.body();
    doc.select(CHROME).not("body, html").forEach(HtmlArticleParser::removeUnlessHoldsArticle);

    Element root = root(body);
    Map<Element, Integer> order = documentOrder(doc);
    String title = title(doc, root, meta, order);
    Published published = published(doc, root, meta, order);
    String author = author(doc, root, meta, order);
    String sapo = sapo(doc, root, order);

    List<Block> blocks = new ArrayList<>();
    if (sapo != null) {
      blocks.add(new Block(BlockKind.PARAGRAPH, sapo));
    }
    if (root != null) {
      clean(root);
      Builder builder = new Builder();
      builder.walk(root);
      builder.flush();
      for (Block b : builder.blocks) {
        boolean repeat = !blocks.isEmpty() && blocks.getLast().text().equals(b.text());
        if (!repeat && !b.text().equals(title)) {
          blocks.add(b);
        }
      }
    }
    String url = meta.url();
    return new HtmlArticle(
        title,
        published == null ? null : published.on(),
        published == null ? null : published.at(),
        meta.siteName(),
        url,
        author,
        blocks);
  }

  // ---------------------------------------------------------------- metadata

  private static Meta meta(Document doc) {
    String canonical = attr(doc, "link[rel=canonical]", "href");
    String ogUrl = metaContent(doc, "meta[property=og:url]");
    String url = isHttpUrl(canonical) ? canonical.strip() : isHttpUrl(ogUrl) ? ogUrl.strip() : null;
    String published =
        firstNonBlank(
            metaContent(doc, "meta[property=article:published_time]"),
            metaContent(doc, "meta[name=article:published_time]"),
            metaContent(doc, "meta[itemprop=datePublished]"),
            metaContent(doc, "meta[name=pubdate]"),
            metaContent(doc, "meta[name=publishdate]"),
            metaContent(doc, "meta[name=dc.date.issued]"));
    String ld = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = LD_DATE_PUBLISHED.matcher(script.data());
      if (m.find()) {
        ld = m.group(1);
        break;
      }
    }
    Element titleElement = doc.selectFirst("head > title, title");
    return new Meta(
        oneLine(metaContent(doc, "meta[property=og:title]")),
        titleElement == null ? null : oneLine(titleElement.text()),
        oneLine(
            firstNonBlank(
                metaContent(doc, "meta[property=og:site_name]"),
                metaContent(doc, "meta[name=og:site_name]"))),
        url,
        published,
        ld,
        oneLine(metaContent(doc, "meta[name=author]")));
  }

  private static String metaContent(Document doc, String selector) {
    return attr(doc, selector, "content");
  }

  private static String attr(Document doc, String selector, String attribute) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String value = e.attr(attribute);
    return value.isBlank() ? null : value;
  }

  private static boolean isHttpUrl(String s) {
    if (s == null) {
      return false;
    }
    String t = s.strip().toLowerCase(Locale.ROOT);
    return (t.startsWith("http://") || t.startsWith("https://")) && t.length() > 10;
  }

  // ---------------------------------------------------------------- strip

  private static void removeHiddenByStyle(Document doc) {
    for (Element e : doc.select("[style]")) {
      String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      if (style.contains("display:none") || style.contains("visibility:hidden")) {
        e.remove();
      }
    }
  }

  /**
   * Removes a chrome element unless article text lives inside it (some templates put the whole
   * article in a {@code <header>}-less {@code <main>}, but none in a {@code <nav>}; an {@code
   * <article>}'s own {@code <header>} holds the headline, read later from the metadata and the
   * remaining tree).
   */
  private static void removeUnlessHoldsArticle(Element e) {
    if (e.parent() == null) {
      return;
    }
    if (e.normalName().equals("header") && !e.select("h1").isEmpty()) {
      // An article header: keep the headline, publish line and sapo; its links go with clean().
      return;
    }
    if (!e.select("[itemprop=articleBody], article").isEmpty()) {
      return;
    }
    e.remove();
  }

  // ---------------------------------------------------------------- root

  /** The element holding the article, or {@code null} when the page has none. */
  private static Element root(Element body) {
    if (body == null) {
      return null;
    }
    for (String tier : List.of("[itemprop=articleBody]", CMS_CONTAINERS, "article")) {
      Element best = null;
      int bestWords = 0;
      for (Element candidate : body.select(tier)) {
        if (isBoilerplateClass(candidate) || linkDensity(candidate) >= 0.5) {
          continue;
        }
        int words = nonLinkWords(candidate);
        if (words >= MIN_ROOT_WORDS && words > bestWords) {
          best = candidate;
          bestWords = words;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return densest(body);
  }

  /**
   * The densest text block: each paragraph of some length gives {@code 1 + commas + min(length /
   * 100, 3)} to its parent and half of it to its grandparent; the scores are scaled by {@code 1 -
   * link density}; the best block with enough words wins.
   */
  private static Element densest(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.getAllElements()) {
      if (!isScoredParagraph(p) || hasBoilerplateAncestor(p, body)) {
        continue;
      }
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double score = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      if (score > bestScore && nonLinkWords(e.getKey()) >= MIN_ROOT_WORDS) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean isScoredParagraph(Element e) {
    if (PARAGRAPH_TAGS.contains(e.normalName())) {
      return true;
    }
    if (!e.normalName().equals("div")) {
      return false;
    }
    for (Element child : e.children()) {
      if (BLOCK_TAGS.contains(child.normalName())) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasBoilerplateAncestor(Element e, Element stop) {
    for (Element a = e; a != null && a != stop; a = a.parent()) {
      if (isBoilerplateClass(a)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- head

  /** The pre-order index of every element, to compare positions. */
  private static Map<Element, Integer> documentOrder(Document doc) {
    Map<Element, Integer> order = new IdentityHashMap<>();
    Elements all = doc.getAllElements();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i), i);
    }
    return order;
  }

  /**
   * Whether {@code e} sits in a boilerplate block (by class or id) that does not also hold the
   * article root: a teaser's date or sapo in a related list, not the page wrapper.
   */
  private static boolean isPlacedInBoilerplate(Element e, Element root) {
    for (Element a = e; a != null; a = a.parent()) {
      if (isInside(root, a)) {
        return false; // from here up the ancestors hold the root: page wrappers
      }
      if (isBoilerplateClass(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is {@code container} or lies inside it. */
  private static boolean isInside(Element e, Element container) {
    if (e == null || container == null) {
      return false;
    }
    for (Element a = e; a != null; a = a.parent()) {
      if (a == container) {
        return true;
      }
    }
    return false;
  }

  /**
   * Candidates for a head element: those inside the root first, then those after the root's start …
   * all in page order; none in a boilerplate block.
   */
  private static List<Element> ranked(
      Elements found, Element root, Map<Element, Integer> order, boolean preferBeforeRoot) {
    List<Element> inside = new ArrayList<>();
    List<Element> outside = new ArrayList<>();
    for (Element e : found) {
      if (e.parent() == null || isPlacedInBoilerplate(e, root)) {
        continue;
      }
      (isInside(e, root) ? inside : outside).add(e);
    }
    if (preferBeforeRoot && root != null) {
      int start = order.getOrDefault(root, Integer.MAX_VALUE);
      List<Element> before = new ArrayList<>();
      List<Element> after = new ArrayList<>();
      for (Element e : outside) {
        (order.getOrDefault(e, 0) < start ? before : after).add(e);
      }
      // The nearest element before the root first.
      outside = new ArrayList<>(before.reversed());
      outside.addAll(after);
    }
    inside.addAll(outside);
    return inside;
  }

  private static String title(Document doc, Element root, Meta meta, Map<Element, Integer> order) {
    for (Element h1 : ranked(doc.select("h1, [itemprop=headline]"), root, order, true)) {
      if (h1.normalName().equals("meta")) {
        continue;
      }
      String text = oneLine(h1.text());
      if (text == null || words(text) < 2 || isLogo(h1) || text.equalsIgnoreCase(meta.siteName())) {
        continue;
      }
      if (!isInside(root, h1)) {
        h1.remove();
      }
      return text;
    }
    String og = stripSiteSuffix(meta.ogTitle(), meta.siteName());
    if (og != null) {
      return og;
    }
    return stripSiteSuffix(meta.pageTitle(), meta.siteName());
  }

  private static boolean isLogo(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (LOGO_CLASS.matcher(classWords(a)).find()) {
        return true;
      }
    }
    return false;
  }

  /** "Headline - Báo X" → "Headline"; also " | X" where X is the site name. */
  static String stripSiteSuffix(String title, String siteName) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    Matcher m = TITLE_SEPARATOR.matcher(t);
    int cut = -1;
    int after = -1;
    while (m.find()) {
      cut = m.start();
      after = m.end();
    }
    if (cut > 0) {
      String head = t.substring(0, cut).strip();
      String tail = t.substring(after).strip();
      boolean site =
          (siteName != null && tail.equalsIgnoreCase(siteName.strip()))
              || SITE_SEGMENT.matcher(tail.toLowerCase(Locale.ROOT)).find()
              || (words(tail) <= 4 && tail.equals(tail.toUpperCase(Locale.ROOT)));
      if (site && words(head) >= 2) {
        return head;
      }
    }
    return t;
  }

  private static Published published(
      Document doc, Element root, Meta meta, Map<Element, Integer> order) {
    Published found = parseIso(meta.publishedTime());
    if (found == null) {
      for (Element time : ranked(doc.select("time[datetime]"), root, order, true)) {
        found = parseIso(time.attr("datetime"));
        if (found != null) {
          break;
        }
      }
    }
    if (found == null) {
      found = parseIso(meta.ldPublished());
    }
    // Visible publish lines: read when nothing machine-readable was found, removed either way
    // (inside the article they would be read as a paragraph).
    List<Element> lines = new ArrayList<>();
    for (Element e : doc.select("time, [class], [id]")) {
      if (e.normalName().equals("time") || DATE_CLASS.matcher(classWords(e)).find()) {
        lines.add(e);
      }
    }
    for (Element e : ranked(new Elements(lines), root, order, true)) {
      String text = e.text();
      if (e.parent() == null || isInside(root, e) || words(text) > MAX_LINE_WORDS) {
        continue;
      }
      Published visible = parseVisible(text);
      if (visible == null) {
        continue;
      }
      if (found == null) {
        found = visible;
      }
      e.remove();
    }
    return found;
  }

  /** An ISO-8601 date or date-time, the wall time kept and any offset dropped. */
  static Published parseIso(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = ISO_TIME.matcher(raw);
    if (!m.lookingAt()) {
      return null;
    }
    LocalDate date = date(m.group(3), m.group(2), m.group(1));
    if (date == null) {
      return null;
    }
    return new Published(date, time(date, m.group(4), m.group(5), m.group(6)));
  }

  /** "Thứ Năm, 14/09/2023 - 15:20" → 2023-09-14T15:20. */
  static Published parseVisible(String text) {
    Matcher d = VISIBLE_DATE.matcher(text);
    if (!d.find()) {
      return null;
    }
    LocalDate date = date(d.group(1), d.group(2), d.group(3));
    if (date == null) {
      return null;
    }
    String rest = text.substring(0, d.start()) + " " + text.substring(d.end());
    Matcher t = VISIBLE_TIME.matcher(rest);
    LocalDateTime at = t.find() ? time(date, t.group(1), t.group(2), t.group(3)) : null;
    return new Published(date, at);
  }

  private static LocalDate date(String day, String month, String year) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDateTime time(LocalDate date, String hour, String minute, String second) {
    if (hour == null) {
      return null;
    }
    try {
      return date.atTime(
          Integer.parseInt(hour),
          Integer.parseInt(minute),
          second == null ? 0 : Integer.parseInt(second));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String author(Document doc, Element root, Meta meta, Map<Element, Integer> order) {
    List<Element> found = new ArrayList<>();
    for (Element e : doc.select("[itemprop=author], [rel=author], [class], [id]")) {
      if (e.attr("itemprop").equalsIgnoreCase("author")
          || e.attr("rel").equalsIgnoreCase("author")
          || AUTHOR_CLASS.matcher(classWords(e)).find()) {
        found.add(e);
      }
    }
    String author = null;
    for (Element e : ranked(new Elements(found), root, order, false)) {
      if (e.parent() == null || isInside(root, e)) {
        continue;
      }
      String text = e.normalName().equals("meta") ? oneLine(e.attr("content")) : oneLine(e.text());
      if (text == null || words(text) > MAX_LINE_WORDS / 2) {
        continue;
      }
      if (author == null) {
        author = text;
      }
      e.remove();
    }
    if (author == null
        && meta.author() != null
        && words(meta.author()) <= 6
        && !meta.author().equalsIgnoreCase(meta.siteName())) {
      author = meta.author();
    }
    return author;
  }

  private static String sapo(Document doc, Element root, Map<Element, Integer> order) {
    List<Element> found = new ArrayList<>();
    for (Element e : doc.select("[class], [id], [itemprop=description]")) {
      if (e.normalName().equals("meta") || e.parent() == null) {
        continue;
      }
      String words = classWords(e);
      boolean sapo = e.attr("itemprop").equals("description") || SAPO_CLASS.matcher(words).find();
      if (sapo
          && !IMAGE_BOX_CLASS.matcher(words).find()
          && !CAPTION_CLASS.matcher(words).find()
          && e.closest("figure, figcaption") == null) {
        found.add(e);
      }
    }
    for (Element e : ranked(new Elements(found), root, order, true)) {
      if (e.parent() == null || isInside(root, e)) {
        continue;
      }
      if (root != null && !isInside(e, root) && order.get(e) > order.get(root)) {
        continue; // after the article: a teaser
      }
      String text = oneLine(e.text());
      if (text == null || words(text) < 8) {
        continue;
      }
      e.remove();
      return text;
    }
    return null;
  }

  // ---------------------------------------------------------------- clean

  /** Takes the boilerplate out of the root. */
  private static void clean(Element root) {
    for (Element e : root.select("form, nav, aside, footer, header")) {
      if (e != root) {
        e.remove();
      }
    }
    // A block holding most of the article is never boilerplate, whatever its class says
    // ("print-area", "post-share-wrapper").
    int rootWords = nonLinkWords(root);
    for (Element e : root.getAllElements()) {
      if (e != root
          && isAttached(e, root)
          && isBoilerplateClass(e)
          && !isCaptionElement(e)
          && nonLinkWords(e) * 2 <= rootWords) {
        e.remove();
      }
    }
    for (Element e : root.getAllElements()) {
      if (e != root && isAttached(e, root)) {
        removeRelatedBlock(e, root);
      }
    }
    for (Element e : root.getAllElements()) {
      if (e != root && isAttached(e, root) && isLinkList(e)) {
        e.remove();
      }
    }
  }

  private static boolean isAttached(Element e, Element root) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a == root) {
        return true;
      }
    }
    return false;
  }

  /**
   * When {@code e} is a related-articles or comment heading, removes it with what follows: for a
   * comment heading everything after it in its container; for a related heading the following
   * blocks up to the next paragraph of prose.
   */
  private static void removeRelatedBlock(Element e, Element root) {
    String text = e.text();
    if (text.isEmpty() || words(text) > MAX_HEADING_WORDS) {
      return;
    }
    ArticleCleaner.ChromeHeading kind = ArticleCleaner.chromeHeading(text);
    if (kind == null) {
      return;
    }
    boolean comment = kind == ArticleCleaner.ChromeHeading.COMMENTS;
    Element heading = e;
    while (heading.parent() != null
        && heading.parent() != root
        && heading.parent().text().strip().equals(heading.text().strip())) {
      heading = heading.parent();
    }
    Element next = heading.nextElementSibling();
    while (next != null) {
      Element following = next.nextElementSibling();
      if (!comment && isProse(next)) {
        break;
      }
      next.remove();
      next = following;
    }
    heading.remove();
  }

  /** A block of article prose: at least 20 words, hardly any link text. */
  private static boolean isProse(Element e) {
    return words(e.text()) >= 20 && linkDensity(e) < 0.25 && e.select("ul, ol").isEmpty();
  }

  /** A list of links (related headlines, tags, a menu) or a "Xem thêm: …" line. */
  private static boolean isLinkList(Element e) {
    String tag = e.normalName();
    String text = e.text();
    if (text.isBlank() || isCaptionElement(e)) {
      return false;
    }
    double density = linkDensity(e);
    int links = e.select("a").size();
    if (Set.of("ul", "ol", "div", "section", "table", "dl").contains(tag)
        && density >= 0.5
        && links >= 2) {
      return true;
    }
    if (Set.of("p", "li", "div", "span", "h2", "h3", "h4", "h5", "h6").contains(tag)) {
      String key = text.strip().toLowerCase(Locale.ROOT);
      if (READ_MORE_LINE.matcher(key).find() && words(text) <= 40) {
        return true;
      }
      return density >= 0.9 && links >= 1 && words(text) <= 40;
    }
    return false;
  }

  // ---------------------------------------------------------------- walk

  /** Turns the cleaned root into paragraph and caption blocks. */
  private static final class Builder {
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    void walk(Element element) {
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode t) {
          line.append(t.getWholeText());
        } else if (child instanceof Element e) {
          visit(e);
        }
        // Comments and data nodes are never text.
      }
    }

    private void visit(Element e) {
      String tag = e.normalName();
      if (tag.equals("br")) {
        flush();
        return;
      }
      if (tag.equals("img") || tag.equals("picture")) {
        return;
      }
      if (isCaptionElement(e)) {
        flush();
        caption(e.text());
        return;
      }
      if (tag.equals("figure") || isImageBox(e)) {
        flush();
        Elements captions = e.select("figcaption");
        if (!captions.isEmpty()) {
          captions.forEach(c -> caption(c.text()));
        } else if (words(e.text()) <= MAX_CAPTION_WORDS) {
          caption(e.text());
        } else {
          walk(e);
          flush();
        }
        return;
      }
      boolean block = BLOCK_TAGS.contains(tag);
      if (block) {
        flush();
      }
      walk(e);
      if (block) {
        flush();
      }
    }

    private void caption(String text) {
      String t = oneLine(text);
      if (t != null) {
        blocks.add(new Block(BlockKind.CAPTION, t));
      }
    }

    void flush() {
      String t = oneLine(line.toString());
      line.setLength(0);
      if (t != null) {
        blocks.add(new Block(BlockKind.PARAGRAPH, t));
      }
    }
  }

  /** A {@code <figcaption>} or an element whose class or id says caption. */
  private static boolean isCaptionElement(Element e) {
    return e.normalName().equals("figcaption") || CAPTION_CLASS.matcher(classWords(e)).find();
  }

  /** A table or box holding an image and at most a caption's worth of text. */
  private static boolean isImageBox(Element e) {
    String tag = e.normalName();
    if (!tag.equals("table") && !tag.equals("div")) {
      return false;
    }
    return IMAGE_BOX_CLASS.matcher(classWords(e)).find()
        && !e.select("img").isEmpty()
        && words(e.text()) <= MAX_CAPTION_WORDS
        && e.select("p").size() <= 1;
  }

  // ---------------------------------------------------------------- small helpers

  /**
   * The words of an element's class names and id, lower case, split at non-alphanumerics and
   * camel-case humps: {@code "box-tinLienQuan main_content"} → {@code "box tin lien quan main
   * content"}.
   */
  static String classWords(Element e) {
    String raw = e.className() + " " + e.id();
    if (raw.isBlank()) {
      return "";
    }
    String split = raw.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return SPACES.matcher(split.replaceAll("[^a-z0-9]+", " ")).replaceAll(" ").strip();
  }

  private static boolean isBoilerplateClass(Element e) {
    String words = classWords(e);
    return !words.isEmpty() && BOILERPLATE_CLASS.matcher(words).find();
  }

  /** Share of an element's text that sits in links (0 for an element without text). */
  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / total);
  }

  private static int nonLinkWords(Element e) {
    int words = words(e.text());
    for (Element a : e.select("a")) {
      words -= words(a.text());
    }
    return Math.max(0, words);
  }

  private static int words(String s) {
    if (s == null) {
      return 0;
    }
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("[\\s\\u00A0]+").length;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** Whitespace runs collapsed, NFC, trimmed (also of U+00A0 and zero-width marks); or null. */
  static String oneLine(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACES.matcher(s.replace("\uFEFF", "")).replaceAll(" ");
    int a = 0;
    int b = t.length();
    while (a < b && isTrim(t.charAt(a))) {
      a++;
    }
    while (b > a && isTrim(t.charAt(b - 1))) {
      b--;
    }
    String out = VietnameseText.nfc(t.substring(a, b));
    return out.isEmpty() ? null : out;
  }

  private static boolean isTrim(char c) {
    return c == ' ' || c == '\u00A0' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060';
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
