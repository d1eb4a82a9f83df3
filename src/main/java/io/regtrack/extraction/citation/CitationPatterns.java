package io.regtrack.extraction.citation;

import java.util.regex.Pattern;

/**
 * The regular expressions of the citation stage, each a named constant with an example and the
 * reason it exists. All run over the <em>match key</em> of the body (lower case, new tone
 * placement, NO-BREAK SPACE as space; same length as the body, so offsets carry over). They are
 * built from small helpers and contain no nested unbounded quantifiers, so matching stays linear.
 */
final class CitationPatterns {
  private CitationPatterns() {}

  /** Not preceded by a letter or digit: the start of a word. */
  static final String WORD_START = "(?<![\\p{L}\\p{N}])";

  /** Not followed by a letter or digit: the end of a word. */
  static final String WORD_END = "(?![\\p{L}\\p{N}])";

  /** A hyphen, en dash or em dash, with any spaces around it: "58 - QĐ", "58–QĐ". */
  static final String DASH = "\\s*[-–—]\\s*";

  /** A slash with any spaces around it: "QĐ / TW". */
  static final String SLASH = "\\s*/\\s*";

  /**
   * The word naming the kind of a document, full or abbreviated: "quy định", "quyết định", "chỉ
   * thị", … "qđ", "ct". The kind comes from this word, never from the symbol.
   */
  static final String KIND_WORD =
      "(?<kind>quy định|quy chế|quyết định|chỉ thị|nghị quyết|hướng dẫn|thông báo kết luận"
          + "|kết luận|thông báo"
          + "|kế hoạch|nghị định|thông tư|luật|công văn|qđ|ct|nq|kl|hd|kh)";

  /** "số 58", "số58" (missing space), " 58": the number, leading zeros kept ("01"). */
  static final String NUMBER = "(?: liên tịch)?(?<so>\\s*số\\s*|\\s+)(?<num>\\d{1,5})";

  /**
   * A Party symbol after the number: "-QĐ/TW", "-HD/BTCTW", "-CT/ĐUK", "-QĐi/TW", "- CT / TƯ",
   * "-NQ/T.Ư". Party symbols are number-code/issuer.
   */
  static final String PARTY_SYMBOL =
      DASH + "(?<pcode>[a-zđ]{1,5})" + SLASH + "(?<psuf>t\\.ư|[a-zđư]{1,10})" + WORD_END;

  /**
   * A State symbol with a year: "/2020/NĐ-CP", "/2018/QH14", "/2021/TT-BNV". State symbols are
   * number/year/code-issuer.
   */
  static final String STATE_SYMBOL_WITH_YEAR =
      SLASH
          + "(?<syear>(?:19|20)\\d{2})"
          + SLASH
          + "(?<scode>[a-zđ]{1,8}\\d{0,3}(?:"
          + DASH
          + "[a-zđ0-9]{1,12}){0,3})"
          + WORD_END;

  /** A State symbol without a year: "/QĐ-UBND", "/KH-BCA-ANCTNB". */
  static final String STATE_SYMBOL =
      SLASH + "(?<scode2>[a-zđ]{1,8}(?:" + DASH + "[a-zđ0-9]{1,12}){1,3})" + WORD_END;

  /**
   * One citation: kind word, number, optional symbol. "Quy định số 58-QĐ/TW", "Chỉ thị số11-CT/TU",
   * "Nghị định số 15/2020/NĐ-CP", "Quyết định 143", "QĐ 142". Unnumbered mentions ("Nghị quyết
   * Trung ương 4", "Quy chế bầu cử") and committees ("Ban Chỉ đạo 35") do not match.
   */
  static final Pattern MENTION =
      Pattern.compile(
          WORD_START
              + KIND_WORD
              + NUMBER
              + "(?:"
              + PARTY_SYMBOL
              + "|"
              + STATE_SYMBOL_WITH_YEAR
              + "|"
              + STATE_SYMBOL
              + ")?"
              + "(?![\\p{N}])");

  /**
   * A law named before its number: "Luật Bảo vệ bí mật nhà nước số 29/2018/QH14". The name (up to
   * ten words) is the law's title.
   */
  static final Pattern NAMED_LAW =
      Pattern.compile(
          WORD_START
              + "luật (?<lname>(?:(?!(?:và|của|số|"
              + KIND_WORD.substring(8, KIND_WORD.length() - 1)
              + ") )[^\\s.;:“”\"()]+ ){1,10}?)số\\s*(?<num>\\d{1,5})"
              + STATE_SYMBOL_WITH_YEAR);

