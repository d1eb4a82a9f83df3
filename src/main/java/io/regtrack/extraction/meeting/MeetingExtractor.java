package io.regtrack.extraction.meeting;

import io.regtrack.extraction.gazetteer.Bodies;
import io.regtrack.extraction.gazetteer.Gazetteer;
import io.regtrack.extraction.gazetteer.Province;
import io.regtrack.extraction.model.CitationMention;
import io.regtrack.extraction.model.CountQualifier;
import io.regtrack.extraction.model.ExtractedMeeting;
import io.regtrack.extraction.model.ExtractedPerson;
import io.regtrack.extraction.model.ExtractedRegulation;
import io.regtrack.extraction.model.ExtractedRelation;
import io.regtrack.extraction.model.MeetingKind;
import io.regtrack.extraction.model.MeetingRegulationRole;
import io.regtrack.extraction.model.PartOfDay;
import io.regtrack.extraction.model.ParticipantRole;
import io.regtrack.extraction.model.PersonMention;
import io.regtrack.extraction.model.RelationType;
import io.regtrack.extraction.text.CleanArticle;
import io.regtrack.extraction.text.VietnameseText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting stage: decides whether the article reports a meeting and reads its kind, date,
 * province, organizer, attendance, online bridge points, participants and the regulations it dealt
 * with. The reported meeting is the one the headline or the lead names; background events ("Hội
 * nghị Trung ương họp từ ngày …"), deadlines and instructions to hold conferences are not it.
 */
public final class MeetingExtractor {

  // "hội nghị", "buổi làm việc", "đoàn kiểm tra", "hội thảo", "lớp tập huấn", "Lễ kỷ niệm": nouns
  // that name a reported meeting.
  private static final Pattern MEETING_NOUN =
      Pattern.compile(
          "(?<![\\p{L}])(?:hội nghị|buổi làm việc|làm việc với|đoàn kiểm tra|buổi kiểm tra"
              + "|kiểm tra công tác|hội thảo|tọa đàm|phiên họp|lễ công bố|lớp tập huấn"
              + "|lớp bồi dưỡng|lễ kỷ niệm)(?![\\p{L}])");

  // Kind keywords in the order they are tried on the headline, then on the lead.
  private static final Pattern INSPECTION =
      // not the name of a body ("Ủy ban Kiểm tra Đảng ủy … tổ chức tập huấn")
      Pattern.compile("(?<![\\p{L}])(?:đoàn kiểm tra|(?<!ban )kiểm tra|giám sát)(?![\\p{L}])");
  private static final Pattern EVALUATION =
      Pattern.compile("(?<![\\p{L}])đánh giá \\d{1,2} năm(?![\\p{L}])");
  private static final Pattern REVIEW =
      Pattern.compile("(?<![\\p{L}])(?:tổng kết|sơ kết)(?![\\p{L}])");
  private static final Pattern DISSEMINATION =
      Pattern.compile(
          "(?<![\\p{L}])(?:quán triệt|triển khai|phổ biến|học tập|tuyên truyền|tập huấn|bồi dưỡng)"
              + "(?![\\p{L}])");

  /** "Lễ kỷ niệm 94 năm Ngày truyền thống …", "kỷ niệm 80 năm …": a ceremony, of no other kind. */
  private static final Pattern CEREMONY =
      Pattern.compile("(?<![\\p{L}])kỷ niệm \\d{1,3} năm(?![\\p{L}])");

  /**
   * The date of the reported meeting at the start of a sentence or clause: "Sáng 20/9", "sáng ngày
   * 02/8/2019", "Chiều 2-12", "Ngày 14-3", "Ngày 29.9", "Sáng nay (9/12)", "Vào sáng 12/3"; not the
   * second date of a range "(14/10/1930 - 14/10/2024)".
   */
  private static final Pattern EVENT_DATE =
      Pattern.compile(
          "(?:^|[.!?\\n]\\s*|,\\s*|\\)\\s*-?\\s*|(?<!\\p{N}\\s?)-\\s+)(?<at>vào\\s+)?"
              + "(?<pod>sáng|chiều|tối|trưa)?"
              + "\\s*(?:nay\\s*)?"
              + "(?:hôm nay\\s*)?(?:trong (?:hai|ba|02|03|2|3) ngày\\s*)?(?:ngày\\s*)?\\(?\\s*"
              + "(?<d>\\d{1,2})(?:\\s*(?:và|,)\\s*\\d{1,2})?\\s*[-/.]\\s*(?<m>\\d{1,2})"
              + "(?:\\s*[-/.]\\s*(?<y>(?:19|20)\\d{2}))?\\s*\\)?(?![\\p{N}/.-])");

  /**
   * "Hội nghị được tổ chức vào sáng 12/3", "Hội nghị diễn ra sáng 8/11", "Hội thảo khai mạc vào
   * chiều ngày 5/6/2024": a sentence saying when the meeting took place, anywhere in the article
   * (the lead may be a sapo without a date). Its subject is checked by {@link #OTHER_MEETING}.
   */
  private static final Pattern HELD_ON =
      Pattern.compile(
          "(?<![\\p{L}])(?:hội nghị|hội thảo|tọa đàm|buổi làm việc|buổi kiểm tra|phiên họp"
              + "|lễ công bố)(?<subject>[^.;:!?]{0,60}?) (?:đã )?(?:được )?(?:tổ chức|diễn ra"
              + "|khai mạc|tiến hành|bắt đầu)(?: vào)?(?: lúc \\d{1,2} ?(?:giờ|h)(?: ?\\d{1,2})?"
              + "(?: phút)?,?)? (?:(?<pod>sáng|chiều|tối|trưa) )?(?:ngày ?)?(?<d>\\d{1,2})\\s*[-/.]"
              + "\\s*(?<m>\\d{1,2})(?:\\s*[-/.]\\s*(?<y>(?:19|20)\\d{2}))?(?![\\p{N}/-]|\\.\\d)");

  /**
   * Words in the subject of a {@link #HELD_ON} sentence that make it another meeting: a named or
   * central one ("Hội nghị lần thứ 8 Ban Chấp hành Trung ương … diễn ra vào ngày 2/10/2023"), the
   * next one or a planned one ("hội nghị tiếp theo sẽ được tổ chức vào ngày 20/3").
   */
  private static final Pattern OTHER_MEETING =
      Pattern.compile(
          "(?<![\\p{L}])(?:lần thứ|trung ương|toàn quốc|khóa|tiếp theo|sắp tới|lần sau|trước đó"
              + "|sẽ|dự kiến|dự định|chuẩn bị)(?![\\p{L}])");

  /** "diễn ra", "khai mạc": words of a sentence that describes a meeting taking place. */
  private static final Pattern TAKES_PLACE =
      Pattern.compile("(?<![\\p{L}])(?:diễn ra|khai mạc)(?![\\p{L}])");

  /** "trước ngày", "từ ngày", "đến ngày": deadlines and periods, not the meeting's date. */
  private static final Pattern NOT_EVENT_DATE =
      Pattern.compile("(?:trước|từ|đến|tới|sau|hạn|vào|họp|trong)\\s*(?:ngày\\s*)?$");

  // "tổng kết 10 năm thực hiện …": arithmetic the article states from a cited issue date.
  private static final Pattern YEARS_SINCE =
      Pattern.compile(
          "(?<![\\p{L}])(?:tổng kết|sơ kết|đánh giá|kỷ niệm) (?<n>\\d{1,2}) năm(?![\\p{L}])");

  private static final Pattern ONLINE =
      Pattern.compile(
          "(?<![\\p{L}])(?:trực tuyến|điểm cầu|online|truyền hình trực tiếp)(?![\\p{L}])");

  // "kiểm tra của Tiểu ban …", "Đoàn kiểm tra số 7 của …": the inspecting body.
  private static final Pattern INSPECTED_BY =
      Pattern.compile("(?:hoạt động|công tác|đợt|đoàn) kiểm tra(?: số \\d+)? của ");

  // "Đoàn Kiểm tra số 7".
  private static final Pattern INSPECTION_TEAM = Pattern.compile("đoàn kiểm tra số (\\d+)");

  // Words that end a body's name: a verb or connector of the sentence ("… là cơ hội", "… đã").
  private static final Pattern NAME_STOP =
      Pattern.compile(
          "^(?:là|đã|đang|vừa|sẽ|được|tại|với|để|trong|cho|đến|về|nhằm|có|do|tổ chức|làm việc"
              + "|kiểm tra|giám sát|báo cáo|công bố|trao|tới"
              + "|chủ trì|phối hợp|nhằm|theo|thực hiện|triển khai|quán triệt|vào|từ|sáng|chiều)$");

  /** Longest body name read, in words. */
  private static final int MAX_NAME_WORDS = 12;

  // "tại Hà Nội", "tại Hội trường Tỉnh ủy": the venue.
  private static final Pattern VENUE = Pattern.compile("(?<![\\p{L}])tại (?=\\p{Lu})");

  private final Gazetteer gazetteer;
  private final Organizers organizers;

  public MeetingExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.organizers = new Organizers(gazetteer);
  }

  /** The meetings the article reports (zero or one for now). */
  public List<ExtractedMeeting> extract(
      CleanArticle article,
      Province articleProvince,
      List<CitationMention> citations,
      List<ExtractedRegulation> regulations,
      List<ExtractedRelation> relations,
      List<ExtractedPerson> persons) {
    String title = article.title();
    String body = article.body();
    String titleKey = VietnameseText.matchKey(title);
    String key = VietnameseText.matchKey(body);
    int lead = leadEnd(key);
    String leadKey = key.substring(0, lead);
    if (!reportsAMeeting(titleKey, leadKey)) {
      return List.of();
    }
    MeetingKind kind = kind(titleKey, leadKey);

    LocalDate date = null;
    boolean inferred = false;
    String partial = null;
    PartOfDay partOfDay = null;
    MatchResult d = eventDate(key, lead, citations);
    int eventAt = d != null ? d.start("d") : firstMeetingNoun(key, lead);
    List<int[]> later = laterMeetings(body, key, eventAt);
    int primaryEnd = later.isEmpty() ? key.length() : later.getFirst()[0];
    if (d == null) {
      d = heldOn(key, primaryEnd); // the lead has no date: "Hội nghị diễn ra sáng 8/11" later
    }
    if (d != null) {
      partOfDay = partOfDay(d.group("pod"));
      int day = Integer.parseInt(d.group("d"));
      int month = Integer.parseInt(d.group("m"));
      if (d.group("y") != null) {
        date = safeDate(Integer.parseInt(d.group("y")), month, day);
      } else {
        Integer year = inferYear(day, month, article.publishedOn(), key, citations, regulations);
        if (year != null) {
          date = safeDate(year, month, day);
          inferred = date != null;
        } else if (safeDate(2000, month, day) != null) {
          partial = String.format("--%02d-%02d", month, day);
        }
      }
    }

    String own = key.substring(0, primaryEnd); // later meetings' paragraphs are theirs
    boolean online = ONLINE.matcher(own).find();

    // Where the meeting is held: the venue its sentence names; else the place in its organizer's
    // name; a central online or national meeting is held in Hà Nội (its bridge points in the
    // provinces are not where it is held; a central body's inspection or working visit is held
    // where it goes); else the bridge point the article reports from; else the article's province.
    boolean national = NATIONAL.matcher(leadKey).find();
    Optional<Province> venue = venueProvince(key, eventAt);
    Placed placed =
        placed(
            venue,
            venue.orElse(articleProvince),
            in -> organizer(body, key, lead, kind, in),
            stated ->
                ((online || national) && isCentral(stated, national)
                        ? gazetteer.byName("Hà Nội")
                        : Optional.<Province>empty())
                    .or(() -> bridgeProvince(key)));
    Province province = placed.province();
    String organizer = placed.organizer();
    String location = venue(body, key, lead);
    Integer bridgePoints = MeetingCounts.bridgePoints(own);
    MeetingCounts.Attendance count = MeetingCounts.attendance(own);
    if (count == null) {
      // "Hơn 600 đại biểu dự hội nghị …" in the headline only
      count = MeetingCounts.attendance(titleKey);
    }
    Integer attendees = count == null ? null : count.count();
    CountQualifier qualifier = count == null ? null : count.qualifier();

    List<ExtractedMeeting> meetings = new ArrayList<>();
    meetings.add(
        new ExtractedMeeting(
            title,
            kind,
            date,
            inferred,
            partial,
            partOfDay,
            province == null ? null : province.name(),
            location,
            organizer,
            online,
            bridgePoints,
            attendees,
            qualifier,
            participants(persons, 0, primaryEnd, true),
            meetingRegulations(key, kind, within(citations, 0, primaryEnd), relations)));
    for (int i = 0; i < later.size(); i++) {
      int from = later.get(i)[0];
      int to = i + 1 < later.size() ? later.get(i + 1)[0] : key.length();
      meetings.add(
          laterMeeting(
              title,
              body,
              key,
              from,
              to,
              date,
              inferred,
              province,
              articleProvince,
              article,
              citations,
              regulations,
              relations,
              persons));
    }
    return meetings;
  }

  /**
   * "Chiều cùng ngày, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết …", "Tiếp đó, ngày 3/1, Ban
   * Thường vụ Đảng ủy Khối tổ chức hội nghị …", "Trước đó, sáng 15/11, …", "Ngay sau hội nghị cấp
   * tỉnh, ngày 12/7, …": a later sentence that opens with its own time (after an optional
   * connective) and reports that someone held another meeting; "Ngay sau hội nghị toàn quốc, UBND
   * tỉnh tổ chức hội nghị …" is the same day.
   */
  private static final Pattern FOLLOW_UP_EVENT =
      Pattern.compile(
          // "Ngay sau hội nghị toàn quốc, UBND tỉnh tổ chức hội nghị …": the same day, no time
          "(?<after>ngay sau (?:đó|hội nghị[^,.;\\n]{0,40}),\\s*+"
              + "(?!(?:sáng|chiều|tối|trưa|ngày|cùng|hôm|\\d))[^.;\\n]{0,160}?"
              + "tổ chức (?:hội nghị|buổi|hội thảo|tọa đàm|lớp|quán triệt|học tập|triển khai|tập huấn))|"
              + "(?:(?:ngay sau (?:đó|hội nghị[^,.;\\n]{0,40})|tiếp đó|tiếp theo|sau đó|trước đó"
              + "|sang năm mới|theo chỉ đạo của [^,.;\\n]{3,80}"
              + "|cũng trong (?:ngày|sáng|chiều)[^,.;\\n]{0,20}),\\s*)?(?:ngay )?"
              + "(?:(?<pod>sáng|chiều|tối|trưa) )?(?:(?<same>cùng ngày)|(?<next>hôm sau|ngày hôm sau)"
              + "|(?:ngày )?(?<d>\\d{1,2})\\s*[-/.]\\s*(?<m>\\d{1,2})"
              + "(?:\\s*[-/.]\\s*(?<y>(?:19|20)\\d{2}))?)\\s*,[^.;\\n]{0,160}?"
              + "tổ chức (?:hội nghị|buổi|hội thảo|tọa đàm|lớp|quán triệt|học tập|triển khai"
              + "|tập huấn)");

  /** Starts of later meetings' sentences, after the reported meeting's own sentence. */
  private static List<int[]> laterMeetings(String body, String key, int eventAt) {
    List<int[]> starts = new ArrayList<>();
    int from = Math.max(0, eventAt);
    while (from < key.length() && !isSentenceEnd(key, from)) {
      from++;
    }
    Matcher m = FOLLOW_UP_EVENT.matcher(key).region(Math.min(from, key.length()), key.length());
    while (m.find()) {
      int start = sentenceStart(key, m.start());
      while (start < m.start() && Character.isWhitespace(key.charAt(start))) {
        start++; // the match key has spaces where the body has line breaks
      }
      if (start == m.start() || paragraphStart(body, m.start())) {
        starts.add(new int[] {m.start()});
      }
    }
    return starts;
  }

  /**
   * Whether {@code at} opens a paragraph of the body, after an optional bullet ("* Chiều cùng ngày,
   * …"): a caption line before it ("Quang cảnh hội nghị. Ảnh: Hữu Nghĩa") has no full stop.
   */
  private static boolean paragraphStart(String body, int at) {
    int i = at - 1;
    while (i >= 0 && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
      i--;
    }
    if (i >= 0
        && (body.charAt(i) == '*'
            || body.charAt(i) == '-'
            || body.charAt(i) == '+'
            || body.charAt(i) == '•')) {
      i--;
      while (i >= 0 && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
        i--;
      }
    }
    return i < 0 || body.charAt(i) == '\n';
  }

  private ExtractedMeeting laterMeeting(
      String title,
      String body,
      String key,
      int from,
      int to,
      LocalDate firstDate,
      boolean firstInferred,
      Province firstProvince,
      Province articleProvince,
      CleanArticle article,
      List<CitationMention> citations,
      List<ExtractedRegulation> regulations,
      List<ExtractedRelation> relations,
      List<ExtractedPerson> persons) {
    Matcher m = FOLLOW_UP_EVENT.matcher(key).region(from, to);
    m.lookingAt();
    int sentenceEnd = from;
    while (sentenceEnd < to && !isSentenceEnd(key, sentenceEnd)) {
      sentenceEnd++;
    }
    String sentence = key.substring(from, sentenceEnd);
    MeetingKind kind = kind(sentence, sentence);
    LocalDate date = null;
    boolean inferred = false;
    String partial = null;
    if (m.group("same") != null || m.group("after") != null) {
      date = firstDate;
      inferred = firstInferred;
    } else if (m.group("next") != null) {
      date = firstDate == null ? null : firstDate.plusDays(1);
      inferred = firstInferred;
    } else {
      int day = Integer.parseInt(m.group("d"));
      int month = Integer.parseInt(m.group("m"));
      if (m.group("y") != null) {
        date = safeDate(Integer.parseInt(m.group("y")), month, day);
      } else if (firstDate != null) {
        // "Ngày 28/12 … Tại hội nghị ngày 3/1": a later meeting after New Year is in the next
        // year, unless that is after the article was published
        date = safeDate(firstDate.getYear(), month, day);
        LocalDate published = article.publishedOn();
        if (date != null && date.isBefore(firstDate)) {
          LocalDate next = safeDate(firstDate.getYear() + 1, month, day);
          if (next != null && (published == null || !next.isAfter(published))) {
            date = next;
          }
        }
        inferred = date != null;
      } else {
        Integer year = inferYear(day, month, article.publishedOn(), key, citations, regulations);
        date = year == null ? null : safeDate(year, month, day);
        inferred = date != null;
        partial = date == null ? String.format("--%02d-%02d", month, day) : null;
      }
    }
    // held where its sentence says, else where its organizer is, else in the article's province
    // (the provincial follow-up of a central meeting in Hà Nội is not held in Hà Nội)
    Optional<Province> venue = venueProvince(key, from);
    int end = sentenceEnd;
    Placed placed =
        placed(
            venue,
            venue.orElse(articleProvince != null ? articleProvince : firstProvince),
            in -> organizers.find(body, key, from, end, in),
            stated -> Optional.empty());
    Province province = placed.province();
    String organizer = placed.organizer();
    String segment = key.substring(from, to);
    MeetingCounts.Attendance count = MeetingCounts.attendance(segment);
    return new ExtractedMeeting(
        title,
        kind,
        date,
        inferred,
        partial,
        partOfDay(m.group("pod")),
        province == null ? null : province.name(),
        null,
        organizer,
        ONLINE.matcher(segment).find(),
        MeetingCounts.bridgePoints(segment),
        count == null ? null : count.count(),
        count == null ? null : count.qualifier(),
        participants(persons, from, to, false),
        meetingRegulations(key, kind, within(citations, from, to), relations));
  }

  /** Where a meeting is held and its organizer's canonical name there. */
  private record Placed(Province province, String organizer) {}

  /**
   * Reads the organizer as if the meeting were held in {@code assumed}; the meeting is held at its
   * venue, else where its organizer is, else where {@code otherwise} says, else in {@code assumed};
   * the organizer's name is read again when the place is another.
   */
  private Placed placed(
      Optional<Province> venue,
      Province assumed,
      java.util.function.Function<Province, String> organizerIn,
      java.util.function.Function<String, Optional<Province>> otherwise) {
    String stated = organizerIn.apply(assumed);
    Province province =
        venue
            .or(() -> organizers.placeOf(stated))
            .or(() -> otherwise.apply(stated))
            .orElse(assumed);
    return new Placed(province, province == assumed ? stated : organizerIn.apply(province));
  }

  private static List<CitationMention> within(List<CitationMention> citations, int from, int to) {
    return citations.stream()
        .filter(c -> c.span().start() >= from && c.span().start() < to)
        .toList();
  }

  // "ban hành kế hoạch", "đề nghị các huyện ủy tổ chức hội nghị": a plan or an instruction to hold
  // meetings, not a report of one. After "thực hiện", "theo", "căn cứ", "triển khai", "sự" the plan
  // is what a reported meeting carries out: "Thực hiện Kế hoạch số …, sáng 12/3, … tổ chức hội
  // nghị".
  private static final Pattern INSTRUCTION =
      Pattern.compile(
          "(?<![\\p{L}])(?<!(?:thực hiện|theo|căn cứ|triển khai|sự) )(?:ban hành|đề nghị|yêu cầu"
              + "|chỉ đạo|giao|hướng dẫn|kế hoạch|chương trình|dự kiến|sẽ)(?![\\p{L}])[^.;]{0,80}$");

  /**
   * Whether the article reports a meeting: a meeting noun in the headline or the lead that is not
   * part of an instruction or a plan ("đề nghị … tổ chức hội nghị quán triệt trước ngày 30/9", "ban
   * hành chương trình kiểm tra").
   */
  private static boolean reportsAMeeting(String titleKey, String leadKey) {
    for (String text : List.of(titleKey, leadKey)) {
      Matcher m = MEETING_NOUN.matcher(text);
      while (m.find()) {
        if (!INSTRUCTION
            .matcher(text.substring(sentenceStart(text, m.start()), m.start()))
            .find()) {
          return true;
        }
      }
    }
    Matcher inspection = INSPECTION.matcher(titleKey);
    return inspection.find()
        && !INSTRUCTION.matcher(titleKey.substring(0, inspection.start())).find();
  }

  private static int sentenceStart(String key, int pos) {
    int start = pos;
    while (start > 0 && !isSentenceEnd(key, start - 1)) {
      start--;
    }
    return start;
  }

  /** The lead: the first two paragraphs (or the first 1,200 characters). */
  private static int leadEnd(String key) {
    int first = key.indexOf("\n\n");
    int second = first < 0 ? -1 : key.indexOf("\n\n", first + 2);
    int end = second > 0 ? second : key.length();
    return Math.min(end, Math.max(Math.min(key.length(), 1200), first < 0 ? 0 : first));
  }

  private static MeetingKind kind(String titleKey, String leadKey) {
    for (String text : List.of(titleKey, leadKey)) {
      MeetingKind best = null;
      int at = Integer.MAX_VALUE;
      for (Map.Entry<Pattern, MeetingKind> e : KIND_WORDS.entrySet()) {
        Matcher m = e.getKey().matcher(text);
        if (m.find() && m.start() < at) {
          at = m.start();
          best = e.getValue();
        }
      }
      if (best != null) {
        return best;
      }
    }
    return MeetingKind.OTHER;
  }

  /** Kind keywords, tried in this order on the headline, then on the lead. */
  private static final Map<Pattern, MeetingKind> KIND_WORDS = kindWords();

  private static Map<Pattern, MeetingKind> kindWords() {
    Map<Pattern, MeetingKind> words = new LinkedHashMap<>();
    words.put(EVALUATION, MeetingKind.EVALUATION);
    words.put(REVIEW, MeetingKind.REVIEW);
    words.put(INSPECTION, MeetingKind.INSPECTION);
    words.put(DISSEMINATION, MeetingKind.DISSEMINATION);
    words.put(CEREMONY, MeetingKind.OTHER);
    return java.util.Collections.unmodifiableMap(words);
  }

  /**
   * The reported meeting's date in the lead: the first date opening a sentence or clause whose
   * sentence describes a meeting taking place ("Ngày 5/3, … ban hành Kế hoạch …. Thực hiện kế
   * hoạch, sáng 12/3, Tỉnh ủy … tổ chức hội nghị …" → 12/3); else the first date opening one.
   */
  private static MatchResult eventDate(String key, int lead, List<CitationMention> citations) {
    Matcher m = EVENT_DATE.matcher(key).region(0, Math.min(key.length(), Math.max(lead, 1)));
    MatchResult first = null;
    while (m.find()) {
      if (followsCitation(m.start(), citations)) {
        continue; // "Chỉ thị số 05-CT/TW, ngày 15/5/2016": the document's date
      }
      boolean marked =
          m.group("pod") != null
              || key.startsWith("ngày", m.start("d") - 5 < 0 ? 0 : m.start("d") - 5)
              || key.regionMatches(m.start(), "ngày", 0, 4)
              || hasDayWord(key, m);
      // "Vào ngày 12/3, …": what stands before "vào" decides, not "vào" itself
      int beforeEnd = m.group("at") != null ? m.start("at") : m.start("d");
      String before = key.substring(Math.max(0, m.start() - 15), beforeEnd);
      if (!marked || NOT_EVENT_DATE.matcher(before.replaceAll("[\\s(]+$", " ").strip()).find()) {
        continue;
      }
      if (describesAMeeting(sentenceWindow(key, m.start("d")))) {
        return m.toMatchResult();
      }
      if (first == null) {
        first = m.toMatchResult();
      }
    }
    return first;
  }

  /** Whether a sentence reports a meeting taking place, not a plan or instruction to hold one. */
  private static boolean describesAMeeting(String sentence) {
    if (TAKES_PLACE.matcher(sentence).find()) {
      return true;
    }
    Matcher noun = MEETING_NOUN.matcher(sentence);
    while (noun.find()) {
      if (!INSTRUCTION.matcher(sentence.substring(0, noun.start())).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Hội nghị được tổ chức vào sáng 12/3": the first sentence before {@code end} that says when the
   * meeting took place, with a subject that is not another meeting ({@link #OTHER_MEETING}) and no
   * instruction before it; or null.
   */
  private static MatchResult heldOn(String key, int end) {
    Matcher m = HELD_ON.matcher(key).region(0, end);
    while (m.find()) {
      String sentenceBefore = key.substring(windowStart(key, m.start()), m.start());
      if (!OTHER_MEETING.matcher(m.group("subject")).find()
          && !INSTRUCTION.matcher(sentenceBefore).find()) {
        return m.toMatchResult();
      }
    }
    return null;
  }

  private static boolean followsCitation(int pos, List<CitationMention> citations) {
    for (CitationMention c : citations) {
      if (c.span().end() <= pos && pos - c.span().end() <= 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDayWord(String key, MatchResult m) {
    String span = key.substring(m.start(), m.start("d"));
    return span.contains("ngày") || span.contains("nay") || span.contains("(");
  }

  private static PartOfDay partOfDay(String word) {
    if (word == null) {
      return null;
    }
    return switch (word) {
      case "sáng", "trưa" -> PartOfDay.MORNING;
      case "chiều" -> PartOfDay.AFTERNOON;
      default -> PartOfDay.EVENING;
    };
  }

  /**
   * Completes a day and month with a year: the publish date's year (the year before when that would
   * put the meeting after publication); else the arithmetic the article states ("tổng kết 10 năm
   * thực hiện Chỉ thị … ngày 18/8/2014" → 2024); else the earliest year that puts the meeting on or
   * after the latest issue date it cites.
   */
  private static Integer inferYear(
      int day,
      int month,
      LocalDate published,
      String key,
      List<CitationMention> citations,
      List<ExtractedRegulation> regulations) {
    if (published != null) {
      LocalDate same = safeDate(published.getYear(), month, day);
      return same != null && same.isAfter(published.plusDays(1))
          ? published.getYear() - 1
          : published.getYear();
    }
    Matcher since = YEARS_SINCE.matcher(key);
    if (since.find()) {
      int n = Integer.parseInt(since.group("n"));
      for (CitationMention c : citations) {
        if (c.span().start() > since.end()
            && c.span().start() - since.end() < 60
            && c.stated().issuedOn() != null) {
          return c.stated().issuedOn().getYear() + n;
        }
      }
      for (CitationMention c : citations) {
        if (c.span().start() > since.end() && c.span().start() - since.end() < 60) {
          for (ExtractedRegulation r : regulations) {
            if (r.key().equals(c.regulationKey()) && r.fields().issuedOn() != null) {
              return r.fields().issuedOn().getYear() + n;
            }
          }
        }
      }
    }
    LocalDate latest = null;
    for (ExtractedRegulation r : regulations) {
      LocalDate on = r.fields().issuedOn();
      if (on != null && (latest == null || on.isAfter(latest))) {
        latest = on;
      }
    }
    if (latest == null) {
      return null;
    }
    LocalDate same = safeDate(latest.getYear(), month, day);
    return same != null && !same.isBefore(latest) ? latest.getYear() : latest.getYear() + 1;
  }

  // "hội nghị trực tuyến toàn quốc", "điểm cầu Trung ương": a national meeting.
  private static final Pattern NATIONAL =
      Pattern.compile("(?<![\\p{L}])(?:toàn quốc|điểm cầu trung ương)(?![\\p{L}])");

  /**
   * Whether the meeting is a central one: every organizer is a central body ("Bộ Chính trị, Ban Bí
   * thư", "Ban Tuyên giáo Trung ương"), or, with none stated, the lead calls it national.
   */
  private static boolean isCentral(String organizer, boolean national) {
    if (organizer == null) {
      return national;
    }
    for (String part : organizer.split(", ")) {
      if (!Bodies.isCentralParty(part)
          && !part.endsWith("Trung ương")
          && !CENTRAL_STATE.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  // "Bộ Công an", "Bộ Nội vụ", "Chính phủ", "Quốc hội": central State bodies (not "Bộ Chỉ huy
  // Quân sự tỉnh", nor a body that names its province).
  private static final Pattern CENTRAL_STATE =
      Pattern.compile(
          "(?:Bộ (?!Chỉ huy|Tư lệnh|đội)\\p{Lu}[^,]*|Chính phủ|Thủ tướng Chính phủ|Quốc hội"
              + "|Ủy ban Thường vụ Quốc hội)(?<!tỉnh [^,]{1,30})");

  // "Tại điểm cầu tỉnh Tiền Giang": a national online meeting reported from a local bridge point.
  private static final Pattern AT_BRIDGE =
      Pattern.compile("(?<![\\p{L}])tại điểm cầu (?:tỉnh |thành phố |tp\\.? )?");

  private Optional<Province> bridgeProvince(String key) {
    Matcher b = AT_BRIDGE.matcher(key);
    while (b.find()) {
      Matcher n = gazetteer.nameMatcher(key).region(b.end(), key.length());
      if (n.lookingAt()) {
        return gazetteer.byNameKey(n.group());
      }
    }
    return Optional.empty();
  }

  private static int firstMeetingNoun(String key, int lead) {
    Matcher m = MEETING_NOUN.matcher(key).region(0, Math.max(0, Math.min(lead, key.length())));
    return m.find() ? m.start() : -1;
  }

  /** The venue province, read only in the sentence of the reported meeting ("… tại Hà Nội"). */
  private Optional<Province> venueProvince(String key, int eventAt) {
    if (eventAt < 0) {
      return Optional.empty();
    }
    int from = sentenceStart(key, eventAt);
    int to = eventAt;
    while (to < key.length() && !isSentenceEnd(key, to)) {
      to++;
    }
    Matcher v =
        Pattern.compile("(?<![\\p{L}])tại (?!điểm cầu trung ương)").matcher(key).region(from, to);
    while (v.find()) {
      Matcher n = gazetteer.nameMatcher(key).region(v.end(), key.length());
      if (n.lookingAt()) {
        return gazetteer.byNameKey(n.group());
      }
      Matcher t = gazetteer.townMatcher(key).region(v.end(), key.length());
      if (t.lookingAt()) {
        return gazetteer.byTownKey(t.group());
      }
    }
    return Optional.empty();
  }

  private static String venue(String body, String key, int lead) {
    Matcher m = VENUE.matcher(body).region(0, Math.min(lead, body.length()));
    return m.find() ? nameAt(body, m.end()) : null;
  }

  /**
   * The name of a body or place starting at {@code pos} (a capitalised word): words up to
   * punctuation or a verb of the sentence, at most {@link #MAX_NAME_WORDS}.
   */
  static String nameAt(String body, int pos) {
    if (pos >= body.length() || !Character.isUpperCase(body.charAt(pos))) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    int words = 0;
    int i = pos;
    while (i < body.length() && words < MAX_NAME_WORDS) {
      int end = i;
      while (end < body.length()
          && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '-')) {
        end++;
      }
      if (end == i) {
        break;
      }
      String word = body.substring(i, end);
      int next = end + 1;
      while (next < body.length() && Character.isLetter(body.charAt(next))) {
        next++;
      }
      String pair = end < body.length() && body.charAt(end) == ' ' ? body.substring(i, next) : word;
      // a lower-case word may start a two-word verb ("làm việc", "tổ chức", "chủ trì")
      boolean lower = Character.isLowerCase(word.charAt(0));
      if (NAME_STOP.matcher(VietnameseText.matchKey(word)).matches()
          || (lower && NAME_STOP.matcher(VietnameseText.matchKey(pair)).matches())) {
        break;
      }
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(word);
      words++;
      if (end >= body.length() || body.charAt(end) != ' ') {
        break;
      }
      i = end + 1;
    }
    String result = name.toString().replaceAll("(?: (?:các|và|của|cùng))+$", "").strip();
    return result.isEmpty() ? null : result;
  }

  private String organizer(String body, String key, int lead, MeetingKind kind, Province province) {
    String stated = organizers.find(body, key, 0, lead, province);
    if (stated != null) {
      return stated;
    }
    if (kind == MeetingKind.INSPECTION) {
      Matcher by = INSPECTED_BY.matcher(key);
      if (by.find()) {
        String name = nameAt(body, by.end());
        if (name != null) {
          return organizers.canonical(name, body, province);
        }
      }
      Matcher team = INSPECTION_TEAM.matcher(key);
      if (team.find()) {
        return "Đoàn Kiểm tra số " + team.group(1);
      }
    }
    return null;
  }

  /**
   * The persons named in the body range (and, for the article's first meeting, in the captions),
   * each with the strongest role stated there: CHAIR over SPEAKER over ATTENDEE.
   */
  private static List<ExtractedMeeting.Participant> participants(
      List<ExtractedPerson> persons, int from, int to, boolean withCaptions) {
    List<ExtractedMeeting.Participant> result = new ArrayList<>();
    for (ExtractedPerson p : persons) {
      ParticipantRole role = null;
      for (PersonMention m : p.mentions()) {
        boolean inRange =
            m.span() == null ? withCaptions : m.span().start() >= from && m.span().start() < to;
        if (!inRange) {
          continue;
        }
        ParticipantRole r = m.role() == null ? ParticipantRole.ATTENDEE : m.role();
        if (role == null || r.ordinal() < role.ordinal()) {
          role = r;
        }
      }
      if (role != null) {
        result.add(new ExtractedMeeting.Participant(p.name(), role, p.positions()));
      }
    }
    return result;
  }

  // Words that put a citation's sentence in the meeting's business.
  private static final Pattern MEETING_CONTEXT =
      Pattern.compile(
          "(?<![\\p{L}])(?:hội nghị|quán triệt|triển khai|tổng kết|sơ kết|đánh giá|kiểm tra"
              + "|thảo luận|trình bày|nội dung|học tập|phổ biến|làm rõ)(?![\\p{L}])");

  private static List<ExtractedMeeting.MeetingRegulation> meetingRegulations(
      String key,
      MeetingKind kind,
      List<CitationMention> citations,
      List<ExtractedRelation> relations) {
    Set<String> replaced = new HashSet<>();
    for (ExtractedRelation r : relations) {
      if (r.type() == RelationType.REPLACES || r.type() == RelationType.ISSUED_WITH) {
        replaced.add(r.targetKey()); // the replaced document, or the decision that only carried one
      }
    }
    Map<String, MeetingRegulationRole> roles = new LinkedHashMap<>();
    for (CitationMention c : citations) {
      if (replaced.contains(c.regulationKey())) {
        continue; // the document a new one replaced is background
      }
      String sentence = sentenceAround(key, c.span().start());
      if (!MEETING_CONTEXT.matcher(sentence).find()) {
        continue;
      }
      MeetingRegulationRole role = role(sentence, kind);
      roles.putIfAbsent(c.regulationKey(), role); // the first (lead) mention says what was done
    }
    List<ExtractedMeeting.MeetingRegulation> result = new ArrayList<>();
    roles.forEach((k, r) -> result.add(new ExtractedMeeting.MeetingRegulation(k, r)));
    return result;
  }

  private static MeetingRegulationRole role(String sentence, MeetingKind kind) {
    if (REVIEW.matcher(sentence).find() || EVALUATION.matcher(sentence).find()) {
      return MeetingRegulationRole.REVIEWED;
    }
    if (DISSEMINATION.matcher(sentence).find()) {
      return MeetingRegulationRole.DISSEMINATED;
    }
    return switch (kind) {
      case DISSEMINATION -> MeetingRegulationRole.DISSEMINATED;
      case REVIEW, EVALUATION -> MeetingRegulationRole.REVIEWED;
      default -> MeetingRegulationRole.DISCUSSED;
    };
  }

  /** How far {@link #sentenceWindow} reads either side: enough for a clause, bounded for speed. */
  private static final int WINDOW = 300;

  /** The sentence around {@code pos}, cut to {@link #WINDOW} characters either side. */
  private static String sentenceWindow(String key, int pos) {
    int start = windowStart(key, pos);
    int end = pos;
    int limit = Math.min(key.length(), pos + WINDOW);
    while (end < limit && !isSentenceEnd(key, end)) {
      end++;
    }
    return key.substring(start, end);
  }

  /** Where the sentence holding {@code pos} starts, at most {@link #WINDOW} characters back. */
  private static int windowStart(String key, int pos) {
    int floor = Math.max(0, pos - WINDOW);
    int start = pos;
    while (start > floor && !isSentenceEnd(key, start - 1)) {
      start--;
    }
    return start;
  }

  private static String sentenceAround(String key, int pos) {
    int start = pos;
    while (start > 0 && !isSentenceEnd(key, start - 1)) {
      start--;
    }
    int end = pos;
    while (end < key.length() && !isSentenceEnd(key, end)) {
      end++;
    }
    return key.substring(start, end);
  }

  private static boolean isSentenceEnd(String key, int i) {
    char c = key.charAt(i);
    return c == '\n'
        || c == '!'
        || c == '?'
        || (c == '.'
            && (i + 1 >= key.length() || key.charAt(i + 1) == ' ' || key.charAt(i + 1) == '\n'));
  }

  private static LocalDate safeDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