  /**
   * A sentence that goes on about the document just cited by its bare kind word: "… Quy định số
   * 80-QĐ/TW. Quy định gồm 5 chương, 18 điều, thay thế …", "Theo đó, Chỉ thị này …". Not a
   * citation; its fields and relations belong to the last cited document of that kind ("Văn bản này
   * thay thế …": of any kind).
   */
  static final Pattern ANAPHOR_AT =
      Pattern.compile(
          "(?<kind>quy định|quy chế|quyết định|chỉ thị|nghị quyết|hướng dẫn|kết luận|kế hoạch"
              + "|nghị định|thông tư|luật|văn bản(?= này| mới| nói trên))(?: này| mới| nói trên)?"
              + "(?=\\s+(?:gồm|có|thay thế|được|bao gồm|sửa đổi|quy định chi tiết|hướng dẫn))");

  /** "Theo đó, " right before an anaphor: a clause that starts like a sentence. */
  static final Pattern THEO_DO = Pattern.compile("theo đó,?\\s+$");

  /**
   * What follows the number when a capitalised kind word is a verb opening a sentence: "Quy định 3
   * trường hợp …", "Kết luận 5 nội dung …". A short form followed by such a counting noun is not a
   * citation.
   */
  static final Pattern COUNTED_NOUN =
      Pattern.compile(
          "\\s+(?:trường hợp|nội dung|vấn đề|nhóm|điều|chương|khoản|mục|loại|hình thức|tiêu chí"
              + "|bước|giai đoạn|năm|tháng|ngày|lĩnh vực|nhiệm vụ|giải pháp|yêu cầu|điểm)"
              + WORD_END);

  /** A date: "8-2-2022", "28/02/2018", "8.2.2022", "11 tháng 7 năm 2023". */
  static final String DATE =
      "(?:(?<d>\\d{1,2})\\s*[-/.]\\s*(?<m>\\d{1,2})\\s*[-/.]\\s*(?<y>(?:19|20)\\d{2})"
          + "|(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2})\\s+năm\\s+(?<y2>(?:19|20)\\d{2}))"
          + "(?![\\p{N}])";

  /** The issue date after a citation: ", ngày 8-2-2022", " ban hành ngày 28/02/2018". */
  static final Pattern DATE_FIELD =
      Pattern.compile(
          "[\\s,(]*(?:được )?(?:ban hành |thông qua |ký ban hành |ký )?(?:vào )?ngày\\s+"
              + DATE
              + "\\)?");

  /**
   * "cùng ngày" after a citation: issued on the date of the citation before it ("Quy chế số
   * 07-QC/TU ngày 25/10/2024 …, ban hành kèm theo Quyết định số 1836-QĐ/TU cùng ngày của Ban Thường
   * vụ Tỉnh ủy").
   */
  static final Pattern SAME_DAY_FIELD =
      Pattern.compile("[\\s,]*(?:ban hành )?cùng ngày" + WORD_END);

  /**
   * After "do": a body and its verb of holding the meeting, "(do) Bộ Nội vụ (chủ trì,) tổ chức" —
   * the meeting's organizer, not a document's issuer.
   */
  private static final String ORGANIZES_AHEAD =
      "[^,.;\\n]{1,80}?\\s(?:chủ trì(?:,| và)? )?tổ chức(?![\\p{L}])";

  /** The issuer introducer: " của ", ", do " (not "do Bộ Nội vụ tổ chức": the meeting's). */
  static final Pattern ISSUER_INTRO =
      Pattern.compile(
          "[\\s,]*(?:(?:của|do(?!"
              + ORGANIZES_AHEAD
              + ")|được)"
              + "\\s+|(?=hội nghị (?:lần thứ [\\p{L}\\d]+ (?:của )?ban chấp hành"
              + "|trung ương [\\p{L}\\d]+)))");

  /** A Party term: " khóa XI", "(khóa XII)". */
  static final Pattern TERM_FIELD =
      Pattern.compile("[\\s,]*\\(?\\s*khóa\\s+(?<term>[xivl]{1,6})" + WORD_END + "(?:\\s*\\))?");

  /** Structure: " gồm 6 chương, 22 điều", "có 5 chương và 25 điều". */
  static final Pattern STRUCTURE_FIELD =
      Pattern.compile(
          "[\\s,]*(?:bao gồm|gồm|có)\\s+(?<ch>\\d{1,3})\\s+chương\\s*(?:,|và)?\\s*"
              + "(?<ar>\\d{1,3})\\s+điều"
              + WORD_END);

  /**
   * When a document takes effect, passed over to reach the fields after it: "(Luật … thông qua ngày
   * 15/6/2022), có hiệu lực thi hành từ ngày 1/1/2024, (gồm 8 chương, 96 điều)".
   */
  static final Pattern EFFECT_FIELD =
      Pattern.compile(
          "[\\s,]*(?:và )?có hiệu lực(?: thi hành)?(?: kể)? từ ngày\\s+" + DATE + "(?=\\s*[,;.])");

  /** A quoted title: " “Một số vấn đề …”", " về “Tăng cường …”". */
  static final Pattern QUOTED_TITLE =
      Pattern.compile("[\\s,]*(?:về\\s+)?[“\"](?<qt>[^”\"\\n]{3,400})[”\"]");

  /** The start of a "về …" subject: " về tăng cường công tác …". */
  static final Pattern ABOUT_INTRO = Pattern.compile("[\\s,]*(?=về\\s+\\p{L})");

  /**
   * A clause about the meeting itself after a comma, which no document subject continues with: how
   * it was connected (", kết nối trực tuyến đến 12 điểm cầu", ", truyền hình trực tiếp tới …") and
   * who attended (", với sự tham dự của …", ", có sự tham gia của …", ", thu hút hơn 300 đại
   * biểu").
   */
  private static final String MEETING_CLAUSE =
      ",\\s+(?:(?:kết nối|truyền hình|trực tuyến)(?:\\s+(?:trực tuyến|trực tiếp))?\\s+(?:đến|tới|với)"
          + "|(?:với|có)\\s+(?:sự\\s+)?(?:tham dự|tham gia|có mặt)|thu hút)\\s";

  /**
   * Where a subject ends, besides sentence punctuation and the next citation: a new clause of the
   * meeting ("và tổng kết", "gắn với", {@link #MEETING_CLAUSE}), the structure ("gồm 5 chương"), or
   * a predicate (", được", ", ngày").
   */
  static final Pattern SUBJECT_STOP =
      Pattern.compile(
          MEETING_CLAUSE
              + "|"
              + "(?:,?\\s+(?:và|cùng)\\s+(?:tổng kết|sơ kết|đánh giá|triển khai|quán triệt|thực hiện"
              + "|hướng dẫn|học tập|phổ biến|công bố)\\s+(?:thực hiện|việc|công tác|\\d|các|nghị quyết"
              + "|chỉ thị|quy định|quyết định|kết luận|quy chế|hướng dẫn|kế hoạch)"
              // a new clause with its own subject: ", tỉnh đã cơ bản hoàn thành …"
              + "|,\\s+(?:[\\p{L}]+\\s){1,3}?(?:đã|vừa|đang)\\s"
              + "|\\s+gắn với|\\s+(?:bao gồm|gồm)\\s+\\d|,\\s+(?:ngày|được|đã|đồng thời|theo đó"
              + "|trong đó|đề cập|nhằm)\\s|\\s+(?:được|đã được)\\s+(?:ban hành|sửa đổi|thay thế"
              + "|tổ chức)|,?\\s+(?:ban hành kèm theo|thay thế(?: cho)?\\s|sửa đổi,? bổ sung)"
              // trailing descriptive clauses: ", từ nội dung đến cách làm", ", trong thời gian
              // từ … đến …", ", từ ngày 1/7/2025", ", cùng …", "và các văn bản hướng dẫn"
              + "|,\\s+(?:từ (?=[^,.;\\n]{1,60}? đến )|từ (?:ngày|nay|năm|tháng)\\s|trong thời gian"
              + "|trong giai đoạn|cùng|cùng với)\\s?"
              // a new predicate of the sentence: ", xây dựng kế hoạch …", ", giao Sở Nội vụ …"
              + "|,\\s+(?:xây dựng (?:kế hoạch|chương trình)|đưa (?:nội dung|các quy định|quy định"
              + "|việc)|giao (?:sở|ban|các|ủy ban|ubnd|cơ quan)|hoàn thành trước|phấn đấu|bảo đảm"
              + "|đảm bảo|tổ chức (?:quán triệt|học tập|triển khai|phổ biến)|với (?:nhiều|những))\\s"
              // the meeting's predicate: "… trong tình hình mới đã diễn ra tại Hội trường", "… do
              // Bộ Nội vụ tổ chức", ", UBND tỉnh đã ban hành …"
              + "|\\s+(?:đã |đang |sẽ )?diễn ra\\s"
              + "|\\s+do (?="
              + ORGANIZES_AHEAD
              + ")"
              + "|,\\s+(?=[^,.;\\n]{2,60}?\\s(?:đã|vừa|cũng) ban hành(?![\\p{L}]))"
              + "|\\s+và các văn bản (?:hướng dẫn|liên quan))");

  /** Characters that end a subject: sentence end, clause end, parenthesis, line break. */
  /**
   * A subject that stops on an action with no object yet ("về học tập, quán triệt" before "và triển
   * khai thực hiện Nghị quyết số 43"): the "và …" that follows is part of the title, not a new
   * clause of the sentence.
   */
  static final Pattern DANGLING_ACTION =
      Pattern.compile(
          "(?<![\\p{L}])(?:học tập|quán triệt|tuyên truyền|phổ biến|nghiên cứu|triển khai"
              + "|lãnh đạo|chỉ đạo)$");

  /**
   * A coordinated action left at the end of a subject before the next mention ("… của Đảng và triển
   * khai" before "Kế hoạch số 120-KH/HU"): the sentence's next predicate, not the title's.
   */
  static final Pattern TRAILING_ACTION =
      Pattern.compile(
          ",?\\s+(?:và|đồng thời)\\s+(?:triển khai|quán triệt|thực hiện|học tập|phổ biến|công bố)"
              + "(?: thực hiện)?$");

  static final Pattern SUBJECT_END_CHAR = Pattern.compile("[.;:!?()\\n]");

  /**
   * First words that show the text after an issuer is a predicate, not the document's subject: "…
   * của Ban Tổ chức Trung ương thực hiện Quy định số 58", "… của Bộ Chính trị và …".
   */
  static final Pattern NOT_A_SUBJECT =
      Pattern.compile(
          "^(?:được|đã|và|hoặc|gắn|thực hiện|hướng dẫn|triển khai|quán triệt|tại|cho|nhằm"
              + "|theo|thì|là|có|với|trong|để|này|đến|tới|sẽ|cũng|của|khóa|gồm|bao gồm|về"
              + "|ban hành|năm|nay|hiện|đang|vừa|mới|nêu|trên|đó|số|như|cùng|sau|trước|bởi"
              + "|thay thế|sửa đổi|quy định chi tiết|kèm|tiếp tục|các|những|đồng chí|nhấn mạnh|đề nghị"
              + "|yêu cầu|chỉ đạo|phát biểu|khẳng định|đánh giá|tổng kết|sơ kết|học tập)"
              + WORD_END);

  /** " quy định chi tiết …", " ban hành …", " triển khai thực hiện …": a verb-phrase title. */
  static final Pattern VERB_TITLE =
      Pattern.compile(
          ",? (?<verb>(?:quy định chi tiết|quy định|ban hành|hướng dẫn thi hành|hướng dẫn"
              + "|sửa đổi,? bổ sung|phê duyệt|triển khai thực hiện|tổ chức thực hiện|thực hiện"
              + "|triển khai|lãnh đạo thực hiện|thi hành)(?![\\p{L}]))");

  /**
   * Words ending a title that take the next citation as their object ("… triển khai thực hiện", "…
   * quy định chi tiết thi hành một số điều của", "… ban hành kèm theo"): the title goes on over
   * that citation.
   */
  static final Pattern TAKES_OBJECT =
      Pattern.compile(
          "(?<![\\p{L}])(?:thực hiện|thi hành|triển khai|của|theo|kèm theo|hướng dẫn"
              + "|quán triệt|sửa đổi,? bổ sung|về|tổng kết|sơ kết)$");

  /** " đã ban hành " right before a mention: its subject is the mention's issuer. */
  static final Pattern ISSUED_BY_BEFORE =
      Pattern.compile("(?: (?:đã|vừa|mới|cũng|đã kịp thời))? ban hành\\s*$");

  /** "ngày 10-8-2023, ": a date opening the clause whose subject issued the next mention. */
  static final Pattern DATE_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])ngày (?<d>\\d{1,2})\\s*[-/.]\\s*(?<m>\\d{1,2})\\s*[-/.]\\s*"
              + "(?<y>(?:19|20)\\d{2}),\\s*$");
}
